package be.storysite.leads.http;

import be.storysite.leads.store.LeadStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.jetty.http.pathmap.PathSpec;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.handler.CrossOriginHandler;
import org.eclipse.jetty.server.handler.ConditionalHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

/**
 * Assembles the lead service's HTTP handlers, using Jetty's own defences where it has them:
 * <pre>
 * /leads/*  CrossOriginHandler (preflight, exact origins) → TokenBucketHandler (429 per client address, POST
 *           only; refused posts give their token back) → SizeLimitHandler (413 at once above 4 × the body
 *           limit) → OriginGuard (403) → LeadHandler (body read without a thread, with a minimum rate and a
 *           deadline: 408; a body over the limit is read to its end, then answered 413)
 * /healthz  HealthHandler
 * </pre>
 * Any other path is not handled (the handler returns false), so the preview server can put it in front of its
 * static files.
 *
 * <pre>{@code
 * Handler handler = LeadHttp.handler(settings, intake, store, Clock.systemUTC(), rejections);
 * }</pre>
 */
public final class LeadHttp {

    private LeadHttp() {
    }

    public static Handler handler(HttpSettings settings, LeadIntake intake, LeadStore store, Clock clock,
                                  RejectionLog rejections) {
        BodyReader.Limits body = new BodyReader.Limits(settings.maxBodyBytes(), settings.minRequestDataRate(),
                settings.bodyTimeout());
        Handler leads = new OriginGuard(Set.copyOf(settings.allowedOrigins()),
                new LeadHandler(intake, body, rejections));
        // bodies up to drainBytes reach the reader, which reads them to the end before its 413 (see drainBytes)
        SizeLimitHandler sizeLimit = new SizeLimitHandler(body.drainBytes(), -1);
        sizeLimit.setHandler(leads);
        Handler rateLimit = new TokenBucketHandler(sizeLimit, settings.ratePerSecond(), settings.burst(),
                System::nanoTime);
        CrossOriginHandler cors = new CrossOriginHandler();
        cors.setAllowedOriginPatterns(settings.allowedOrigins().stream().map(Pattern::quote)
                .collect(Collectors.toSet()));
        cors.setAllowedMethods(Set.of("POST"));
        cors.setAllowedHeaders(Set.of("Content-Type", "Idempotency-Key"));
        cors.setAllowCredentials(false);
        cors.setPreflightMaxAge(Duration.ofMinutes(10));
        cors.setHandler(rateLimit);

        return new Handler.Sequence(only("/leads/*", cors), only("/healthz", new HealthHandler(store, clock)));
    }

    /**
     * {@code handler} for the paths of {@code pathSpec}; any other path is declined (returns false) so that the next
     * handler gets it. (Jetty's {@code DontHandle} declines when its conditions are met; excluding the path makes
     * every other path meet them.)
     */
    private static Handler only(String pathSpec, Handler handler) {
        ConditionalHandler.DontHandle gate = new ConditionalHandler.DontHandle(handler);
        gate.exclude(PathSpec.from(pathSpec));
        return gate;
    }
}
