package be.storysite.leads.delivery;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook bodies: {@code sha256=hex(HMAC-SHA256(secret, timestamp + "." + body))}. The timestamp (Unix
 * seconds, sent as {@code X-Storysite-Timestamp}) is inside the signature so a receiver can refuse old replays.
 *
 * <pre>{@code
 * new WebhookSigner("s3cret-s3cret-s3cret").sign(1764384000L, body);   // "sha256=5f0c..."
 * }</pre>
 */
public final class WebhookSigner {

    public static final String SIGNATURE_HEADER = "X-Storysite-Signature";
    public static final String TIMESTAMP_HEADER = "X-Storysite-Timestamp";

    private final SecretKeySpec key;

    public WebhookSigner(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String sign(long timestampSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update((timestampSeconds + ".").getBytes(StandardCharsets.US_ASCII));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
