package be.storysite.forms.load;

import be.storysite.core.diagnostic.Diagnostics;
import be.storysite.core.diagnostic.SourcePosition;
import be.storysite.core.yaml.YamlNode;
import be.storysite.core.yaml.YamlSequence;
import be.storysite.forms.EmailAddress;
import be.storysite.forms.routing.Manager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the {@code managers:} list of {@code routing.yaml} and checks it as a whole: unique ids, valid e-mail
 * addresses, backups that exist, are not the manager themself and form no cycle.
 */
final class ManagersReader {

    static final List<String> MANAGER_KEYS = List.of("id", "name", "email", "phone", "active", "backup");
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /** The managers read, by id, with where their id and backup were written, for later messages. */
    record Result(Map<String, Manager> managers, Map<String, SourcePosition> idPositions,
            Map<String, SourcePosition> backupPositions) {
    }

    private final Diagnostics problems;

    ManagersReader(Diagnostics problems) {
        this.problems = problems;
    }

    Result read(YamlSequence list) {
        Map<String, Manager> managers = new LinkedHashMap<>();
        Map<String, SourcePosition> ids = new HashMap<>();
        Map<String, SourcePosition> backups = new HashMap<>();
        for (YamlNode item : list.items()) {
            StrictMapping.of(item, StrictMapping.describe(item, "id", "manager"), MANAGER_KEYS, problems).ifPresent(manager -> {
                Optional<String> id = manager.text("id", "give the manager a short id such as  id: an-peeters");
                if (id.isEmpty()) {
                    return;
                }
                SourcePosition at = manager.positionOf("id");
                if (!ID.matcher(id.get()).matches()) {
                    problems.error(at, "manager id '" + id.get() + "' is not a plain id",
                            "use lower-case letters, digits and hyphens, e.g.  an-peeters");
                }
                SourcePosition first = ids.putIfAbsent(id.get(), at);
                if (first != null) {
                    problems.error(at, "manager '" + id.get() + "' is defined twice (first on line " + first.line()
                            + ")", "give each manager their own id");
                    return;
                }
                String name = manager.text("name", "write the full name, e.g.  name: An Peeters").orElse(id.get());
                String email = manager.text("email", "write the address leads go to, e.g.  email: an.peeters@vicinia.example")
                        .orElse("");
                if (!email.isEmpty() && !EmailAddress.isValid(email)) {
                    problems.error(manager.positionOf("email"), "'" + email + "' is not one e-mail address",
                            "write one plain address such as  an.peeters@vicinia.example");
                }
                String phone = manager.text("phone", "", "write the number as text, e.g.  phone: \"+32 16 29 41 10\"");
                boolean active = manager.bool("active", true);
                String backup = manager.text("backup", null, "write the id of another manager");
                if (backup != null) {
                    backups.put(id.get(), manager.positionOf("backup"));
                }
                managers.put(id.get(), new Manager(id.get(), name, email, phone, active, backup));
            });
        }
        checkBackups(managers, backups);
        return new Result(managers, ids, backups);
    }

    private void checkBackups(Map<String, Manager> managers, Map<String, SourcePosition> backups) {
        Set<String> inReportedCycle = new LinkedHashSet<>();
        for (Manager m : managers.values()) {
            if (!m.hasBackup()) {
                continue;
            }
            SourcePosition at = backups.get(m.id());
            if (!managers.containsKey(m.backup())) {
                problems.error(at, "backup '" + m.backup() + "' of manager '" + m.id() + "' is not a manager",
                        Suggestions.hint(m.backup(), managers.keySet()));
            } else if (m.backup().equals(m.id())) {
                problems.error(at, "manager '" + m.id() + "' is their own backup",
                        "name a colleague, or remove the backup line");
            } else if (!inReportedCycle.contains(m.id())) {
                cycleFrom(m, managers).ifPresent(cycle -> {
                    inReportedCycle.addAll(cycle);
                    problems.error(at, "backups go round in a circle: " + String.join(" -> ", cycle) + " -> "
                            + cycle.get(0), "end the chain: one of them needs no backup, or a backup outside the circle");
                });
            }
        }
    }

    /** The cycle the backup chain from {@code start} enters, if it comes back to {@code start}. */
    private static Optional<List<String>> cycleFrom(Manager start, Map<String, Manager> managers) {
        List<String> chain = new ArrayList<>();
        Manager current = start;
        while (current != null && !chain.contains(current.id())) {
            chain.add(current.id());
            current = current.hasBackup() ? managers.get(current.backup()) : null;
        }
        return current != null && current.id().equals(start.id()) && chain.size() > 1 ? Optional.of(chain)
                : Optional.empty();
    }
}
