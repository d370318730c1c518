package be.storysite.generator.incremental;

/**
 * A 128-bit content hash: two values with the same fingerprint are taken to be equal. Not cryptographic; the
 * inputs are the site's own files, so nobody is trying to collide them, and 128 bits make an accident negligible.
 *
 * <pre>{@code
 * Fingerprint a = new Hasher().add("body").fingerprint();
 * a.equals(new Hasher().add("body").fingerprint());   // true
 * }</pre>
 */
record Fingerprint(long high, long low) {

    static Fingerprint of(byte[] bytes) {
        return new Hasher().add(bytes).fingerprint();
    }
}
