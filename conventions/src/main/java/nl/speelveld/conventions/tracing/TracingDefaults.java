package nl.speelveld.conventions.tracing;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;
import jakarta.annotation.Priority;

import java.util.List;

/**
 * Three rules of the tracing set-up (docs/operations.md, "Tracing") that a properties file cannot express:
 * <ul>
 * <li>The standard OpenTelemetry names work beside Quarkus's: {@code OTEL_EXPORTER_OTLP_ENDPOINT} (and its
 * {@code _TRACES_} form), {@code OTEL_EXPORTER_OTLP_PROTOCOL}, {@code OTEL_EXPORTER_OTLP_HEADERS} (both also in their
 * {@code _TRACES_} form), {@code OTEL_TRACES_SAMPLER_ARG} and {@code OTEL_SDK_DISABLED} are read when the
 * {@code quarkus.otel.*} key of the same meaning is not set. A traces endpoint in the standard's full form
 * ({@code …/v1/traces}) loses that path, which Quarkus's exporter adds itself.</li>
 * <li><b>Export is off until an endpoint is named.</b> Every request still gets a trace id and span ids (in the logs'
 * MDC and in the {@code traceparent} sent on every outbound call), but the sampler
 * ({@code parentbased_traceidratio}, fixed at build time) records nothing while no OTLP endpoint is set: the ratio
 * defaults to 0 then, and to 1 once an endpoint is set. An explicit ratio wins either way.</li>
 * <li><b>JDBC spans only when traces can be exported.</b> The JDBC instrumentation (built in with
 * {@code quarkus.datasource.jdbc.telemetry}) wraps the pool, every connection, statement and result set, and starts a
 * span for every statement even when nothing is recorded: about a tenth of the CPU of a one-statement read (JFR, issue
 * 15, bench/README.md). Its runtime switch {@code quarkus.datasource.jdbc.telemetry.enabled} therefore defaults to
 * whether an OTLP endpoint is named, like the ratio; an explicit value wins. The trace and span ids of the request
 * (logs, {@code traceparent}) come from the HTTP span and are there either way.</li>
 * </ul>
 * Quarkus gives these keys defaults of its own ({@code http://localhost:4317/} for the endpoint, {@code 1.0d} for the
 * ratio, in the default-values source, whose ordinal is {@link Integer#MIN_VALUE}): a default is not "set", so it
 * neither hides a standard name nor counts as a named endpoint.
 */
@Priority(TracingDefaults.PRIORITY)
public class TracingDefaults implements ConfigSourceInterceptor {

    /**
     * Outside the profile (3200) and expression (3300) interceptors of the library, so the values read here are
     * resolved; inside Quarkus's fallback from {@code quarkus.otel.exporter.otlp.traces.*} to
     * {@code quarkus.otel.exporter.otlp.*} (a FallbackConfigSourceInterceptor, 3600), so that a traces key falls back
     * to the general key only after its own standard name was looked for. (A higher priority runs first.)
     */
    static final int PRIORITY = Priorities.LIBRARY + 500;

    static final String SAMPLER_ARG = "quarkus.otel.traces.sampler.arg";
    static final String ENDPOINT = "quarkus.otel.exporter.otlp.endpoint";
    static final String TRACES_ENDPOINT = "quarkus.otel.exporter.otlp.traces.endpoint";
    static final String JDBC_TELEMETRY = "quarkus.datasource.jdbc.telemetry.enabled";
    static final String PREFIX = "quarkus.";
    static final List<String> STANDARD = List.of(ENDPOINT, TRACES_ENDPOINT, "quarkus.otel.exporter.otlp.protocol",
            "quarkus.otel.exporter.otlp.traces.protocol", "quarkus.otel.exporter.otlp.headers",
            "quarkus.otel.exporter.otlp.traces.headers", SAMPLER_ARG, "quarkus.otel.sdk.disabled");
    /** The signal path the standard puts at the end of OTEL_EXPORTER_OTLP_TRACES_ENDPOINT for OTLP/HTTP. */
    static final String TRACES_PATH = "/v1/traces";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        if (JDBC_TELEMETRY.equals(name)) {
            ConfigValue own = set(context.proceed(name));
            return own != null ? own : byEndpoint(context, name, "true", "false");
        }
        if (!STANDARD.contains(name)) {
            return context.proceed(name);
        }
        ConfigValue own = context.proceed(name);
        ConfigValue value = setOrStandard(context, name);
        if (value != null) {
            return value;
        }
        if (!SAMPLER_ARG.equals(name)) {
            return own; // Quarkus's default, if it has one
        }
        return byEndpoint(context, name, "1.0", "0.0");
    }

    /** The default of {@code name} that follows whether an OTLP endpoint is named, under either name. */
    private static ConfigValue byEndpoint(ConfigSourceInterceptorContext context, String name, String withEndpoint,
            String without) {
        boolean endpoint = setOrStandard(context, ENDPOINT) != null || setOrStandard(context, TRACES_ENDPOINT) != null;
        return ConfigValue.builder().withName(name).withValue(endpoint ? withEndpoint : without)
                .withConfigSourceName("speelveld tracing default (" + (endpoint ? "an OTLP endpoint is set"
                        : "no OTLP endpoint: nothing is recorded") + ")")
                .withConfigSourceOrdinal(Integer.MIN_VALUE + 1).build();
    }

    /**
     * The key's own value when it is set (not a default), else that of its standard OpenTelemetry name
     * ({@code otel.*}, OTEL_* in the environment), else null.
     */
    private static ConfigValue setOrStandard(ConfigSourceInterceptorContext context, String name) {
        ConfigValue own = set(context.proceed(name));
        if (own != null) {
            return own;
        }
        ConfigValue standard = set(context.proceed(name.substring(PREFIX.length())));
        if (standard == null) {
            return null;
        }
        String value = standard.getValue().strip();
        if (TRACES_ENDPOINT.equals(name)) {
            value = withoutTracesPath(value);
        }
        return standard.from().withName(name).withValue(value).build();
    }

    static String withoutTracesPath(String endpoint) {
        String trimmed = endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
        return trimmed.endsWith(TRACES_PATH) ? trimmed.substring(0, trimmed.length() - TRACES_PATH.length())
                : endpoint;
    }

    /** The value when something set it: not absent, not blank, not a library default. */
    private static ConfigValue set(ConfigValue value) {
        return value == null || value.getValue() == null || value.getValue().isBlank()
                || value.getConfigSourceOrdinal() == Integer.MIN_VALUE ? null : value;
    }
}
