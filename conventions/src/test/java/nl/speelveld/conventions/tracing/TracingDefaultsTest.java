package nl.speelveld.conventions.tracing;

import io.quarkus.opentelemetry.runtime.config.runtime.OTelRuntimeConfig;
import io.quarkus.opentelemetry.runtime.config.runtime.exporter.OtlpExporterConfigBuilder;
import io.quarkus.opentelemetry.runtime.config.runtime.exporter.OtlpExporterRuntimeConfig;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Export is off until an OTLP endpoint is named (the sampler records nothing), on once one is, by Quarkus's key or the
 * standard OpenTelemetry one; an explicit ratio wins; and the standard names fill in Quarkus's keys. The configuration
 * is built as Quarkus builds it: with Quarkus's own defaults for these keys (endpoint {@code http://localhost:4317/},
 * ratio {@code 1.0d}) and its fallback from the traces keys to the general ones, and read through the same config
 * mappings the OTLP exporter and the sampler read. (Without those defaults in the test, an earlier version passed here
 * while the services exported to localhost:4317 and sampled everything.) The recording itself, with an endpoint, is
 * shown by assessment-service's TracingTest and, across the three services, by acceptance's TraceAcrossServicesIT.
 */
class TracingDefaultsTest {

    static SmallRyeConfig config(Map<String, String> environment, Map<String, String> properties) {
        SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder();
        new OtlpExporterConfigBuilder().configBuilder(builder);
        return builder.withInterceptors(new TracingDefaults())
                .withSources(new EnvConfigSource(environment, 300))
                .withSources(new PropertiesConfigSource(properties, "application.properties", 250))
                .withConverter(Duration.class, 100, new DurationConverter())
                .withMapping(OtlpExporterRuntimeConfig.class).withMapping(OTelRuntimeConfig.class).build();
    }

    static SmallRyeConfig environment(Map<String, String> environment) {
        return config(environment, Map.of());
    }

    static SmallRyeConfig properties(Map<String, String> properties) {
        return config(Map.of(), properties);
    }

    /** The ratio the sampler reads. */
    static String ratio(SmallRyeConfig config) {
        return config.getConfigMapping(OTelRuntimeConfig.class).traces().samplerArg().orElseThrow();
    }

    /** The endpoint the OTLP span exporter reads (its own key, which falls back to the general one). */
    static Optional<String> tracesEndpoint(SmallRyeConfig config) {
        return config.getConfigMapping(OtlpExporterRuntimeConfig.class).traces().endpoint();
    }

    @Test
    void shouldRecordNothingWithoutAnEndpoint() {
        assertEquals("0.0", ratio(environment(Map.of())));
        assertEquals("0.0", ratio(environment(Map.of("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", " "))));
        assertEquals("0.0", ratio(environment(Map.of("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", ""))));
        assertEquals("0.0", ratio(properties(Map.of("quarkus.otel.exporter.otlp.endpoint", " "))));
    }

    @Test
    void shouldRecordEverythingOnceAnEndpointIsNamed() {
        for (String name : new String[] {"QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT",
                "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"}) {
            assertEquals("1.0", ratio(environment(Map.of(name, "http://collector:4317"))), name);
        }
        assertEquals("1.0", ratio(properties(Map.of("quarkus.otel.exporter.otlp.traces.endpoint",
                "http://collector:4318"))));
        assertEquals("1.0", ratio(properties(Map.of("otel.exporter.otlp.endpoint", "http://collector:4317"))));
    }

    /** Whether the datasource wraps its connections for JDBC spans (Agroal's runtime switch). */
    static boolean jdbcSpans(SmallRyeConfig config) {
        return config.getValue(TracingDefaults.JDBC_TELEMETRY, Boolean.class);
    }

    @Test
    void shouldMakeJdbcSpansOnlyWhenAnEndpointIsNamedUnlessSetExplicitly() {
        assertEquals(false, jdbcSpans(environment(Map.of())));
        assertEquals(false, jdbcSpans(environment(Map.of("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", " "))));
        for (String name : new String[] {"QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT",
                "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"}) {
            assertEquals(true, jdbcSpans(environment(Map.of(name, "http://collector:4317"))), name);
        }
        assertEquals(true, jdbcSpans(environment(Map.of("QUARKUS_DATASOURCE_JDBC_TELEMETRY_ENABLED", "true"))));
        assertEquals(false, jdbcSpans(environment(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4317",
                "QUARKUS_DATASOURCE_JDBC_TELEMETRY_ENABLED", "false"))));
        assertEquals(true, jdbcSpans(properties(Map.of("quarkus.datasource.jdbc.telemetry.enabled", "true"))));
    }

    @Test
    void shouldKeepAnExplicitRatio() {
        assertEquals("0.25", ratio(environment(Map.of("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4317",
                "QUARKUS_OTEL_TRACES_SAMPLER_ARG", "0.25"))));
        assertEquals("0.1", ratio(environment(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4317",
                "OTEL_TRACES_SAMPLER_ARG", "0.1"))));
        assertEquals("1", ratio(properties(Map.of("quarkus.otel.traces.sampler.arg", "1"))));
        assertEquals("0.5", ratio(config(Map.of("OTEL_TRACES_SAMPLER_ARG", "0.1"),
                Map.of("quarkus.otel.traces.sampler.arg", "0.5"))));
    }

    @Test
    void shouldExportWhereTheEnvironmentSays() {
        assertEquals(Optional.of("http://localhost:4317/"), tracesEndpoint(environment(Map.of())),
                "Quarkus's default, unused: nothing is recorded");
        for (String name : new String[] {"QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT",
                "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"}) {
            assertEquals(Optional.of("http://collector:4317"), tracesEndpoint(environment(Map.of(name,
                    "http://collector:4317"))), name);
        }
        // the standard's full OTLP/HTTP form: Quarkus's exporter adds /v1/traces itself
        assertEquals(Optional.of("http://collector:4318"), tracesEndpoint(environment(Map.of(
                "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "http://collector:4318/v1/traces"))));
        assertEquals(Optional.of("http://collector:4318"), tracesEndpoint(environment(Map.of(
                "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "http://collector:4318/v1/traces/"))));
    }

    @Test
    void shouldPreferTheTracesKeyOverTheGeneralOneAndQuarkusNamesOverStandardOnes() {
        assertEquals(Optional.of("http://traces:4317"), tracesEndpoint(environment(Map.of(
                "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", "http://general:4317",
                "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "http://traces:4317"))));
        assertEquals(Optional.of("http://traces:4317"), tracesEndpoint(environment(Map.of(
                "OTEL_EXPORTER_OTLP_ENDPOINT", "http://general:4317",
                "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "http://traces:4317"))));
        assertEquals(Optional.of("http://quarkus:4317"), tracesEndpoint(environment(Map.of(
                "OTEL_EXPORTER_OTLP_ENDPOINT", "http://standard:4317",
                "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", "http://quarkus:4317"))));
    }

    @Test
    void shouldReadTheStandardProtocolHeadersAndSwitch() {
        SmallRyeConfig config = environment(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318",
                "OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf", "OTEL_EXPORTER_OTLP_HEADERS", "api-key=secret",
                "OTEL_SDK_DISABLED", "true"));
        OtlpExporterRuntimeConfig exporter = config.getConfigMapping(OtlpExporterRuntimeConfig.class);
        assertEquals(Optional.of("http/protobuf"), exporter.traces().protocol());
        assertEquals(Optional.of(java.util.List.of("api-key=secret")), exporter.traces().headers());
        assertEquals(true, config.getConfigMapping(OTelRuntimeConfig.class).sdkDisabled());
        assertEquals(Optional.of("grpc"), environment(Map.of()).getConfigMapping(OtlpExporterRuntimeConfig.class)
                .traces().protocol(), "Quarkus's default protocol");
        assertEquals(Optional.of("a=b"), properties(Map.of("quarkus.otel.exporter.otlp.headers", "a=b",
                "otel.exporter.otlp.headers", "c=d")).getConfigMapping(OtlpExporterRuntimeConfig.class).traces()
                .headers().map(h -> String.join(",", h)));
    }
}
