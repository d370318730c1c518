package be.storysite.leads.http;

import java.util.List;

/**
 * Why a post cannot even be read as a form submission: the client gets {@link #status()} with the message
 * {@link #key()} of {@code rejections*.properties} in the form's language, and the log gets {@link #reason()}.
 *
 * <pre>{@code
 * throw new Rejection(400, "oneValue", "field 'email' posted as an array", "email");
 * }</pre>
 */
public final class Rejection extends Exception {

    private final int status;
    private final String key;
    private final transient List<Object> args;

    /**
     * @param key the message in {@code rejections*.properties}
     * @param reason for the log only (English, never shown to the client)
     * @param args the message's {@code {0}}, {@code {1}}... (already short, one line)
     */
    public Rejection(int status, String key, String reason, Object... args) {
        // No stack trace: a rejection is the client's mistake, not a fault to debug, and it is never printed.
        super(reason, null, false, false);
        this.status = status;
        this.key = key;
        this.args = List.of(args);
    }

    public int status() {
        return status;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }

    public String reason() {
        return getMessage();
    }
}
