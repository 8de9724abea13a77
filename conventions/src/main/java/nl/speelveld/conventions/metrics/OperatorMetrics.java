package nl.speelveld.conventions.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What an operator reads beyond the framework's own series (docs/operations.md, "Metrics"; the alerts and the
 * dashboard of deploy/monitoring use them):
 * <ul>
 * <li>histogram buckets for the request durations (server and client) and the service's own timers and sizes, so
 * that Prometheus computes percentiles ({@code histogram_quantile}) across pods; a fixed, short list of buckets per
 * meter instead of Micrometer's ~70, so the number of series stays small;</li>
 * <li>{@code speelveld_datasource_max_size}: the pool's maximum, against which {@code agroal_active_count} is read.</li>
 * </ul>
 */
@Singleton
public class OperatorMetrics {

    /** Request and call durations: 25 ms to 30 s. */
    static final Duration[] DURATION_BUCKETS = {Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
        Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500),
        Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30)};
    /** Counts (groups, interests of an assessment): 1 to 100,000. */
    static final double[] COUNT_BUCKETS = {1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 25000, 50000,
        100000};
    static final Map<String, Boolean> HISTOGRAMS = Map.of("http.server.requests", true, "http.client.requests", true,
            "speelveld.assessment.duration", true, "speelveld.assessment.groups", false,
            "speelveld.assessment.interests", false);

    @Produces
    @Singleton
    MeterFilter buckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                Boolean timer = HISTOGRAMS.get(id.getName());
                if (timer == null) {
                    return config;
                }
                double[] slos = new double[timer ? DURATION_BUCKETS.length : COUNT_BUCKETS.length];
                for (int i = 0; i < slos.length; i++) {
                    slos[i] = timer ? TimeUnit.MILLISECONDS.toNanos(DURATION_BUCKETS[i].toMillis()) : COUNT_BUCKETS[i];
                }
                return DistributionStatisticConfig.builder().percentilesHistogram(false).serviceLevelObjectives(slos)
                        .build().merge(config);
            }
        };
    }

    void poolSize(@Observes StartupEvent start, MeterRegistry registry,
            @ConfigProperty(name = "quarkus.datasource.jdbc.max-size", defaultValue = "20") int maxSize) {
        Gauge.builder("speelveld.datasource.max.size", () -> maxSize).tag("datasource", "default")
                .description("The most connections the pool opens (quarkus.datasource.jdbc.max-size)")
                .register(registry);
    }
}
