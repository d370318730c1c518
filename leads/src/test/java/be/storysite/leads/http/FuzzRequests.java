package be.storysite.leads.http;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * Generated posts to {@code /leads/contact}: mostly the example form as the page sends it, then mutated across body
 * encodings (valid UTF-8, invalid bytes, overlong forms, NUL, encoded and escaped surrogates), content types
 * (missing, {@code ;;;}, wrong, with charset parameters), field shapes (strings with header injections, arrays,
 * objects, numbers, null, nesting, unknown names) and sizes (up to past the 16 KB limit). About one in five stays
 * acceptable, so that storage and delivery are fuzzed too.
 *
 * <pre>{@code
 * @Property(tries = 10_000) void neverA5xx(@ForAll("posts") FuzzRequests.Post post) { ... }
 * @Provide Arbitrary<FuzzRequests.Post> posts() { return FuzzRequests.posts(); }
 * }</pre>
 */
public final class FuzzRequests {

    /**
     * @param contentType the Content-Type header, or null for none
     * @param headerLines more header lines ({@code Name: value}, ISO-8859-1)
     */
    public record Post(String contentType, byte[] body, List<String> headerLines, String shape) {
        @Override
        public String toString() {
            return shape + " as " + contentType + " with " + headerLines + ": "
                    + new String(body, 0, Math.min(body.length, 300), StandardCharsets.ISO_8859_1);
        }
    }

    /** A field value before it is written as JSON or url-encoded. */
    private sealed interface Value permits Text, Num, Bool, Null, Many, Nested, Deep {
    }

    private record Text(String text, boolean escapeAll) implements Value {
    }

    private record Num(String literal) implements Value {
    }

    private record Bool(boolean value) implements Value {
    }

    private record Null() implements Value {
    }

    private record Many(List<String> values) implements Value {
    }

    private record Nested(String key, String value) implements Value {
    }

    private record Deep(int depth) implements Value {
    }

    private record Mutation(String field, Value value) {
    }

    /** Names the page posts, plus a few it never does. */
    private static final List<String> NAMES = List.of("name", "email", "phone", "organisation", "organisation_type",
            "municipality", "postcode", "topic", "message", "consent", "lang", "source_url", "source_title",
            "source_kind", "source_slug", "source_services", "utm_source", "utm_campaign", "form_version",
            "is_admin", "__proto__", "name[]", "", "e\u0000mail", "ëmail", "email ");
    /** Single-line texts that must never become a second mail header, and other awkward characters. */
    private static final List<String> NASTY = List.of("\r\nBcc: victim@example.com", "\nSubject: win",
            "\u2028X-Injected: 1", "\u2029", "\u0085To: x@example.com", "\u000B\u000C", "\u0000", "\u001B[31m",
            "\u202Eexe.fdp", "😀", "Ötegem–Sint-Pieters", "\uFEFF", "=?utf-8?B?QmNjOiB4?=", "<script>alert(1)</script>",
            "\uD800", "\uDFFF", "%0d%0aBcc:%20x@example.com", "\\r\\n", "'; DROP TABLE leads; --");
    /** Byte sequences no valid UTF-8 text contains. */
    private static final List<byte[]> BAD_BYTES = List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC0, (byte) 0xAF},
            new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xFE, (byte) 0xFF},
            new byte[] {(byte) 0x80}, new byte[] {(byte) 0xC3});
    /** Headers the service reads (language, answer type, idempotency, referrer) in shapes browsers never send. */
    private static final List<String> HEADERS = List.of("Accept-Language: fr-BE,fr;q=0.9,en;q=0.8",
            "Accept-Language: en", "Accept-Language: ;;;,q=,-", "Accept-Language: " + "x-y,".repeat(300),
            "Accept-Language: fr;q=abc, *;q=0", "Accept: application/json", "Accept: */*;q=nonsense",
            "Accept: text/html, application/json;q=0.1", "Referer: javascript:alert(1)",
            "Referer: " + TestService.ORIGIN + "/caf\u00e9/\u0085", "Referer: " + "r".repeat(4000),
            "Content-Encoding: gzip", "X-Forwarded-For: 203.0.113.9, \u00ff", "Cookie: a=\u0001");
    private static final List<String> BAD_ESCAPES = List.of("%C0%AF", "%ED%A0%80", "%FF", "%E2%82", "%zz", "%4", "%",
            "%00", "%F4%90%80%80");

    private FuzzRequests() {
    }

    public static Arbitrary<Post> posts() {
        Arbitrary<Boolean> json = Arbitraries.of(true, false);
        Arbitrary<List<Mutation>> mutations = mutation().list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<Integer> corruption = Arbitraries.frequency(Tuple.of(85, -1), Tuple.of(15, 0))
                .flatMap(c -> c < 0 ? Arbitraries.just(-1) : uniform(0, 1000));
        Arbitrary<List<String>> headers = Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.of(HEADERS)),
                Tuple.of(1, idempotencyKey())).list().ofMaxSize(2);
        return Combinators.combine(json, mutations, corruption, uniform(0, 99), headers).as(FuzzRequests::post);
    }

    /**
     * A key no other post uses (a replay would be answered again without a new lead), in odd but legal header
     * bytes: spaces, tabs, Latin-1, and longer than the 255 characters kept.
     */
    private static Arbitrary<String> idempotencyKey() {
        Arbitrary<Long> unique = Arbitraries.longs().withDistribution(RandomDistribution.uniform()).withoutEdgeCases();
        return Combinators.combine(unique, Arbitraries.of("", " \t x", "\u00e9\u00ff", "k".repeat(400)))
                .as((n, odd) -> "Idempotency-Key: fuzz-" + Long.toHexString(n) + odd);
    }

    /**
     * jqwik's integers lean towards the low end and their edge cases (to find small counterexamples); a die must
     * not, or every other post would have no content type.
     */
    private static Arbitrary<Integer> uniform(int min, int max) {
        return Arbitraries.integers().between(min, max).withDistribution(RandomDistribution.uniform())
                .withoutEdgeCases();
    }

    private static Post post(boolean json, List<Mutation> mutations, int corruptAt, int typeDie,
                             List<String> headers) {
        Map<String, Value> fields = new LinkedHashMap<>();
        TestService.validForm().forEach((name, value) -> fields.put(name, new Text(value, false)));
        fields.put("email", new Text("fuzz" + Integer.toHexString(mutations.hashCode()) + "@fuzz.example", false));
        for (Mutation m : mutations) {
            fields.put(m.field(), m.value());
        }
        byte[] body = json ? json(fields) : form(fields);
        if (corruptAt >= 0) {
            body = json || corruptAt % 2 == 0 ? insert(body, corruptAt, BAD_BYTES.get(corruptAt % BAD_BYTES.size()))
                    : insert(body, body.length, ("&name=" + BAD_ESCAPES.get(corruptAt % BAD_ESCAPES.size()))
                            .getBytes(StandardCharsets.US_ASCII));
        }
        String shape = (json ? "json" : "form") + (corruptAt >= 0 ? " corrupted" : "") + " " + mutations;
        return new Post(contentType(json, typeDie), body, headers, shape);
    }

    /** Mostly the matching type; one post in five another, a broken or a missing one. */
    private static String contentType(boolean json, int die) {
        String matching = json ? "application/json" : "application/x-www-form-urlencoded";
        return switch (die) {
            case 0 -> null;
            case 1 -> ";;;";
            case 2 -> "";
            case 3 -> "text/plain";
            case 4 -> matching + "; charset=iso-8859-1";
            case 5 -> matching + ";;;";
            case 6 -> json ? "application/x-www-form-urlencoded" : "application/json";
            case 7 -> "multipart/form-data; boundary=----x";
            case 8 -> matching.toUpperCase(java.util.Locale.ROOT) + "; CHARSET=\"UTF-8\"";
            case 9 -> matching + "; charset=utf-8; boundary=\"\\\";;\"";
            case 10 -> "application/json; charset";
            case 11 -> matching + "; charset=utf-16";
            case 12 -> "*/*";
            case 13 -> " " + matching + " ";
            case 14, 15, 16 -> matching + "; charset=UTF-8";
            default -> matching;
        };
    }

    private static Arbitrary<Mutation> mutation() {
        Arbitrary<String> name = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of(NAMES)),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(12)));
        return Combinators.combine(name, value()).as(Mutation::new);
    }

    private static Arbitrary<Value> value() {
        Arbitrary<String> text = text();
        return Arbitraries.frequencyOf(
                Tuple.of(10, Combinators.combine(text, Arbitraries.of(true, false)).as(Text::new)),
                Tuple.of(2, Arbitraries.oneOf(Arbitraries.integers().map(String::valueOf),
                        Arbitraries.doubles().map(String::valueOf).filter(d -> !d.contains("N") && !d.contains("I")),
                        Arbitraries.of("1e999999", "-0", "0.0000000000000000000001", "3000",
                                BigInteger.TEN.pow(400).toString())).map(Num::new)),
                Tuple.of(1, Arbitraries.of(true, false).map(Bool::new)),
                Tuple.of(1, Arbitraries.just(new Null())),
                Tuple.of(2, text.list().ofMaxSize(3).map(Many::new)),
                Tuple.of(1, Combinators.combine(Arbitraries.strings().alpha().ofMaxLength(5), text).as(Nested::new)),
                Tuple.of(1, Arbitraries.integers().between(2, 3000).map(Deep::new)));
    }

    private static Arbitrary<String> text() {
        Arbitrary<String> plain = Arbitraries.strings().ofMaxLength(40);
        Arbitrary<String> withNasty = Combinators.combine(Arbitraries.strings().alpha().ofMaxLength(20),
                Arbitraries.of(NASTY), Arbitraries.strings().alpha().ofMaxLength(20)).as((a, n, b) -> a + n + b);
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(60);
        Arbitrary<String> huge = Combinators.combine(Arbitraries.of("x", "é", "😀", "\r\n", "\u2028"),
                Arbitraries.integers().between(3_000, 20_000)).as((unit, n) -> unit.repeat(n / unit.length()));
        return Arbitraries.frequencyOf(Tuple.of(4, plain), Tuple.of(6, withNasty), Tuple.of(3, unicode),
                Tuple.of(1, huge), Tuple.of(1, Arbitraries.of("", " ", "Gemeente Lindebeek", "3000",
                        "werkplek-in-de-cloud", "gemeente", "on", "true")));
    }

    /** JSON written by hand, so that it can hold what a JSON library refuses to write (an escaped lone surrogate). */
    private static byte[] json(Map<String, Value> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            quote(json, name, false);
            json.append(':').append(jsonValue(value));
        });
        return utf8(json.append('}'));
    }

    private static String jsonValue(Value value) {
        StringBuilder json = new StringBuilder();
        if (value instanceof Text t) {
            quote(json, t.text(), t.escapeAll());
        } else if (value instanceof Num n) {
            json.append(n.literal());
        } else if (value instanceof Bool b) {
            json.append(b.value());
        } else if (value instanceof Null) {
            json.append("null");
        } else if (value instanceof Many m) {
            json.append('[');
            for (int i = 0; i < m.values().size(); i++) {
                json.append(i == 0 ? "" : ",");
                quote(json, m.values().get(i), false);
            }
            json.append(']');
        } else if (value instanceof Nested n) {
            json.append('{');
            quote(json, n.key(), false);
            json.append(':');
            quote(json, n.value(), true);
            json.append('}');
        } else if (value instanceof Deep d) {
            json.append("[".repeat(d.depth())).append("]".repeat(d.depth()));
        }
        return json.toString();
    }

    /** Control characters, lone surrogates (bytes cannot carry them) and, if asked, all non-ASCII as escapes. */
    private static void quote(StringBuilder json, String text, boolean escapeAll) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))
                    || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || escapeAll && c > 0x7E || Character.isSurrogate(c) && !paired) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        json.append('"');
    }

    private static byte[] form(Map<String, Value> fields) {
        List<String> pairs = new ArrayList<>();
        fields.forEach((name, value) -> {
            String key = encode(name);
            if (value instanceof Text t) {
                pairs.add(key + "=" + encode(t.text()));
            } else if (value instanceof Num n) {
                pairs.add(key + "=" + encode(n.literal()));
            } else if (value instanceof Bool b) {
                pairs.add(key + "=" + b.value());
            } else if (value instanceof Null) {
                pairs.add(key);
            } else if (value instanceof Many m) {
                m.values().forEach(v -> pairs.add(key + "=" + encode(v)));
            } else if (value instanceof Nested n) {
                pairs.add(key + "[" + encode(n.key()) + "]=" + encode(n.value()));
            } else if (value instanceof Deep d) {
                pairs.add(key + "=" + "%5B".repeat(d.depth()));
            }
        });
        return utf8(new StringBuilder(String.join("&", pairs)));
    }

    /** URL-encoding of a string that may hold lone surrogates (encoded as '?', which is what browsers do). */
    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** UTF-8, with lone surrogates (only reachable as JSON escapes above) as '?'. */
    private static byte[] utf8(StringBuilder text) {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] insert(byte[] body, int at, byte[] bytes) {
        int position = Math.min(at, body.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + bytes.length);
        out.write(body, 0, position);
        out.writeBytes(bytes);
        out.write(body, position, body.length - position);
        return out.toByteArray();
    }
}
