package nl.speelveld.conventions.events;

import org.eclipse.microprofile.config.Config;

import java.time.Duration;
import java.util.List;

/**
 * The delivery settings (docs/operations.md, "Events and webhooks"); every key has a default in conventions'
 * microprofile-config.properties.
 */
public record WebhookSettings(boolean deliver, int workers, Duration pollInterval, Duration lease, int batch,
        List<Duration> retrySchedule, double jitter, Duration disableAfter, Duration connectTimeout,
        Duration totalTimeout, boolean allowHttp, List<String> allowedTargets, Duration secretOverlap,
        Duration retention) {

    public static WebhookSettings of(Config config) {
        return new WebhookSettings(
                config.getValue("speelveld.webhooks.delivery.enabled", Boolean.class),
                config.getValue("speelveld.webhooks.delivery.workers", Integer.class),
                config.getValue("speelveld.webhooks.delivery.poll-interval", Duration.class),
                config.getValue("speelveld.webhooks.delivery.lease", Duration.class),
                config.getValue("speelveld.webhooks.delivery.batch", Integer.class),
                config.getValues("speelveld.webhooks.retry-schedule", Duration.class),
                config.getValue("speelveld.webhooks.retry-jitter", Double.class),
                config.getValue("speelveld.webhooks.disable-after", Duration.class),
                config.getValue("speelveld.webhooks.connect-timeout", Duration.class),
                config.getValue("speelveld.webhooks.timeout", Duration.class),
                config.getValue("speelveld.webhooks.allow-http", Boolean.class),
                config.getOptionalValues("speelveld.webhooks.allowed-targets", String.class).orElse(List.of()),
                config.getValue("speelveld.webhooks.secret-overlap", Duration.class),
                config.getValue("speelveld.events.retention", Duration.class));
    }
}
