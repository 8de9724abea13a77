package nl.speelveld.assessment.observability;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.speelveld.assessment.Api;
import nl.speelveld.assessment.StubbedServices;
import nl.speelveld.assessment.Zonnewijk;
import nl.speelveld.devtools.OtlpReceiver;
import nl.speelveld.devtools.OtlpTestResource;
import nl.speelveld.devtools.PostgresTestResource;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tracing inside assessment-service (issue 14), exported over OTLP/HTTP to a receiver on loopback as an operator's
 * collector would get it: an assessment continues the caller's trace (W3C traceparent), makes a server span, a client
 * span per read of the other services, which get a traceparent of this trace, and JDBC spans; its log lines carry the
 * trace id, the request id and the municipality; no span holds the token, and an embed link's token stays out of the
 * span's path. The whole path across the three services is in acceptance's TraceAcrossServicesIT.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
@QuarkusTestResource(StubbedServices.class)
@QuarkusTestResource(value = OtlpTestResource.class, restrictToAnnotatedClass = true)
class TracingTest {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    @StubbedServices.Initiatives
    WireMockServer initiatives;
    @StubbedServices.Stakeholders
    WireMockServer stakeholders;

    @Test
    void shouldTraceAnAssessmentThroughServerClientsAndDatabase() throws Exception {
        Zonnewijk z = new Zonnewijk("GM0344", Api.GM0344).stub(initiatives, stakeholders);
        initiatives.resetRequests();
        stakeholders.resetRequests();
        String traceId = hex(16);
        String callerSpan = hex(8);
        List<ExtLogRecord> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record instanceof ExtLogRecord ext && record.getLoggerName().contains("AssessmentService")) {
                    ext.copyMdc();
                    synchronized (logged) {
                        logged.add(ext);
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.addHandler(capture);
        try {
            Api.as(Api.GM0344).header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                    .header("X-Request-ID", "trace-test-1").contentType(ContentType.JSON)
                    .body("{\"initiativeId\": \"" + z.initiativeId + "\", \"asOf\": \"2026-11-01\"}")
                    .when().post("/v1/assessments").then().statusCode(201);
        } finally {
            root.removeHandler(capture);
        }

        List<OtlpReceiver.Span> spans = OtlpTestResource.receiver().await(all -> all.stream().anyMatch(s ->
                s.traceId().equals(traceId) && s.kind() == OtlpReceiver.Span.SERVER), PATIENCE).stream()
                .filter(s -> s.traceId().equals(traceId)).toList();
        OtlpReceiver.Span server = spans.stream().filter(s -> s.kind() == OtlpReceiver.Span.SERVER).findFirst()
                .orElseThrow(() -> new AssertionError("no server span of trace " + traceId));
        assertEquals("POST /v1/assessments", server.name());
        assertEquals(callerSpan, server.parentSpanId(), "the server span continues the caller's trace");
        assertEquals("assessment-service", server.service());

        List<LoggedRequest> reads = new ArrayList<>(initiatives.findAll(com.github.tomakehurst.wiremock.client
                .WireMock.anyRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.anyUrl())));
        reads.addAll(stakeholders.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.anyUrl())));
        assertTrue(reads.size() >= 10, reads.size() + " reads of the other services");
        Set<String> clientSpans = spans.stream().filter(s -> s.kind() == OtlpReceiver.Span.CLIENT)
                .map(OtlpReceiver.Span::spanId).collect(Collectors.toSet());
        for (LoggedRequest read : reads) {
            String traceparent = read.getHeader("traceparent");
            assertTrue(traceparent != null && traceparent.matches("00-" + traceId + "-[0-9a-f]{16}-01"),
                    read.getUrl() + " got traceparent " + traceparent);
            assertTrue(clientSpans.contains(traceparent.substring(36, 52)),
                    read.getUrl() + ": its parent is a client span of this trace");
        }
        List<OtlpReceiver.Span> database = spans.stream()
                .filter(s -> "postgresql".equals(s.attributes().getOrDefault("db.system.name",
                        s.attributes().get("db.system")))).toList();
        assertFalse(database.isEmpty(), "JDBC spans in the trace: " + names(spans));
        assertTrue(database.stream().anyMatch(s -> s.name().startsWith("INSERT")), "an INSERT among " + names(database));

        for (OtlpReceiver.Span span : spans) {
            assertFalse(span.attributes().values().stream().anyMatch(v -> v.contains(Api.GM0344)),
                    "the token in span " + span.name() + " " + span.attributes());
        }

        synchronized (logged) {
            assertFalse(logged.isEmpty(), "the assessment's log line");
            for (ExtLogRecord record : logged) {
                assertEquals(traceId, record.getMdc("traceId"), record.getMessage());
                assertEquals("GM0344", record.getMdc("municipality"), record.getMessage());
                assertEquals("trace-test-1", record.getMdc("requestId"), record.getMessage());
            }
        }
    }

    @Test
    void shouldStartATraceWhenTheCallerSendsNone() throws Exception {
        Zonnewijk z = new Zonnewijk("GM0344", Api.GM0344).stub(initiatives, stakeholders);
        stakeholders.resetRequests();
        Api.assess(Api.GM0344, z.initiativeId).then().statusCode(201);
        String traceparent = stakeholders.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.anyUrl())).get(0).getHeader("traceparent");
        assertTrue(traceparent != null && traceparent.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01"), traceparent);
        String traceId = traceparent.substring(3, 35);
        List<OtlpReceiver.Span> spans = OtlpTestResource.receiver().await(all -> all.stream().anyMatch(s ->
                s.traceId().equals(traceId) && s.kind() == OtlpReceiver.Span.SERVER), PATIENCE);
        assertTrue(spans.stream().anyMatch(s -> s.traceId().equals(traceId) && s.kind() == OtlpReceiver.Span.SERVER
                && s.parentSpanId().isEmpty()), "a root server span of trace " + traceId);
    }

    @Test
    void shouldKeepTheEmbedTokenOutOfTheSpans() throws Exception {
        String token = "capability-" + hex(12);
        given().when().get("/v1/embed/" + token).then().statusCode(404);
        List<OtlpReceiver.Span> spans = OtlpTestResource.receiver().await(all -> all.stream().anyMatch(s ->
                s.kind() == OtlpReceiver.Span.SERVER && s.name().contains("/v1/embed/")), PATIENCE);
        List<OtlpReceiver.Span> embed = spans.stream().filter(s -> s.kind() == OtlpReceiver.Span.SERVER
                && s.name().contains("/v1/embed/")).toList();
        assertFalse(embed.isEmpty(), "the embed page's server span among " + names(spans));
        for (OtlpReceiver.Span span : embed) {
            assertEquals("/v1/embed/{token}", span.attributes().get("url.path"), span.attributes().toString());
            assertFalse(span.toString().contains(token), span.toString());
        }
    }

    static List<String> names(List<OtlpReceiver.Span> spans) {
        return spans.stream().map(OtlpReceiver.Span::name).toList();
    }

    static String hex(int bytes) {
        byte[] b = new byte[bytes];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
