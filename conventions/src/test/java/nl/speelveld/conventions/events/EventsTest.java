package nl.speelveld.conventions.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import nl.speelveld.devtools.PostgresTestResource;
import nl.speelveld.devtools.TestTokens;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outbox and the change feed on a real PostgreSQL, through the probe resource: one event per kind of change in
 * the change's transaction, none after a rollback, the feed's order and cursor with writers that commit out of
 * order, and tenancy.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "conventions"))
class EventsTest {

    static final String A = TestTokens.token("GM0344", "probes:read", "probes:write");
    static final String B = TestTokens.token("GM0363", "probes:read", "probes:write");
    static final String BODY = "{\"name\": {\"nl\": \"proef\"}, \"kind\": \"SMALL\", \"size\": 3}";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    static String create(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(BODY).post("/v1/probes")
                .then().statusCode(201).extract().path("id");
    }

    /** Every event of the token's municipality from the start of the feed, following the cursor to the end. */
    static List<JsonNode> all(String token, String query) {
        List<JsonNode> events = new ArrayList<>();
        String after = "";
        while (true) {
            Response page = given().auth().oauth2(token).queryParam("after", after).queryParam("limit", 100)
                    .get("/v1/events" + query);
            page.then().statusCode(200);
            JsonNode body = read(page.asString());
            body.get("items").forEach(events::add);
            if (body.get("items").isEmpty()) {
                return events;
            }
            after = body.get("next").asText();
        }
    }

    static JsonNode read(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<JsonNode> of(List<JsonNode> events, String id) {
        return events.stream().filter(e -> e.get("data").get("id").asText().equals(id)).toList();
    }

    @Test
    void shouldWriteOneEventPerKindOfChangeWithIdsVersionAndHrefOnly() {
        String id = create(A);
        given().auth().oauth2(A).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"0\"")
                .body("{\"size\": 4}").patch("/v1/probes/" + id).then().statusCode(200);
        given().auth().oauth2(A).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"1\"")
                .body("{\"name\": {\"nl\": \"anders\"}}").patch("/v1/probes/" + id).then().statusCode(200);
        given().auth().oauth2(A).post("/v1/probes/" + id + "/removal").then().statusCode(204);

        List<JsonNode> events = of(all(A, ""), id);
        assertEquals(List.of("nl.speelveld.probe.created.v1", "nl.speelveld.probe.updated.v1",
                "nl.speelveld.probe.renamed.v1", "nl.speelveld.probe.deleted.v1"),
                events.stream().map(e -> e.get("type").asText()).toList());
        assertEquals(List.of(0L, 1L, 2L, 2L), events.stream().map(e -> e.get("data").get("version").asLong()).toList());
        JsonNode created = events.get(0);
        assertEquals("1.0", created.get("specversion").asText());
        assertEquals("/probe-service", created.get("source").asText());
        assertEquals("probes/" + id, created.get("subject").asText());
        assertEquals("application/json", created.get("datacontenttype").asText());
        UUID.fromString(created.get("id").asText());
        java.time.Instant.parse(created.get("time").asText());
        JsonNode data = created.get("data");
        assertEquals("/v1/probes/" + id, data.get("href").asText());
        assertEquals("GM0344", data.get("municipalityCode").asText());
        Set<String> fields = new HashSet<>();
        data.fieldNames().forEachRemaining(fields::add);
        assertEquals(Set.of("id", "municipalityCode", "version", "href"), fields, "no texts, no counts in data");
        assertFalse(created.toString().contains("proef"), "the resource's text is never in an event");
    }

    @Test
    void shouldLeaveNoEventWhenTheRequestRollsBack() throws Exception {
        long before = count("SELECT count(*) FROM event_outbox");
        given().auth().oauth2(A).contentType(ContentType.JSON).body("{\"name\": {\"nl\": \"terugdraai\"}, \"kind\":"
                + " \"SMALL\", \"size\": 5}").post("/v1/probes/failing").then().statusCode(409);
        assertEquals(before, count("SELECT count(*) FROM event_outbox"));
        assertEquals(0, count("SELECT count(*) FROM probe WHERE size IN (5, 6)"), "the change rolled back too");
        String id = create(A);
        assertEquals(before + 1, count("SELECT count(*) FROM event_outbox"), "a committed create writes its event");
        assertEquals(1, of(all(A, ""), id).size());
    }

    @Test
    void shouldNotSkipAnEventWhoseTransactionCommitsAfterALaterOne() throws Exception {
        String start = cursorAtEnd(A);
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            UUID early = insertEvent(first);   // takes the smaller transaction id and sequence number
            UUID late = insertEvent(second);
            second.commit();                   // ... but commits first

            // A reader now must not be served `late` past `early`: the feed holds it back while `first` runs.
            JsonNode page = read(given().auth().oauth2(A).queryParam("after", start).get("/v1/events").asString());
            List<String> seen = new ArrayList<>();
            page.get("items").forEach(e -> seen.add(e.get("id").asText()));
            assertFalse(seen.contains(late.toString()), "an event is not served while an older transaction runs");
            String next = page.get("next").asText();

            first.commit();
            JsonNode after = read(given().auth().oauth2(A).queryParam("after", next).get("/v1/events").asString());
            List<String> then = new ArrayList<>();
            after.get("items").forEach(e -> then.add(e.get("id").asText()));
            assertTrue(then.indexOf(early.toString()) >= 0, "the reader following its cursor gets the early event");
            assertTrue(then.indexOf(early.toString()) < then.indexOf(late.toString()), "in a stable order");
        }
    }

    @Test
    void shouldGiveAReaderFollowingTheCursorEveryEventOnceWhileManyWritersCommit() throws Exception {
        String start = cursorAtEnd(A);
        ExecutorService writers = Executors.newFixedThreadPool(6);
        List<Future<String>> created = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            created.add(writers.submit(() -> create(A)));
        }
        // One reader follows the cursor while the writers commit in whatever order they finish.
        AtomicBoolean done = new AtomicBoolean();
        List<String> seen = new ArrayList<>();
        Future<?> reader = Executors.newSingleThreadExecutor().submit(() -> {
            String after = start;
            boolean last = false;
            while (true) {
                JsonNode page = read(given().auth().oauth2(A).queryParam("after", after).queryParam("limit", 7)
                        .get("/v1/events").asString());
                page.get("items").forEach(e -> seen.add(e.get("data").get("id").asText()));
                after = page.get("next").asText();
                if (page.get("items").isEmpty()) {
                    if (last) {
                        return;
                    }
                    last = done.get();
                }
            }
        });
        Set<String> ids = new HashSet<>();
        for (Future<String> f : created) {
            ids.add(f.get());
        }
        done.set(true);
        reader.get();
        writers.shutdown();
        List<String> ours = seen.stream().filter(ids::contains).toList();
        assertEquals(60, ours.size(), "every event once, none skipped, none twice");
        assertEquals(ids, new HashSet<>(ours));
    }

    @Test
    void shouldKeepTheFeedToTheMunicipalityAndCheckItsParameters() {
        String id = create(A);
        List<JsonNode> theirs = all(B, "");
        assertTrue(of(theirs, id).isEmpty(), "another municipality never sees the event");
        theirs.forEach(e -> assertEquals("GM0363", e.get("data").get("municipalityCode").asText()));
        // A cursor of A is no cursor for B
        String cursor = cursorAtEnd(A);
        given().auth().oauth2(B).queryParam("after", cursor).get("/v1/events").then().statusCode(400)
                .body("errors[0].field", equalTo("after"));
        given().auth().oauth2(A).queryParam("type", "nl.speelveld.nothing.v1").get("/v1/events").then()
                .statusCode(400).body("errors[0].field", equalTo("type"));
        given().auth().oauth2(A).queryParam("initiativeId", "abc").get("/v1/events").then().statusCode(400)
                .body("errors[0].field", equalTo("initiativeId"));
        given().auth().oauth2(A).queryParam("limit", "0").get("/v1/events").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().auth().oauth2(TestTokens.token("GM0344", "probes:write")).get("/v1/events").then().statusCode(403);
        // the type filter
        List<JsonNode> created = all(A, "?type=nl.speelveld.probe.created.v1");
        assertFalse(created.isEmpty());
        created.forEach(e -> assertEquals("nl.speelveld.probe.created.v1", e.get("type").asText()));
        given().auth().oauth2(A).queryParam("initiativeId", UUID.randomUUID()).get("/v1/events").then()
                .statusCode(200).body("items.size()", equalTo(0)).body("next", not(equalTo(null)));
    }

    private String cursorAtEnd(String token) {
        List<JsonNode> ignored = new ArrayList<>();
        String after = "";
        while (true) {
            JsonNode page = read(given().auth().oauth2(token).queryParam("after", after).queryParam("limit", 100)
                    .get("/v1/events").asString());
            after = page.get("next").asText();
            if (page.get("items").isEmpty()) {
                return after;
            }
            page.get("items").forEach(ignored::add);
        }
    }

    private UUID insertEvent(Connection c) throws Exception {
        UUID id = UUID.randomUUID();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_outbox (id, municipality_code, type,"
                + " subject, time, body) VALUES (?, 'GM0344', 'nl.speelveld.probe.created.v1', 'probes/x', now(), ?)")) {
            ps.setObject(1, id);
            ps.setString(2, "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"/probe-service\",\"type\":"
                    + "\"nl.speelveld.probe.created.v1\",\"subject\":\"probes/" + id + "\",\"time\":\"2026-01-01T00:00:00Z\","
                    + "\"datacontenttype\":\"application/json\",\"data\":{\"id\":\"" + id + "\",\"municipalityCode\":"
                    + "\"GM0344\",\"version\":0,\"href\":\"/v1/probes/" + id + "\"}}");
            ps.executeUpdate();
        }
        return id;
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
