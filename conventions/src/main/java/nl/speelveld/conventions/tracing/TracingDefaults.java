package nl.speelveld.conventions.tracing;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import jakarta.annotation.Priority;

import java.util.List;

/**
 * Two rules of the tracing set-up (docs/operations.md, "Tracing") that a properties file cannot express:
 * <ul>
 * <li>The standard OpenTelemetry names work beside Quarkus's: {@code OTEL_EXPORTER_OTLP_ENDPOINT} (and its
 * {@code _TRACES_} form), {@code OTEL_EXPORTER_OTLP_PROTOCOL}, {@code OTEL_EXPORTER_OTLP_HEADERS} and
 * {@code OTEL_TRACES_SAMPLER_ARG} are read when the {@code quarkus.otel.*} key of the same meaning is not set.</li>
 * <li><b>Export is off until an endpoint is named.</b> Every request still gets a trace id and span ids (in the logs'
 * MDC and in the {@code traceparent} sent on every outbound call), but the sampler
 * ({@code parentbased_traceidratio}, fixed at build time) records nothing while no OTLP endpoint is set: the ratio
 * defaults to 0 then, and to 1 once an endpoint is set. An explicit ratio wins either way.</li>
 * </ul>
 */
@Priority(TracingDefaults.PRIORITY)
public class TracingDefaults implements ConfigSourceInterceptor {

    /** Above the expression and profile interceptors of the library, so the values it reads are resolved. */
    static final int PRIORITY = 5000;

    static final String SAMPLER_ARG = "quarkus.otel.traces.sampler.arg";
    static final String PREFIX = "quarkus.";
    static final List<String> STANDARD = List.of("quarkus.otel.exporter.otlp.endpoint",
            "quarkus.otel.exporter.otlp.traces.endpoint", "quarkus.otel.exporter.otlp.protocol",
            "quarkus.otel.exporter.otlp.traces.protocol", "quarkus.otel.exporter.otlp.headers",
            "quarkus.otel.exporter.otlp.traces.headers", SAMPLER_ARG);

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        if (!STANDARD.contains(name)) {
            return context.proceed(name);
        }
        ConfigValue value = valueOrStandard(context, name);
        if (value != null || !SAMPLER_ARG.equals(name)) {
            return value;
        }
        boolean endpoint = valueOrStandard(context, "quarkus.otel.exporter.otlp.endpoint") != null
                || valueOrStandard(context, "quarkus.otel.exporter.otlp.traces.endpoint") != null;
        return ConfigValue.builder().withName(name).withValue(endpoint ? "1.0" : "0.0")
                .withConfigSourceName("speelveld tracing default (" + (endpoint ? "an OTLP endpoint is set"
                        : "no OTLP endpoint: nothing is recorded") + ")")
                .withConfigSourceOrdinal(Integer.MIN_VALUE + 1).build();
    }

    /** The key's own value, else that of its standard OpenTelemetry name ({@code otel.*}, OTEL_* in the environment). */
    private static ConfigValue valueOrStandard(ConfigSourceInterceptorContext context, String name) {
        ConfigValue own = present(context.proceed(name));
        return own != null ? own : present(context.proceed(name.substring(PREFIX.length())));
    }

    private static ConfigValue present(ConfigValue value) {
        return value == null || value.getValue() == null || value.getValue().isBlank() ? null : value;
    }
}
