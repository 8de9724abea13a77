package nl.speelveld.conventions.events;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import nl.speelveld.devtools.PostgresTestResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static nl.speelveld.conventions.events.WebhooksTest.A;
import static nl.speelveld.conventions.events.WebhooksTest.await;
import static nl.speelveld.conventions.events.WebhooksTest.subscribe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The events' metrics as an operator's scraper reads them from /q/metrics on the management port (docs/events.md,
 * Operators): the counters move by the events committed and the delivery attempts made, and the oldest-undelivered
 * gauge shows the age of a pending delivery and falls once it is delivered.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "conventions"))
class EventMetricsTest {

    static final String WRITTEN = "speelveld_events_written_total";
    static final String DELIVERIES = "speelveld_webhook_deliveries_total";
    static final String OLDEST = "speelveld_webhook_oldest_undelivered_seconds";

    @Inject
    AgroalDataSource dataSource;

    /** One series' value in the Prometheus text the management port serves; 0 when the series does not exist yet. */
    static double metric(String name, String label, String value) {
        int port = ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
        String text = given().get("http://localhost:" + port + "/q/metrics").then().statusCode(200).extract()
                .asString();
        Pattern series = Pattern.compile("^" + Pattern.quote(name)
                + "(\\{[^}]*})? ([0-9.eE+-]+)(?: [0-9]+)?(?: # \\{.*)?$", Pattern.MULTILINE);
        Matcher m = series.matcher(text);
        while (m.find()) {
            String labels = m.group(1) == null ? "" : m.group(1);
            if (label == null || labels.contains(label + "=\"" + value + "\"")) {
                return Double.parseDouble(m.group(2));
            }
        }
        if (text.lines().anyMatch(line -> line.startsWith(name) && (label == null || line.contains(label + "=\"" + value
                + "\"")))) {
            throw new AssertionError("a series of " + name + " that the pattern does not read: " + text.lines()
                    .filter(line -> line.startsWith(name)).toList());
        }
        return 0;
    }

    @Test
    void shouldCountTheEventsCommittedAndNotThoseRolledBack() {
        String created = "nl.speelveld.probe.created.v1";
        String updated = "nl.speelveld.probe.updated.v1";
        double createdBefore = metric(WRITTEN, "type", created);
        double updatedBefore = metric(WRITTEN, "type", updated);
        String id = EventsTest.create(A);
        EventsTest.create(A);
        EventsTest.create(A);
        given().auth().oauth2(A).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"0\"")
                .body("{\"size\": 4}").patch("/v1/probes/" + id).then().statusCode(200);
        // a request that rolls back writes no event and counts none
        given().auth().oauth2(A).contentType(ContentType.JSON).body("{\"name\": {\"nl\": \"terugdraai\"}, \"kind\":"
                + " \"SMALL\", \"size\": 5}").post("/v1/probes/failing").then().statusCode(409);
        assertEquals(createdBefore + 3, metric(WRITTEN, "type", created));
        assertEquals(updatedBefore + 1, metric(WRITTEN, "type", updated));
    }

    @Test
    void shouldCountDeliveriesByOutcomeAndShowTheOldestUndelivered() throws Exception {
        String deleted = "nl.speelveld.probe.deleted.v1";
        try (Receiver receiver = new Receiver("127.0.0.1")) {
            receiver.answer("/metrics", n -> n == 1 ? 500 : 204);
            WebhooksTest.Subscription s = subscribe(A, receiver.url("/metrics"), deleted);
            double retrying = metric(DELIVERIES, "outcome", "retrying");
            double delivered = metric(DELIVERIES, "outcome", "delivered");
            String id = EventsTest.create(A);
            given().auth().oauth2(A).post("/v1/probes/" + id + "/removal").then().statusCode(204);
            await("a 500 and then a 204", () -> receiver.on("/metrics").size() >= 2);
            await("the attempts counted", () -> metric(DELIVERIES, "outcome", "retrying") >= retrying + 1
                    && metric(DELIVERIES, "outcome", "delivered") >= delivered + 1);

            // A delivery pending for an hour (as after a long outage of the receiver), not due for another hour.
            UUID eventId = UUID.randomUUID();
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO webhook_delivery (id, subscription_id, municipality_code, event_id, event_type,"
                            + " payload, committed_at, next_attempt_at) VALUES (gen_random_uuid(), ?, 'GM0344', ?, ?,"
                            + " ?, now() - interval '1 hour', now() + interval '1 hour')")) {
                ps.setObject(1, UUID.fromString(s.id()));
                ps.setObject(2, eventId);
                ps.setString(3, deleted);
                ps.setString(4, "{\"id\":\"" + eventId + "\"}");
                ps.executeUpdate();
            }
            await("the gauge shows the hour", () -> metric(OLDEST, null, null) >= 3600);
            double stalled = metric(OLDEST, null, null);
            assertTrue(stalled < 3600 + 120, "the age of that delivery, not more: " + stalled);
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                    "UPDATE webhook_delivery SET next_attempt_at = now() WHERE event_id = ?")) {
                ps.setObject(1, eventId);
                ps.executeUpdate();
            }
            await("delivered", () -> receiver.on("/metrics").stream().anyMatch(r -> eventId.toString()
                    .equals(r.id())));
            await("the gauge falls once it is delivered", () -> metric(OLDEST, null, null) < 3600);
        }
    }
}
