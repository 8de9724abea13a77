package nl.speelveld.conventions.events;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * Delivers due webhook deliveries; any number of workers in any number of replicas share one database.
 *
 * <p><b>No two at once, nothing lost.</b> A worker claims a batch with {@code FOR UPDATE SKIP LOCKED}: rows another
 * worker is claiming at that moment are skipped, not waited for. The claim commits at once and moves each delivery's
 * {@code next_attempt_at} one lease (60 s) ahead, longer than any attempt may take (10 s), so no other worker takes
 * it while it is being sent. The outcome then decides the row's state. A worker (or pod) that dies between claim and
 * outcome leaves the row pending with a due time one lease ahead: another worker sends it then (at least once;
 * receivers deduplicate on {@code webhook-id}).
 *
 * <p><b>Traced.</b> Each attempt to send is a client span of its own trace, {@code webhook delivery}, with the event's
 * id and type, the subscription's id and the attempt number (never the URL's path or query, the secret or the body);
 * the receiver gets its {@code traceparent}. A delivery is made after the request that produced the event has
 * ended, so its span is not that request's child.
 */
public class DeliveryWorker {

    private final DataSource dataSource;
    private final WebhookSender sender;
    private final WebhookSettings settings;
    private final Consumer<String> outcomes;
    private final Tracer tracer;

    public DeliveryWorker(DataSource dataSource, WebhookSender sender, WebhookSettings settings,
            Consumer<String> outcomes, Tracer tracer) {
        this.dataSource = dataSource;
        this.tracer = tracer;
        this.sender = sender;
        this.settings = settings;
        this.outcomes = outcomes;
    }

    record Claimed(UUID id, UUID subscriptionId, UUID eventId, String eventType, int attempt, String payload) {
    }

    /** Claims and sends one batch of due deliveries; the number sent. */
    public int runOnce() {
        List<Claimed> claimed = claim();
        for (Claimed delivery : claimed) {
            deliver(delivery);
        }
        return claimed.size();
    }

    List<Claimed> claim() {
        List<Claimed> claimed = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement ps = c.prepareStatement("UPDATE webhook_delivery d"
                    + " SET next_attempt_at = now() + ? * interval '1 millisecond', attempts = d.attempts + 1"
                    + " WHERE d.id IN (SELECT q.id FROM webhook_delivery q JOIN webhook_subscription s"
                    + " ON s.id = q.subscription_id WHERE q.status = 'PENDING' AND q.next_attempt_at <= now()"
                    + " AND s.enabled ORDER BY q.next_attempt_at LIMIT ? FOR UPDATE OF q SKIP LOCKED)"
                    + " RETURNING d.id, d.subscription_id, d.event_id, d.event_type, d.attempts, d.payload")) {
                ps.setLong(1, settings.lease().toMillis());
                ps.setInt(2, settings.batch());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        claimed.add(new Claimed(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                                rs.getObject(3, UUID.class), rs.getString(4), rs.getInt(5), rs.getString(6)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not claim webhook deliveries", e);
        }
        return claimed;
    }

    private record Subscription(String url, List<String> secrets) {
    }

    void deliver(Claimed delivery) {
        Subscription subscription;
        String body = delivery.payload();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            subscription = subscription(c, delivery.subscriptionId());
            if (body == null) {
                try (PreparedStatement ps = c.prepareStatement("SELECT body FROM event_outbox WHERE id = ?")) {
                    ps.setObject(1, delivery.eventId());
                    try (ResultSet rs = ps.executeQuery()) {
                        body = rs.next() ? rs.getString(1) : null;
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read a webhook delivery", e);
        }
        if (subscription == null) {
            return; // deleted meanwhile: its deliveries went with it
        }
        if (body == null) {
            finish(delivery, new WebhookSender.Result(null, "event no longer kept", 0, true), "DISCARDED");
            return;
        }
        long timestamp = Instant.now().getEpochSecond();
        WebhookSender.Result result;
        Span span = tracer.spanBuilder("webhook delivery").setSpanKind(SpanKind.CLIENT).setNoParent()
                .setAttribute("http.request.method", "POST")
                .setAttribute("speelveld.event.id", delivery.eventId().toString())
                .setAttribute("speelveld.event.type", delivery.eventType())
                .setAttribute("speelveld.webhook.subscription.id", delivery.subscriptionId().toString())
                .setAttribute("speelveld.webhook.attempt", delivery.attempt()).startSpan();
        try (Scope ignored = span.makeCurrent()) {
            result = sender.send(subscription.url(), delivery.eventId().toString(), timestamp, body,
                    subscription.secrets());
            if (!result.success()) {
                span.setStatus(StatusCode.ERROR, result.reason() != null ? result.reason()
                        : "HTTP " + result.status());
            }
        } finally {
            span.end();
        }
        finish(delivery, result, null);
    }

    private Subscription subscription(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT url, secret, previous_secret,"
                + " previous_secret_until > now() FROM webhook_subscription WHERE id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                List<String> secrets = new ArrayList<>();
                secrets.add(rs.getString(2));
                if (rs.getString(3) != null && rs.getBoolean(4)) {
                    secrets.add(rs.getString(3));
                }
                return new Subscription(rs.getString(1), secrets);
            }
        }
    }

    /** Records the attempt and moves the delivery and its subscription on, in one transaction. */
    private void finish(Claimed delivery, WebhookSender.Result result, String forcedStatus) {
        String outcome;
        String status;
        Duration retryIn = null;
        boolean gone = result.status() != null && result.status() == 410;
        if (forcedStatus != null) {
            outcome = "discarded";
            status = forcedStatus;
        } else if (result.success()) {
            outcome = "delivered";
            status = "DELIVERED";
        } else if (gone) {
            outcome = "gone";
            status = "FAILED";
        } else if (delivery.attempt() > settings.retrySchedule().size()) {
            outcome = result.refused() ? "refused" : "failed";
            status = "FAILED";
        } else {
            outcome = result.refused() ? "refused" : "retrying";
            status = "PENDING";
            Duration base = settings.retrySchedule().get(delivery.attempt() - 1);
            double factor = 1 + settings.jitter() * (2 * ThreadLocalRandom.current().nextDouble() - 1);
            retryIn = Duration.ofMillis(Math.max(0, Math.round(base.toMillis() * factor)));
        }
        String reason = result.reason() != null ? result.reason()
                : result.status() != null && !result.success() ? "HTTP " + result.status() : null;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO webhook_attempt (id, delivery_id,"
                        + " subscription_id, municipality_code, event_id, event_type, attempt, at, status_code,"
                        + " duration_ms, outcome, reason) SELECT ?, d.id, d.subscription_id, d.municipality_code,"
                        + " d.event_id, d.event_type, ?, ?, ?, ?, ?, ? FROM webhook_delivery d WHERE d.id = ?")) {
                    ps.setObject(1, UUID.randomUUID());
                    ps.setInt(2, delivery.attempt());
                    ps.setTimestamp(3, Timestamp.from(Instant.now()));
                    ps.setObject(4, result.status());
                    ps.setInt(5, (int) Math.min(Integer.MAX_VALUE, result.millis()));
                    ps.setString(6, outcome);
                    ps.setString(7, reason == null ? null : truncate(reason));
                    ps.setObject(8, delivery.id());
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("UPDATE webhook_delivery SET status = ?,"
                        + " next_attempt_at = CASE WHEN ? THEN now() + ? * interval '1 millisecond'"
                        + " ELSE next_attempt_at END, delivered_at = CASE WHEN ? THEN now() END"
                        + " WHERE id = ? AND attempts = ?")) {
                    ps.setString(1, status);
                    ps.setBoolean(2, retryIn != null);
                    ps.setLong(3, retryIn == null ? 0 : retryIn.toMillis());
                    ps.setBoolean(4, "DELIVERED".equals(status));
                    ps.setObject(5, delivery.id());
                    ps.setInt(6, delivery.attempt());
                    ps.executeUpdate();
                }
                if ("delivered".equals(outcome)) {
                    try (PreparedStatement ps = c.prepareStatement("UPDATE webhook_subscription"
                            + " SET failing_since = NULL WHERE id = ? AND failing_since IS NOT NULL")) {
                        ps.setObject(1, delivery.subscriptionId());
                        ps.executeUpdate();
                    }
                } else if (!"discarded".equals(outcome)) {
                    try (PreparedStatement ps = c.prepareStatement("UPDATE webhook_subscription SET"
                            + " failing_since = coalesce(failing_since, now()), last_failure = ?,"
                            + " enabled = CASE WHEN ? OR coalesce(failing_since, now()) < now() - ? * interval"
                            + " '1 millisecond' THEN FALSE ELSE enabled END,"
                            + " disabled_reason = CASE WHEN ? THEN 'the endpoint answered 410 Gone'"
                            + " WHEN coalesce(failing_since, now()) < now() - ? * interval '1 millisecond'"
                            + " THEN 'deliveries failed for longer than ' || ? ELSE disabled_reason END,"
                            + " version = version + CASE WHEN ? OR coalesce(failing_since, now()) < now() - ?"
                            + " * interval '1 millisecond' THEN 1 ELSE 0 END WHERE id = ?")) {
                        long disableAfter = settings.disableAfter().toMillis();
                        ps.setString(1, truncate(Instant.now() + " attempt " + delivery.attempt() + " of event "
                                + delivery.eventId() + ": " + reason));
                        ps.setBoolean(2, gone);
                        ps.setLong(3, disableAfter);
                        ps.setBoolean(4, gone);
                        ps.setLong(5, disableAfter);
                        ps.setString(6, settings.disableAfter().toString());
                        ps.setBoolean(7, gone);
                        ps.setLong(8, disableAfter);
                        ps.setObject(9, delivery.subscriptionId());
                        ps.executeUpdate();
                    }
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record a webhook attempt", e);
        }
        outcomes.accept(outcome);
    }

    private static String truncate(String text) {
        return text.length() > 300 ? text.substring(0, 300) : text;
    }

    /** The age in seconds of the oldest delivery not yet done, 0 when none. */
    public long oldestUndeliveredSeconds() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT coalesce(extract(epoch FROM now() - min(d.committed_at)), 0) FROM webhook_delivery d"
                        + " JOIN webhook_subscription s ON s.id = d.subscription_id"
                        + " WHERE d.status = 'PENDING' AND s.enabled")) {
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? (long) rs.getDouble(1) : 0;
            }
        } catch (SQLException e) {
            return -1;
        }
    }

    /** Removes events, deliveries and attempts older than the retention. */
    public void purge() {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            long millis = settings.retention().toMillis();
            for (String sql : List.of(
                    "DELETE FROM webhook_delivery WHERE status <> 'PENDING' AND committed_at < now() - ? * interval"
                            + " '1 millisecond'",
                    "DELETE FROM event_outbox WHERE time < now() - ? * interval '1 millisecond'")) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setLong(1, millis);
                    ps.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not remove old events", e);
        }
    }
}
