package be.storysite.generator.memo;

/**
 * A map key that compares its object by identity: the data model is not changed once built, so the same object
 * holds the same value, and what was computed from it (a fingerprint) still holds.
 *
 * <pre>{@code
 * Map<Identity, Fingerprint> known = new HashMap<>();
 * known.put(new Identity(view), fingerprint);
 * }</pre>
 */
public record Identity(Object value) {
    @Override
    public boolean equals(Object o) {
        return o instanceof Identity r && r.value == value;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(value);
    }
}
