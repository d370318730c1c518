package be.storysite.leads.delivery;

import java.util.Map;
import java.util.Optional;

/**
 * The texts of one language's {@code templates/mail/messages_<lang>.properties}: what the mail templates say,
 * kept out of Java so a marketer can change them. {@code {0}}, {@code {1}}, ... are replaced by the arguments
 * (plain replacement, not {@code MessageFormat}: an apostrophe in "l'équipe" stays an apostrophe).
 *
 * <pre>{@code
 * MailMessages nl = new MailMessages("nl", Map.of("greeting", "Dag {0},"));
 * nl.text("greeting", "Jan");   // "Dag Jan,"
 * }</pre>
 *
 * @param lang the language, e.g. {@code nl}
 * @param texts key to text
 */
public record MailMessages(String lang, Map<String, String> texts) {

    public MailMessages {
        texts = Map.copyOf(texts);
    }

    /** The text for {@code key}, when the file has it. */
    public Optional<String> find(String key) {
        return Optional.ofNullable(texts.get(key));
    }

    /**
     * The text for {@code key} with its placeholders filled.
     *
     * @throws IllegalArgumentException when the file has no such key (a template naming a text that is not there)
     */
    public String text(String key, Object... args) {
        String text = find(key).orElseThrow(() -> new IllegalArgumentException(
                "no text '" + key + "' in mail/messages_" + lang + ".properties"));
        return fill(text, args);
    }

    static String fill(String text, Object... args) {
        String filled = text;
        for (int i = 0; i < args.length; i++) {
            filled = filled.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return filled;
    }
}
