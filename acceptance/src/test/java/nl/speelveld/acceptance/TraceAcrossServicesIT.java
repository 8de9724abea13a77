package nl.speelveld.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.speelveld.devtools.DevKeys;
import nl.speelveld.devtools.LocalSystem;
import nl.speelveld.devtools.OtlpReceiver;
import nl.speelveld.devtools.cases.CaseRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One assessment, one trace across the three services (issue 14): the packaged services, started as
 * {@code ./speelveld up} starts them but with an OTLP endpoint (a receiver in this test, OTLP/HTTP protobuf) and the
 * production JSON logs, load worked case A with the case runner; then one {@code POST /v1/assessments} with a
 * {@code traceparent} gives spans of all three services in that one trace, linked parent to child (assessment-service's
 * client spans are the parents of the other two services' server spans), with JDBC spans in each; the JSON log lines
 * of the three services carry the same trace id, the request id and the municipality, and no token. Also: every
 * metric the alerts and the dashboard of deploy/monitoring use is one the services publish.
 */
class TraceAcrossServicesIT {

    static final Path ROOT = WorkedCasesIT.ROOT;
    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration PATIENCE = Duration.ofSeconds(60);
    static LocalSystem system;
    static OtlpReceiver receiver;
    static Path data;
    static String token;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        receiver = new OtlpReceiver();
        data = Files.createTempDirectory("speelveld-trace");
        int firstPort = WorkedCasesIT.freePorts(Integer.parseInt(System.getProperty("acceptance.trace.port", "18181")));
        system = new LocalSystem(ROOT, data, firstPort).withEnvironment(Map.of(
                // the standard OpenTelemetry names, in their OTLP/HTTP form (the full traces URL)
                "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", receiver.endpoint() + "/v1/traces",
                "OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf",
                "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms",
                "QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true"));
        system.start(Duration.ofMinutes(3));
        token = system.keys().token("GM0344", DevKeys.ALL_SCOPES);
        List<LocalSystem.Service> s = system.services();
        CaseRunner.Options options = CaseRunner.Options.local(token).withUrls(s.get(0).url(), s.get(1).url(),
                s.get(2).url());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CaseRunner.Result loaded = CaseRunner.run(ROOT.resolve("examples/cases/case-a-energy.json"), options,
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertTrue(loaded.ok(), "case A loads: " + loaded + "\n" + out.toString(StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    static HttpResponse<String> call(String method, String url, String body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String hex(int bytes) {
        byte[] b = new byte[bytes];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    @Test
    void shouldMakeOneTraceAcrossTheThreeServicesAndLogItsId() throws Exception {
        List<LocalSystem.Service> s = system.services();
        JsonNode initiatives = JSON.readTree(call("GET", s.get(0).url() + "/v1/initiatives", null, Map.of()).body());
        String initiativeId = initiatives.path("items").path(0).path("id").asText();
        assertFalse(initiativeId.isEmpty(), "case A's initiative: " + initiatives);

        String traceId = hex(16);
        String callerSpan = hex(8);
        HttpResponse<String> assessed = call("POST", s.get(2).url() + "/v1/assessments",
                "{\"initiativeId\": \"" + initiativeId + "\"}",
                Map.of("traceparent", "00-" + traceId + "-" + callerSpan + "-01", "X-Request-ID", "trace-it-1"));
        assertEquals(201, assessed.statusCode(), assessed.body());

        Set<String> services = Set.of("initiative-service", "stakeholder-service", "assessment-service");
        // wait until spans of all three services are in and every span's parent has arrived too (the services
        // export in batches of their own, so a child can arrive before its parent)
        List<OtlpReceiver.Span> spans = receiver.await(all -> {
            List<OtlpReceiver.Span> trace = all.stream().filter(x -> x.traceId().equals(traceId)).toList();
            Set<String> ids = trace.stream().map(OtlpReceiver.Span::spanId).collect(Collectors.toSet());
            return services.equals(trace.stream().filter(x -> x.kind() == OtlpReceiver.Span.SERVER)
                    .map(OtlpReceiver.Span::service).collect(Collectors.toSet()))
                    && trace.stream().allMatch(x -> x.parentSpanId().equals(callerSpan)
                            || ids.contains(x.parentSpanId()));
        }, PATIENCE).stream().filter(x -> x.traceId().equals(traceId)).toList();
        Map<String, OtlpReceiver.Span> byId = spans.stream().collect(Collectors.toMap(OtlpReceiver.Span::spanId,
                x -> x, (a, b) -> a));
        assertEquals(services, spans.stream().map(OtlpReceiver.Span::service).collect(Collectors.toSet()),
                "spans of all three services in trace " + traceId);

        OtlpReceiver.Span root = spans.stream().filter(x -> x.service().equals("assessment-service")
                && x.kind() == OtlpReceiver.Span.SERVER).findFirst().orElseThrow();
        assertEquals("POST /v1/assessments", root.name());
        assertEquals(callerSpan, root.parentSpanId(), "continues the caller's trace");
        for (OtlpReceiver.Span span : spans) {
            if (span != root) {
                assertTrue(byId.containsKey(span.parentSpanId()), "span " + span.service() + " " + span.name()
                        + " hangs off a span of this trace");
            }
        }
        for (String called : List.of("initiative-service", "stakeholder-service")) {
            List<OtlpReceiver.Span> served = spans.stream().filter(x -> x.service().equals(called)
                    && x.kind() == OtlpReceiver.Span.SERVER).toList();
            assertFalse(served.isEmpty(), called + " served a read of this assessment");
            for (OtlpReceiver.Span span : served) {
                OtlpReceiver.Span parent = byId.get(span.parentSpanId());
                assertEquals("assessment-service", parent.service(), span.name());
                assertEquals(OtlpReceiver.Span.CLIENT, parent.kind(), span.name() + " is called by a client span");
            }
        }
        for (String service : services) {
            assertTrue(spans.stream().anyMatch(x -> x.service().equals(service) && "postgresql".equals(
                    x.attributes().getOrDefault("db.system.name", x.attributes().get("db.system")))),
                    service + " has JDBC spans in the trace");
        }
        for (OtlpReceiver.Span span : spans) {
            assertFalse(span.toString().contains(token), "the token in a span: " + span.name());
        }

        // the JSON log lines (production format) of all three services carry the trace id
        Set<String> logged = new HashSet<>();
        for (String service : services) {
            for (String line : Files.readAllLines(data.resolve("logs").resolve(service + ".log"))) {
                assertFalse(line.contains(token), service + " logged the token: " + line);
                if (!line.startsWith("{")) {
                    continue;
                }
                JsonNode mdc = JSON.readTree(line).path("mdc");
                if (traceId.equals(mdc.path("traceId").asText())) {
                    logged.add(service);
                    assertEquals("GM0344", mdc.path("municipality").asText(), line);
                    assertFalse(mdc.path("spanId").asText().isEmpty(), line);
                    assertFalse(mdc.path("requestId").asText().isEmpty(), line);
                }
            }
        }
        assertEquals(services, logged, "log lines with trace id " + traceId);
    }

    @Test
    void shouldPublishEveryMetricTheAlertsAndTheDashboardUse() throws Exception {
        // a read that goes through the clients, so their metrics exist
        call("GET", system.services().get(1).url() + "/v1/stakeholder-groups?initiativeId="
                + java.util.UUID.randomUUID(), null, Map.of());
        Set<String> published = new TreeSet<>();
        for (LocalSystem.Service service : system.services()) {
            String text = HTTP.send(HttpRequest.newBuilder(URI.create(service.managementUrl() + "/q/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            for (String line : text.split("\n")) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    published.add(line.split("[{ ]", 2)[0]);
                }
            }
        }
        String monitoring = Files.readString(ROOT.resolve("deploy/monitoring/prometheus-rule.yaml"))
                + Files.readString(ROOT.resolve("deploy/monitoring/dashboards/speelveld.json"));
        Matcher m = Pattern.compile("\\b(speelveld_[a-z_]+|http_[a-z_]+|agroal_[a-z_]+|ft_[a-z_]+|jvm_[a-z_]+"
                + "|process_[a-z_]+|system_[a-z_]+)\\b").matcher(monitoring);
        Set<String> used = new TreeSet<>();
        while (m.find()) {
            used.add(m.group(1));
        }
        assertTrue(used.size() > 10, used.toString());
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(published);
        // counted from the first webhook delivery on: none is made in this run
        missing.remove("speelveld_webhook_deliveries_total");
        assertEquals(Set.of(), missing, "used by deploy/monitoring but not published by the services");
    }
}
