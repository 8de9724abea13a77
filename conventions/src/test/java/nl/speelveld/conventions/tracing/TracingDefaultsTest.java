package nl.speelveld.conventions.tracing;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Export is off until an OTLP endpoint is named (the sampler records nothing), on once one is, by Quarkus's key or the
 * standard OpenTelemetry one; an explicit ratio wins; and the standard names fill in Quarkus's keys. The recording
 * itself, with an endpoint, is shown by assessment-service's TracingTest.
 */
class TracingDefaultsTest {

    static SmallRyeConfig config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder().withInterceptors(new TracingDefaults())
                .withSources(new PropertiesConfigSource(properties, "test", 300)).build();
    }

    static String ratio(Map<String, String> properties) {
        return config(properties).getValue(TracingDefaults.SAMPLER_ARG, String.class);
    }

    @Test
    void shouldRecordNothingWithoutAnEndpoint() {
        assertEquals("0.0", ratio(Map.of()));
        assertEquals("0.0", ratio(Map.of("quarkus.otel.exporter.otlp.endpoint", " ")));
    }

    @Test
    void shouldRecordEverythingOnceAnEndpointIsNamed() {
        assertEquals("1.0", ratio(Map.of("quarkus.otel.exporter.otlp.endpoint", "http://collector:4317")));
        assertEquals("1.0", ratio(Map.of("quarkus.otel.exporter.otlp.traces.endpoint", "http://collector:4318")));
        assertEquals("1.0", ratio(Map.of("otel.exporter.otlp.endpoint", "http://collector:4317")));
        assertEquals("1.0", ratio(Map.of("otel.exporter.otlp.traces.endpoint", "http://collector:4317")));
    }

    @Test
    void shouldKeepAnExplicitRatio() {
        assertEquals("0.25", ratio(Map.of("quarkus.otel.exporter.otlp.endpoint", "http://collector:4317",
                "quarkus.otel.traces.sampler.arg", "0.25")));
        assertEquals("0.1", ratio(Map.of("otel.exporter.otlp.endpoint", "http://collector:4317",
                "otel.traces.sampler.arg", "0.1")));
        assertEquals("1", ratio(Map.of("quarkus.otel.traces.sampler.arg", "1")));
    }

    @Test
    void shouldReadTheStandardNamesWhenQuarkusKeysAreUnset() {
        SmallRyeConfig config = config(Map.of("otel.exporter.otlp.endpoint", "http://collector:4318",
                "otel.exporter.otlp.protocol", "http/protobuf", "quarkus.otel.exporter.otlp.headers", "a=b",
                "otel.exporter.otlp.headers", "c=d"));
        assertEquals("http://collector:4318", config.getValue("quarkus.otel.exporter.otlp.endpoint", String.class));
        assertEquals("http/protobuf", config.getValue("quarkus.otel.exporter.otlp.protocol", String.class));
        assertEquals("a=b", config.getValue("quarkus.otel.exporter.otlp.headers", String.class));
    }
}
