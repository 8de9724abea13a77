package nl.speelveld.conventions.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The events' metrics at /q/metrics: {@code speelveld_events_written_total{type}},
 * {@code speelveld_webhook_deliveries_total{outcome}} (delivered, retrying, failed, gone, refused) and
 * {@code speelveld_webhook_oldest_undelivered_seconds} (age of the oldest pending delivery, 0 when none).
 */
@ApplicationScoped
public class EventMetrics {

    private final MeterRegistry registry;
    private final Map<String, Counter> written = new ConcurrentHashMap<>();
    private final Map<String, Counter> deliveries = new ConcurrentHashMap<>();
    private final AtomicLong oldestUndelivered = new AtomicLong();

    EventMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("speelveld.webhook.oldest.undelivered", oldestUndelivered, AtomicLong::get)
                .description("Age in seconds of the oldest webhook delivery not yet done (0 when none)")
                .baseUnit("seconds").register(registry);
    }

    void written(String type) {
        written.computeIfAbsent(type, t -> Counter.builder("speelveld.events.written").tag("type", t)
                .description("Events written to the outbox (committed)").register(registry)).increment();
    }

    void delivery(String outcome) {
        deliveries.computeIfAbsent(outcome, o -> Counter.builder("speelveld.webhook.deliveries").tag("outcome", o)
                .description("Webhook delivery attempts by outcome").register(registry)).increment();
    }

    void oldestUndelivered(long seconds) {
        oldestUndelivered.set(seconds);
    }
}
