package be.storysite.maven;

/** The system properties the module's pom gives its tests (surefire and failsafe {@code systemPropertyVariables}). */
final class TestProperties {

    private TestProperties() {
    }

    static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set: run these tests with"
                    + " `mvn -pl maven-plugin verify`, whose surefire/failsafe configuration sets it");
        }
        return value;
    }
}
