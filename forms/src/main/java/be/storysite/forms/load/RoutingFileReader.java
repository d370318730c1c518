package be.storysite.forms.load;

import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.core.diagnostic.SourcePosition;
import be.storysite.core.yaml.YamlNode;
import be.storysite.core.yaml.YamlScalar;
import be.storysite.core.yaml.YamlSequence;
import be.storysite.forms.routing.Manager;
import be.storysite.forms.routing.Names;
import be.storysite.forms.routing.RoundRobinRule;
import be.storysite.forms.routing.RoutingConfig;
import be.storysite.forms.routing.RoutingRule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code contact-forms/routing.yaml} (format in {@code docs/forms.md}) and checks it against the forms:
 * managers, the default owner, and the rules with their references, duplicate accounts and order.
 *
 * <pre>{@code
 * Optional<RoutingConfig> routing = new RoutingFileReader(problems, forms).read(dir.resolve("routing.yaml"));
 * }</pre>
 */
public final class RoutingFileReader {

    static final List<String> ROOT_KEYS = List.of("default_owner", "managers", "rules");

    private final Diagnostics problems;
    private final KnownFields fields;

    public RoutingFileReader(Diagnostics problems, List<FormSource> forms) {
        this.problems = problems;
        this.fields = new KnownFields(forms);
    }

    /** The routing, or empty when the file has errors (all reported). */
    public Optional<RoutingConfig> read(Path file) {
        int before = problems.errors().size();
        Optional<StrictMapping> routing = YamlFiles.read(file, problems,
                "create contact-forms/routing.yaml with the managers and rules (see docs/forms.md)")
                .flatMap(root -> StrictMapping.of(root, "the routing", ROOT_KEYS, problems));
        if (routing.isEmpty()) {
            return Optional.empty();
        }
        ManagersReader.Result managers = routing.get()
                .list("managers", true, "list the relationship managers, each with  - id: ...  name: ...  email: ...")
                .map(list -> new ManagersReader(problems).read(list))
                .orElse(new ManagersReader.Result(Map.of(), Map.of(), Map.of()));
        String defaultOwner = defaultOwner(routing.get(), managers.managers());
        List<RoutingRule> rules = rules(routing.get(), managers.managers());
        if (problems.errors().size() > before) {
            return Optional.empty();
        }
        return Optional.of(new RoutingConfig(List.copyOf(managers.managers().values()), rules, defaultOwner));
    }

    private String defaultOwner(StrictMapping routing, Map<String, Manager> managers) {
        Optional<String> owner = routing.text("default_owner",
                "name the manager who gets every lead no rule matches, e.g.  default_owner: sales-desk");
        SourcePosition at = routing.positionOf("default_owner");
        owner.ifPresent(id -> {
            Manager manager = managers.get(id);
            if (manager == null) {
                problems.error(at, "default owner '" + id + "' is not a manager", Suggestions.hint(id, managers.keySet()));
            } else if (!manager.active()) {
                problems.error(at, "default owner '" + id + "' is inactive, so leads could reach nobody",
                        "choose an active default owner (a shared sales desk address is a good choice)");
            }
        });
        return owner.orElse("");
    }

    private List<RoutingRule> rules(StrictMapping routing, Map<String, Manager> managers) {
        List<RoutingRule> rules = new ArrayList<>();
        Optional<YamlSequence> list = routing.list("rules", false,
                "list the rules, first match wins, each with  - id: ...  kind: ...");
        if (list.isEmpty()) {
            return rules;
        }
        RuleReader reader = new RuleReader(problems, managers.keySet(), fields);
        Map<String, SourcePosition> ids = new HashMap<>();
        Map<String, Seen> accounts = new HashMap<>();
        RoundRobinRule takesAll = null;
        for (YamlNode item : list.get().items()) {
            Optional<RuleReader.Read> read = reader.read(item);
            if (read.isEmpty()) {
                continue;
            }
            RoutingRule rule = read.get().rule();
            SourcePosition at = read.get().idPosition();
            SourcePosition first = ids.putIfAbsent(rule.id(), at);
            if (first != null) {
                problems.error(at, "rule id '" + rule.id() + "' is used twice (first on line " + first.line() + ")",
                        "give each rule its own id: leads record it");
            }
            if (takesAll != null) {
                problems.error(at, "rule '" + rule.id() + "' can never match: round robin rule '" + takesAll.id()
                        + "' before it takes every lead", "move the round robin rule to the end of the list");
            }
            if (rule instanceof RoundRobinRule pool && takesAll == null) {
                takesAll = pool;
            }
            checkDuplicateAccounts(rule.id(), read.get(), accounts);
            rules.add(rule);
        }
        return rules;
    }

    /** Where an account name or NIS code was first written, and in which rule. */
    private record Seen(String ruleId, SourcePosition position) {
    }

    private void checkDuplicateAccounts(String ruleId, RuleReader.Read read, Map<String, Seen> accounts) {
        for (YamlScalar name : read.names()) {
            duplicate("name:" + Names.normalise(name.text()), "account name '" + name.text() + "'", ruleId, name,
                    accounts);
        }
        for (YamlScalar code : read.nisCodes()) {
            duplicate("nis:" + code.text(), "NIS code " + code.text(), ruleId, code, accounts);
        }
    }

    private void duplicate(String key, String what, String ruleId, YamlScalar at, Map<String, Seen> accounts) {
        Seen first = accounts.putIfAbsent(key, new Seen(ruleId, at.position()));
        if (first == null) {
            return;
        }
        String where = first.ruleId().equals(ruleId) ? "earlier in this rule" : "in rule '" + first.ruleId() + "'";
        problems.error(at.position(), what + " is already an account " + where + " (line " + first.position().line()
                + ")", "an account belongs to one manager: remove it here or there (names compare without case, "
                        + "accents and hyphens)");
    }
}
