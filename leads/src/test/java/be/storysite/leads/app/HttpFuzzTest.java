package be.storysite.leads.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.storysite.leads.delivery.MessageIds;
import be.storysite.leads.http.FuzzRequests;
import be.storysite.leads.http.RawHttp;
import be.storysite.leads.http.TestService;
import be.storysite.leads.model.DeliveryChannel;
import be.storysite.leads.model.Lead;
import be.storysite.leads.store.DatabaseSettings;
import be.storysite.leads.store.Databases;
import be.storysite.leads.store.LeadStore;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Header;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Acceptance 2: 10,000 generated posts ({@link FuzzRequests}) and the committed corpus
 * ({@code src/test/resources/fuzz-corpus/}) against {@code LeadServiceMain} in a child JVM whose log is captured,
 * delivering through a real SMTP server (GreenMail). No answer is a 5xx; the log holds no stack trace; every
 * accepted post is stored once and mailed exactly once; no mail header carries a line break or control character.
 * Rate limits are high and the time trap is off, so that every acceptable post is accepted.
 */
class HttpFuzzTest {

    private static final int TRIES = 10_000;
    private static final String SENDER = "leads@vicinia.example";
    private static final Pattern LEAD_ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    /** A line of a Java stack trace, or its "Caused by". */
    private static final Pattern STACK_LINE = Pattern.compile("^\\s+at [\\w$.]+\\(|^Caused by: |^\\s+\\.\\.\\. \\d+ more");

    private Path temp;
    private GreenMail smtp;
    private ChildService service;
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    /** Milliseconds spent per answered status: where the run's time goes. */
    private final Map<Integer, Long> millis = new TreeMap<>();
    private final Set<String> acceptedIds = new HashSet<>();
    /**
     * The accepted requests, each once: a post sent again with the same Idempotency-Key, or without one with the
     * same content type and body, is the same lead (its first answer again), so the generator's repeats count once.
     */
    private final Set<String> acceptedRequests = new HashSet<>();
    private long started;

    @BeforeProperty
    void start() throws Exception {
        started = System.nanoTime();
        temp = Files.createTempDirectory("http-fuzz");
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        Path forms = Files.createDirectories(temp.resolve("contact-forms"));
        try (Stream<Path> files = Files.list(TestService.CONTACT_FORMS)) {
            for (Path file : files.toList()) {
                // The time trap off: a generated post takes no time at all.
                Files.writeString(forms.resolve(file.getFileName()), Files.readString(file)
                        .replaceAll("(?m)^min_seconds_to_submit: \\d+", "min_seconds_to_submit: 0"));
            }
        }
        Path config = temp.resolve("leads.yaml");
        Files.writeString(config, "contact_forms: " + forms + "\n"
                + "http: {port: 0, allowed_origins: [" + TestService.ORIGIN + "], rate_per_second: 100000, "
                + "burst: 100000}\n"
                + "mail: {from: " + SENDER + ", templates: " + Path.of("..", "templates").toAbsolutePath().normalize()
                + "}\n"
                + "delivery: {poll_interval_seconds: 1}\n");
        service = ChildService.start(config, Map.of("STORYSITE_SMTP_HOST", "127.0.0.1",
                "STORYSITE_SMTP_PORT", String.valueOf(smtp.getSmtp().getPort()),
                "STORYSITE_SMTP_STARTTLS", "false"), temp.resolve("service.log"));
    }

    @Property(tries = TRIES)
    void noPostIsAnsweredWithA5xxOrLeftUnanswered(@ForAll("posts") FuzzRequests.Post post) throws IOException {
        long start = System.nanoTime();
        RawHttp.Answer answer = RawHttp.send(service.port(),
                RawHttp.post("contact", post.contentType(), post.body(), post.headerLines().toArray(String[]::new)));
        millis.merge(answer.status(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), Long::sum);
        record(answer, post.headerLines().stream().filter(h -> h.regionMatches(true, 0, "Idempotency-Key:", 0, 16))
                .findFirst().orElseGet(() -> sameBody(post.contentType(), post.body())));
        assertThat(answer.status()).as("%s%n%s", post, answer.head()).isBetween(200, 499);
    }

    @Provide
    Arbitrary<FuzzRequests.Post> posts() {
        return FuzzRequests.posts();
    }

    /** Replays the corpus, waits for the mails, then checks the store, the mails and the log. */
    @AfterProperty
    void corpusThenStoreMailsAndLog() throws Exception {
        try {
            int corpus = replayCorpus();
            int accepted = acceptedRequests.size();
            assertThat(smtp.waitForIncomingEmail(TimeUnit.SECONDS.toMillis(120), accepted))
                    .as("%d accepted leads mailed within 120 s", accepted).isTrue();
            service.stop();
            List<Lead> stored = storedLeads();
            MimeMessage[] mails = smtp.getReceivedMessages();
            List<String> log = Files.readAllLines(temp.resolve("service.log"));
            System.out.printf("http fuzz: %d generated + %d corpus requests in %d s; answers %s; ms per status %s; "
                            + "%d accepted, %d stored, %d mails; log %d lines, %d bytes%n", TRIES, corpus,
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started), statuses, millis, accepted, stored.size(),
                    mails.length, log.size(), Files.size(temp.resolve("service.log")));

            assertThat(statuses.keySet()).as("no 5xx, no connection left unanswered").allMatch(s -> s >= 200 && s < 500);
            assertThat(log).as("no stack trace in the service's log").noneMatch(l -> STACK_LINE.matcher(l).find());
            assertThat(log).as("no exception named in the log").noneMatch(l -> l.contains("Exception"));
            assertThat(stored).as("every accepted post stored, once").hasSize(accepted);
            assertThat(stored.stream().map(Lead::id).toList()).containsAll(acceptedIds);
            assertDeliveredExactlyOnce(stored, mails);
            deleteTree(temp); // kept when a check failed, for its log and database
        } finally {
            smtp.stop();
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** A post without a key, as the service tells it from others: the header's value has no surrounding spaces. */
    private static String sameBody(String contentType, byte[] body) {
        return "body " + (contentType == null ? "" : contentType.strip()) + "\n"
                + new String(body, StandardCharsets.ISO_8859_1);
    }

    private void record(RawHttp.Answer answer, String request) {
        statuses.merge(answer.status(), 1, Integer::sum);
        if (answer.status() == 202 || answer.status() == 303) {
            acceptedRequests.add(request);
        }
        if (answer.status() == 202) {
            Matcher id = LEAD_ID.matcher(answer.body());
            assertThat(id.find()).as(answer.body()).isTrue();
            acceptedIds.add(id.group(1));
        }
    }

    /**
     * Each body file is posted with its own content type and with a few wrong ones; each {@code .http} file is sent
     * as it is (a whole request, bytes and all).
     */
    private int replayCorpus() throws IOException, URISyntaxException {
        Path folder = Path.of(getClass().getResource("/fuzz-corpus").toURI());
        int sent = 0;
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            byte[] bytes = Files.readAllBytes(file);
            Map<String, byte[]> requests = new LinkedHashMap<>(); // by what makes them the same lead
            if (name.endsWith(".http")) {
                requests.put("raw " + name, bytes);
            } else if (name.endsWith(".json") || name.endsWith(".form")) {
                String own = name.endsWith(".json") ? "application/json" : "application/x-www-form-urlencoded";
                for (String type : new String[] {own, own + "; charset=utf-8", null, ";;;", "text/plain"}) {
                    requests.put(sameBody(type, bytes), RawHttp.post("contact", type, bytes));
                }
            }
            for (Map.Entry<String, byte[]> request : requests.entrySet()) {
                RawHttp.Answer answer = RawHttp.send(service.port(), request.getValue());
                record(answer, request.getKey());
                assertThat(answer.status()).as("%s%n%s", name, answer.head()).isBetween(200, 499);
                sent++;
            }
        }
        return sent;
    }

    private List<Lead> storedLeads() {
        try (LeadStore store = new LeadStore(Databases.open(new DatabaseSettings(
                "jdbc:sqlite:" + temp.resolve("var/leads.db"), "", "", 2, Duration.ofSeconds(5))))) {
            List<Lead> leads = new ArrayList<>();
            store.forEach(s -> leads.add(s.lead()));
            return leads;
        }
    }

    /** One mail per stored lead, by Message-ID, none twice; no header with a line break or control character. */
    private static void assertDeliveredExactlyOnce(List<Lead> stored, MimeMessage[] mails) throws Exception {
        Map<String, Long> perId = new TreeMap<>();
        for (MimeMessage mail : mails) {
            perId.merge(mail.getMessageID(), 1L, Long::sum);
            for (Header header : Collections.list(mail.getAllHeaders())) {
                assertThat(header.getName()).as("a header of %s", mail.getMessageID())
                        .isNotEqualToIgnoringCase("Bcc").doesNotStartWithIgnoringCase("X-Injected");
                String value = MimeUtility.decodeText(MimeUtility.unfold(header.getValue()));
                assertThat(value.chars().filter(c -> c != '\t' && (Character.getType(c) == Character.CONTROL
                        || c == 0x2028 || c == 0x2029)).count())
                        .as("line breaks or control characters in %s: %s", header.getName(), value).isZero();
            }
        }
        Set<String> expected = stored.stream()
                .map(lead -> MessageIds.of(lead.id(), DeliveryChannel.MANAGER_MAIL, SENDER))
                .collect(Collectors.toSet());
        assertThat(perId.keySet()).as("each stored lead mailed, nothing else").isEqualTo(expected);
        assertThat(perId.values()).as("no lead mailed twice").allMatch(n -> n == 1);
    }
}
