package be.storysite.forms.routing;

import java.util.Objects;

/**
 * A relationship manager ("relatiebeheerder") who can receive leads.
 *
 * <pre>{@code
 * new Manager("an-peeters", "An Peeters", "an.peeters@vicinia.example", "+32 16 29 41 10", true, "bram-claes");
 * }</pre>
 *
 * @param id the short name rules use, e.g. {@code an-peeters}
 * @param name the full name, shown in mails and reasons
 * @param email where the lead notification goes
 * @param phone shown on the error page when a lead cannot be stored; empty when unknown
 * @param active false while the manager is away or has left: leads then go to the backup
 * @param backup the id of the manager who takes over, or {@code null}
 */
public record Manager(String id, String name, String email, String phone, boolean active, String backup) {

    public Manager {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        phone = phone == null ? "" : phone;
    }

    public boolean hasBackup() {
        return backup != null;
    }
}
