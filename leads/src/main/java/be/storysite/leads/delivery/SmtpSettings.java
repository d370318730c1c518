package be.storysite.leads.delivery;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the SMTP server. The three timeouts are always set: a server that accepts the connection and then
 * says nothing must never hold a delivery thread for longer than them.
 *
 * <pre>{@code
 * SmtpSettings smtp = SmtpSettings.of("smtp.vicinia.be", 587)
 *         .withAuth("leads", System.getenv("STORYSITE_SMTP_PASSWORD"))
 *         .withStartTls(true);
 * }</pre>
 *
 * @param host server host name
 * @param port server port (25, 587, ...)
 * @param username empty for no authentication
 * @param password empty for no authentication; never printed by {@link #toString()}
 * @param startTls when true, STARTTLS is required (the connection fails rather than falling back to plain text)
 * @param connectTimeout TCP connect timeout ({@code mail.smtp.connectiontimeout})
 * @param readTimeout wait for each server reply ({@code mail.smtp.timeout})
 * @param writeTimeout time to write the message ({@code mail.smtp.writetimeout})
 * @param heloName the name given in EHLO; set explicitly so a slow reverse DNS lookup cannot stall a send
 */
public record SmtpSettings(String host, int port, String username, String password, boolean startTls,
                           Duration connectTimeout, Duration readTimeout, Duration writeTimeout, String heloName)
        implements MailServer {

    /** Defaults for the timeouts: long enough for a busy relay, short enough to keep the queue moving. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_IO_TIMEOUT = Duration.ofSeconds(30);

    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("SMTP host is empty: set the SMTP host (e.g. smtp.example.be)");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("SMTP port " + port + " is out of range: use 1..65535 (587 or 25)");
        }
        username = username == null ? "" : username;
        password = password == null ? "" : password;
        connectTimeout = positive(connectTimeout, "connect");
        readTimeout = positive(readTimeout, "read");
        writeTimeout = positive(writeTimeout, "write");
        heloName = heloName == null || heloName.isBlank() ? "localhost" : heloName;
    }

    /** No authentication, no STARTTLS, default timeouts. */
    public static SmtpSettings of(String host, int port) {
        return new SmtpSettings(host, port, "", "", false, DEFAULT_CONNECT_TIMEOUT, DEFAULT_IO_TIMEOUT,
                DEFAULT_IO_TIMEOUT, "localhost");
    }

    public SmtpSettings withAuth(String user, String secret) {
        return new SmtpSettings(host, port, user, secret, startTls, connectTimeout, readTimeout, writeTimeout,
                heloName);
    }

    public SmtpSettings withStartTls(boolean required) {
        return new SmtpSettings(host, port, username, password, required, connectTimeout, readTimeout, writeTimeout,
                heloName);
    }

    /** The same timeout for connect, read and write. */
    public SmtpSettings withTimeouts(Duration timeout) {
        return new SmtpSettings(host, port, username, password, startTls, timeout, timeout, timeout, heloName);
    }

    public boolean authenticates() {
        return !username.isEmpty();
    }

    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + (authenticates() ? ", user " + username + ", password ***" : "")
                + (startTls ? ", STARTTLS" : "") + ", timeouts " + connectTimeout + "/" + readTimeout + "/"
                + writeTimeout + "]";
    }

    private static Duration positive(Duration timeout, String which) {
        if (timeout == null || timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("SMTP " + which + " timeout must be positive (it is always set)");
        }
        return timeout;
    }
}
