package be.storysite.forms;

/**
 * The visitor-facing messages of {@link FormValidator} in nl, fr and en, from {@code validation*.properties}.
 */
final class ValidationMessages {

    private static final MessageBundle BUNDLE = new MessageBundle("be.storysite.forms.validation",
            ValidationMessages.class);

    private ValidationMessages() {
    }

    static String get(String lang, String key, Object... args) {
        return BUNDLE.get(lang, key, args);
    }
}
