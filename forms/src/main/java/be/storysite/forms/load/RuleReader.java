package be.storysite.forms.load;

import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.core.diagnostic.SourcePosition;
import be.storysite.core.yaml.YamlNode;
import be.storysite.core.yaml.YamlScalar;
import be.storysite.forms.FieldType;
import be.storysite.forms.routing.AccountRule;
import be.storysite.forms.routing.Province;
import be.storysite.forms.routing.RoundRobinRule;
import be.storysite.forms.routing.RoutingRule;
import be.storysite.forms.routing.SpecialistRule;
import be.storysite.forms.routing.TerritoryRule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one rule of {@code routing.yaml}: its kind, its keys, and that the managers and form fields it names
 * exist. Checks across rules (duplicate ids and accounts, order) are {@link RoutingFileReader}'s.
 */
final class RuleReader {

    static final Map<String, List<String>> KEYS_BY_KIND = Map.of(
            "account", List.of("id", "kind", "manager", "names", "nis_codes", "fields", "nis_field"),
            "specialist", List.of("id", "kind", "manager", "topics", "services", "topic_field"),
            "territory", List.of("id", "kind", "manager", "provinces", "postcode_field"),
            "round_robin", List.of("id", "kind", "pool", "managers"));
    static final List<String> KINDS = List.of("account", "specialist", "territory", "round_robin");
    private static final List<String> ANY_KEYS = List.of("id", "kind", "manager", "names", "nis_codes", "fields",
            "nis_field", "topics", "services", "topic_field", "provinces", "postcode_field", "pool", "managers");
    private static final Pattern NIS_CODE = Pattern.compile("[0-9]{5}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /** A rule with where its parts were written, for the checks across rules. */
    record Read(RoutingRule rule, SourcePosition idPosition, List<YamlScalar> names, List<YamlScalar> nisCodes) {
    }

    private final Diagnostics problems;
    private final Set<String> managers;
    private final KnownFields fields;

    RuleReader(Diagnostics problems, Set<String> managers, KnownFields fields) {
        this.problems = problems;
        this.managers = managers;
        this.fields = fields;
    }

    Optional<Read> read(YamlNode item) {
        // The kind decides which keys are allowed, so read it before judging the other keys.
        Optional<StrictMapping> loose = StrictMapping.of(item, "a rule", ANY_KEYS, new Diagnostics());
        if (loose.isEmpty()) {
            StrictMapping.of(item, "a rule", ANY_KEYS, problems);
            return Optional.empty();
        }
        String what = StrictMapping.describe(item, "id", "rule");
        Optional<String> kind = loose.get().text("kind", "");
        if (kind.isPresent() && !KINDS.contains(kind.get())) {
            problems.error(loose.get().positionOf("kind"), "unknown kind '" + kind.get() + "' for " + what,
                    Suggestions.hint(kind.get(), KINDS));
            return Optional.empty();
        }
        List<String> allowed = kind.map(KEYS_BY_KIND::get).orElse(ANY_KEYS);
        StrictMapping rule = StrictMapping.of(item, what, allowed, problems).orElseThrow();
        Optional<String> checkedId = rule.text("id", "give the rule an id such as  id: account-lindebeek");
        rule.text("kind", "write one of:  kind: " + String.join(", ", KINDS));
        if (checkedId.isEmpty() || kind.isEmpty()) {
            return Optional.empty();
        }
        if (!ManagersReader.ID.matcher(checkedId.get()).matches()) {
            problems.error(rule.positionOf("id"), "rule id '" + checkedId.get() + "' is not a plain id",
                    "use lower-case letters, digits and hyphens, e.g.  territory-limburg");
        }
        SourcePosition at = rule.positionOf("id");
        return switch (kind.get()) {
            case "account" -> account(checkedId.get(), rule, at);
            case "specialist" -> specialist(checkedId.get(), rule, at);
            case "territory" -> territory(checkedId.get(), rule, at);
            default -> roundRobin(checkedId.get(), rule, at);
        };
    }

    private Optional<Read> account(String id, StrictMapping rule, SourcePosition at) {
        String manager = manager(rule);
        List<YamlScalar> names = rule.texts("names", false, "list the names, e.g.  names: [Gemeente Lindebeek]");
        List<YamlScalar> nisCodes = rule.texts("nis_codes", false, "list 5-digit NIS codes, e.g.  nis_codes: [\"24062\"]");
        if (names.isEmpty() && nisCodes.isEmpty()) {
            problems.error(rule.position(), rule.what() + " needs 'names' or 'nis_codes'",
                    "list the account's names as visitors type them, and/or its NIS codes");
        }
        nisCodes.stream().filter(c -> !NIS_CODE.matcher(c.text()).matches()).forEach(c -> problems.error(
                c.position(), "NIS code '" + c.text() + "' in " + rule.what() + " is not 5 digits",
                "write the code as text with its leading digit, e.g.  \"24062\"  (Leuven)"));
        List<String> matchFields = rule.has("fields")
                ? fieldNames(rule.texts("fields", true, "list form fields, e.g.  fields: [organisation]"), rule)
                : AccountRule.DEFAULT_FIELDS;
        if (!rule.has("fields")) {
            // The defaults name the contact form's fields; check them like written ones, at the rule.
            AccountRule.DEFAULT_FIELDS.stream().filter(f -> !fields.has(f)).forEach(f -> problems.error(
                    rule.position(), rule.what() + " compares field '" + f + "' (the default of 'fields'), which no "
                            + "form has", "write  fields: [...]  naming the form fields that hold the account's name"));
        }
        String nisField = rule.text("nis_field", "", "the form field holding a NIS code");
        if (!nisField.isEmpty()) {
            checkField(nisField, rule.positionOf("nis_field"), rule, null);
        }
        return Optional.of(new Read(new AccountRule(id, manager, texts(names), texts(nisCodes), matchFields, nisField),
                at, names, nisCodes));
    }

    private Optional<Read> specialist(String id, StrictMapping rule, SourcePosition at) {
        String manager = manager(rule);
        String topicField = rule.text("topic_field", SpecialistRule.DEFAULT_TOPIC_FIELD, "a form field name");
        List<YamlScalar> topics = rule.texts("topics", false, "list topic values, e.g.  topics: [cyberbeveiliging]");
        List<YamlScalar> services = rule.texts("services", false, "list service slugs, e.g.  services: [cyberbeveiliging]");
        if (topics.isEmpty() && services.isEmpty()) {
            problems.error(rule.position(), rule.what() + " needs 'topics' or 'services'",
                    "list the topic values (choices of the topic field) and/or service slugs this specialist covers");
        }
        if (!topics.isEmpty() || rule.has("topic_field")) {
            checkField(topicField, rule.positionOf(rule.has("topic_field") ? "topic_field" : "topics"), rule, null);
        }
        fields.choices(topicField).ifPresent(choices -> topics.stream()
                .filter(t -> !choices.contains(t.text()))
                .forEach(t -> problems.error(t.position(), "topic '" + t.text() + "' in " + rule.what()
                        + " is not a choice of field '" + topicField + "'", Suggestions.hint(t.text(), choices))));
        services.stream().filter(s -> !SLUG.matcher(s.text()).matches()).forEach(s -> problems.error(s.position(),
                "service '" + s.text() + "' in " + rule.what() + " is not a slug",
                "write the file name of the service page without .md, e.g.  cyberbeveiliging"));
        return Optional.of(new Read(new SpecialistRule(id, manager, topicField, texts(topics), texts(services)), at,
                List.of(), List.of()));
    }

    private Optional<Read> territory(String id, StrictMapping rule, SourcePosition at) {
        String manager = manager(rule);
        String postcodeField = rule.text("postcode_field", TerritoryRule.DEFAULT_POSTCODE_FIELD, "a form field name");
        checkField(postcodeField, rule.positionOf("postcode_field"), rule, FieldType.POSTCODE);
        List<Province> provinces = new ArrayList<>();
        for (YamlScalar p : rule.texts("provinces", true, "list provinces, e.g.  provinces: [limburg, antwerpen]")) {
            Optional<Province> province = Province.parse(p.text());
            if (province.isEmpty()) {
                problems.error(p.position(), "unknown province '" + p.text() + "' in " + rule.what(),
                        Suggestions.hint(p.text(), Province.ids()));
            } else if (provinces.contains(province.get())) {
                problems.error(p.position(), "province '" + p.text() + "' is listed twice in " + rule.what(),
                        "remove one of them");
            } else {
                provinces.add(province.get());
            }
        }
        return Optional.of(new Read(new TerritoryRule(id, manager, postcodeField, provinces), at, List.of(), List.of()));
    }

    private Optional<Read> roundRobin(String id, StrictMapping rule, SourcePosition at) {
        String pool = rule.text("pool", id, "a name for the turn counter");
        Set<String> members = new LinkedHashSet<>();
        for (YamlScalar m : rule.texts("managers", true, "list manager ids, e.g.  managers: [an-peeters, bram-claes]")) {
            if (!managers.contains(m.text())) {
                problems.error(m.position(), "unknown manager '" + m.text() + "' in " + rule.what(),
                        Suggestions.hint(m.text(), managers));
            } else if (!members.add(m.text())) {
                problems.error(m.position(), "manager '" + m.text() + "' is listed twice in " + rule.what(),
                        "list each manager once; turns are shared equally");
            }
        }
        return Optional.of(new Read(new RoundRobinRule(id, pool, List.copyOf(members)), at, List.of(), List.of()));
    }

    private String manager(StrictMapping rule) {
        Optional<String> manager = rule.text("manager", "name the manager who gets these leads, e.g.  manager: an-peeters");
        manager.filter(m -> !managers.contains(m)).ifPresent(m -> problems.error(rule.positionOf("manager"),
                "unknown manager '" + m + "' in " + rule.what(), Suggestions.hint(m, managers)));
        return manager.orElse("");
    }

    private List<String> fieldNames(List<YamlScalar> names, StrictMapping rule) {
        names.forEach(n -> checkField(n.text(), n.position(), rule, null));
        return texts(names);
    }

    private void checkField(String name, SourcePosition at, StrictMapping rule, FieldType expected) {
        if (!fields.has(name)) {
            problems.error(at, rule.what() + " names field '" + name + "', which no form has",
                    Suggestions.hint(name, fields.names()));
            return;
        }
        Set<FieldType> types = fields.types(name);
        if (expected != null && !types.isEmpty() && !types.contains(expected)) {
            problems.error(at, rule.what() + " reads a postcode from field '" + name + "', which is a "
                    + types.iterator().next().typeName() + " field", "give that field  type: " + expected.typeName());
        }
    }

    private static List<String> texts(List<YamlScalar> scalars) {
        return scalars.stream().map(YamlScalar::text).toList();
    }
}
