package nl.speelveld.conventions.events;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.speelveld.devtools.OtlpReceiver;
import nl.speelveld.devtools.OtlpTestResource;
import nl.speelveld.devtools.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each webhook delivery attempt is a client span of its own, exported like the request spans, with the event's id and
 * type and the subscription's id, never the secret, the body or the URL's path; the receiver gets that span's
 * {@code traceparent}. A delivery that fails and is retried makes a span per attempt.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "conventions"))
@QuarkusTestResource(value = OtlpTestResource.class, restrictToAnnotatedClass = true)
class WebhookTracingTest {

    static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-01");
    static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void shouldMakeASpanPerAttemptAndSendItsTraceparent() throws Exception {
        try (Receiver receiver = new Receiver("127.0.0.1")) {
            receiver.answer("/traced-secret-path", n -> n == 1 ? 500 : 204);
            WebhooksTest.Subscription s = WebhooksTest.subscribe(WebhooksTest.A,
                    receiver.url("/traced-secret-path?key=query-secret"), WebhooksTest.CREATED);
            WebhooksTest.createProbe(WebhooksTest.A);
            WebhooksTest.await("two attempts", () -> receiver.on("/traced-secret-path").size() >= 2);
            List<Receiver.Request> attempts = receiver.on("/traced-secret-path");

            Map<String, String> spanOfTrace = new java.util.HashMap<>();
            for (Receiver.Request attempt : attempts) {
                assertEquals(1, attempt.traceparent().size(), "one traceparent: " + attempt.traceparent());
                Matcher m = TRACEPARENT.matcher(attempt.traceparent().get(0));
                assertTrue(m.matches(), "a sampled W3C traceparent: " + attempt.traceparent());
                spanOfTrace.put(m.group(1), m.group(2));
            }
            assertEquals(attempts.size(), spanOfTrace.size(), "each attempt its own trace");

            List<OtlpReceiver.Span> spans = OtlpTestResource.receiver().await(all -> spanOfTrace.keySet().stream()
                    .allMatch(trace -> all.stream().anyMatch(x -> x.traceId().equals(trace))), PATIENCE).stream()
                    .filter(x -> spanOfTrace.containsKey(x.traceId())).toList();
            assertEquals(spanOfTrace.keySet(), spans.stream().map(OtlpReceiver.Span::traceId)
                    .collect(Collectors.toSet()), "a span of every attempt's trace arrived");
            for (OtlpReceiver.Span span : spans) {
                assertEquals("webhook delivery", span.name());
                assertEquals(OtlpReceiver.Span.CLIENT, span.kind());
                assertEquals(spanOfTrace.get(span.traceId()), span.spanId(), "the traceparent names this span");
                assertEquals("", span.parentSpanId(), "a trace of its own");
                assertEquals(attempts.get(0).id(), span.attributes().get("speelveld.event.id"));
                assertEquals(WebhooksTest.CREATED, span.attributes().get("speelveld.event.type"));
                assertEquals(s.id(), span.attributes().get("speelveld.webhook.subscription.id"));
                assertEquals("127.0.0.1", span.attributes().get("server.address"));
                for (String value : span.attributes().values()) {
                    assertFalse(value.contains(s.secret()) || value.contains("traced-secret-path")
                            || value.contains("query-secret") || value.contains(attempts.get(0).body()),
                            "the span holds the secret, the URL's path or the body: " + span);
                }
            }
            assertNotEquals(spans.get(0).spanId(), spans.get(1).spanId());
        }
    }
}
