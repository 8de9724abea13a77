package nl.speelveld.conventions.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The transactional outbox: writes one CloudEvents 1.0 event (JSON structured mode) into {@code event_outbox} with
 * the connection of the transaction that makes the change, and in the same transaction one pending delivery for
 * every enabled webhook subscription of the municipality that wants it. A change that rolls back takes its event and
 * deliveries with it; an event cannot exist without its change. Called by {@link OutboxListener} for every
 * {@code TenantRecord} with an {@link EventSubject}.
 */
@ApplicationScoped
@io.quarkus.arc.Unremovable
public class Outbox {

    private static final Object TX_KEY = new Object();

    private final AgroalDataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    private final ObjectMapper json;
    private final EventMetrics metrics;
    private final Deliveries deliveries;
    private final String source;
    private final String hrefBase;
    private final Set<String> catalogue;

    Outbox(AgroalDataSource dataSource, TransactionSynchronizationRegistry transactions, ObjectMapper json,
            EventMetrics metrics, Deliveries deliveries, Config config,
            @ConfigProperty(name = "quarkus.application.name", defaultValue = "speelveld") String application,
            @ConfigProperty(name = "speelveld.events.href-base", defaultValue = "/v1") String hrefBase) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.json = json;
        this.metrics = metrics;
        this.deliveries = deliveries;
        this.source = "/" + application;
        this.hrefBase = hrefBase.endsWith("/") ? hrefBase.substring(0, hrefBase.length() - 1) : hrefBase;
        this.catalogue = new HashSet<>(EventCatalogue.types(config));
    }

    /** The event's JSON, exactly as the feed serves it and a webhook delivers it. */
    String event(UUID id, String type, EventSubject subject, String municipality, UUID resourceId, long version,
            Instant time) {
        ObjectNode event = json.createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", id.toString());
        event.put("source", source);
        event.put("type", type);
        event.put("subject", subject.path());
        event.put("time", time.toString());
        event.put("datacontenttype", "application/json");
        ObjectNode data = event.putObject("data");
        data.put("id", resourceId.toString());
        if (subject.initiativeId() != null) {
            data.put("initiativeId", subject.initiativeId().toString());
        }
        subject.ids().forEach((name, value) -> data.put(name, value == null ? null : value.toString()));
        data.put("municipalityCode", municipality);
        data.put("version", version);
        data.put("href", hrefBase + "/" + subject.path());
        try {
            return json.writeValueAsString(event);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes the event of one change. Must run inside the change's transaction: the data source hands out the
     * connection already enlisted in it, so the insert commits or rolls back with the change.
     */
    public void write(String municipality, UUID resourceId, long version, EventSubject subject, String action) {
        String type = EventCatalogue.type(subject.resource(), action);
        if (!catalogue.contains(type)) {
            // The test suites fail on it, so that the catalogue (OpenAPI webhooks, docs) cannot fall behind the code;
            // a running service writes the event anyway and logs the gap.
            if (io.quarkus.runtime.LaunchMode.current() == io.quarkus.runtime.LaunchMode.TEST) {
                throw new IllegalStateException("Event type " + type + " is not in speelveld.events.resources");
            }
            org.jboss.logging.Logger.getLogger(Outbox.class).errorf("Event type %s is not in the catalogue", type);
        }
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("An event is written only inside the transaction of its change");
        }
        UUID id = UUID.randomUUID();
        Instant time = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String body = event(id, type, subject, municipality, resourceId, version, time);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO event_outbox (id, municipality_code,"
                    + " type, subject, initiative_id, time, body) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, id);
                insert.setString(2, municipality);
                insert.setString(3, type);
                insert.setString(4, subject.path());
                insert.setObject(5, subject.initiativeId());
                insert.setTimestamp(6, Timestamp.from(time));
                insert.setString(7, body);
                insert.executeUpdate();
            }
            try (PreparedStatement fanOut = c.prepareStatement("INSERT INTO webhook_delivery (id, subscription_id,"
                    + " municipality_code, event_id, event_type) SELECT gen_random_uuid(), s.id, s.municipality_code,"
                    + " ?, ? FROM webhook_subscription s WHERE s.municipality_code = ? AND s.enabled"
                    + " AND ? = ANY (s.types) AND (s.initiative_id IS NULL OR s.initiative_id = ?)")) {
                fanOut.setObject(1, id);
                fanOut.setString(2, type);
                fanOut.setString(3, municipality);
                fanOut.setString(4, type);
                fanOut.setObject(5, subject.initiativeId());
                fanOut.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the event " + type, e);
        }
        afterCommit(type);
    }

    /**
     * Writes the {@code deleted} event of a record that a bulk statement removes (an SQL {@code DELETE} or a
     * database cascade bypasses the entity listener). Read the records first, call this for each inside the same
     * transaction, then run the statement: the events commit or roll back with the removal.
     */
    public void deleted(nl.speelveld.conventions.persistence.TenantRecord record) {
        EventSubject subject = record.eventSubject();
        if (subject != null) {
            write(record.municipalityCode(), record.id(), record.version(), subject, "deleted");
        }
    }

    /** Counts the transaction's events and wakes this instance's delivery workers once it has committed. */
    @SuppressWarnings("unchecked")
    private void afterCommit(String type) {
        List<String> written = (List<String>) transactions.getResource(TX_KEY);
        if (written == null) {
            List<String> types = new java.util.ArrayList<>();
            transactions.putResource(TX_KEY, types);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        types.forEach(metrics::written);
                        deliveries.wake();
                    }
                }
            });
            written = types;
        }
        written.add(type);
    }
}
