package nl.speelveld.assessment.observability;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.speelveld.assessment.Api;
import nl.speelveld.assessment.StubbedServices;
import nl.speelveld.assessment.Zonnewijk;
import nl.speelveld.devtools.PostgresTestResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The metrics an operator reads (issue 14), as /q/metrics on the management port shows them: no label holds an id
 * (50 different initiatives assessed and 50 unknown assessment ids read: the series of the server and client request
 * metrics stay a handful of route templates), the assessments' duration and size with histogram buckets, the pool's
 * use against its maximum, and the requests per municipality with only the municipalities of the tokens.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
@QuarkusTestResource(StubbedServices.class)
class MetricsTest {

    static final Pattern UUID_LIKE = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-");
    static final Pattern LABELS = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    @StubbedServices.Initiatives
    WireMockServer initiatives;
    @StubbedServices.Stakeholders
    WireMockServer stakeholders;

    static String metrics() {
        int port = ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
        return given().when().get("http://localhost:" + port + "/q/metrics").then().statusCode(200).extract().asString();
    }

    static List<String> series(String metrics, String name) {
        List<String> out = new ArrayList<>();
        for (String line : metrics.split("\n")) {
            if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
                out.add(line);
            }
        }
        return out;
    }

    static Set<String> label(List<String> series, String label) {
        Set<String> values = new TreeSet<>();
        for (String line : series) {
            Matcher m = LABELS.matcher(line.substring(0, line.lastIndexOf('}') + 1));
            while (m.find()) {
                if (m.group(1).equals(label)) {
                    values.add(m.group(2));
                }
            }
        }
        return values;
    }

    @Test
    void shouldKeepIdsOutOfEveryLabelAndTheSeriesFew() {
        String before = metrics();
        int serverBefore = series(before, "http_server_requests_seconds_count").size();
        int clientBefore = series(before, "http_client_requests_seconds_count").size();
        for (int i = 0; i < 50; i++) {
            Zonnewijk z = new Zonnewijk(i % 2 == 0 ? "GM0344" : "GM0363", i % 2 == 0 ? Api.GM0344 : Api.GM0363)
                    .stub(initiatives, stakeholders);
            Api.assess(i % 2 == 0 ? Api.GM0344 : Api.GM0363, z.initiativeId).then().statusCode(201);
            Api.as(Api.GM0344).when().get("/v1/assessments/" + UUID.randomUUID()).then().statusCode(404);
            // a request that matches no resource method (decision records are never edited): labelled by its path
            Api.as(Api.GM0344).when().delete("/v1/assessments/" + UUID.randomUUID() + "/decision-records/"
                    + UUID.randomUUID()).then().statusCode(405);
        }
        String metrics = metrics();
        for (String line : metrics.split("\n")) {
            if (!line.startsWith("#")) {
                assertFalse(UUID_LIKE.matcher(line).find(), "an id in a label: " + line);
            }
        }
        List<String> server = series(metrics, "http_server_requests_seconds_count");
        Set<String> serverUris = label(server, "uri");
        assertTrue(serverUris.contains("/v1/assessments") && serverUris.contains("/v1/assessments/{id}"),
                serverUris.toString());
        // 50 assessments of 50 initiatives, 50 reads of 50 unknown ids and 50 refused deletes: at most a few new series (a route and
        // status not seen before), never one per id
        assertTrue(server.size() - serverBefore <= 5, (server.size() - serverBefore) + " new series: " + serverUris);

        List<String> client = series(metrics, "http_client_requests_seconds_count");
        Set<String> clientUris = label(client, "uri");
        assertFalse(client.isEmpty(), "the calls to the other services are measured");
        assertTrue(clientUris.contains("/v1/initiatives/{id}"), "route templates of the called service: " + clientUris);
        // about 13 reads per initiative, 50 initiatives: the series are per called route, not per initiative
        assertTrue(client.size() - clientBefore <= 15, (client.size() - clientBefore) + " new series: " + clientUris);
        // histogram buckets: a short fixed list per series
        List<String> buckets = series(metrics, "http_server_requests_seconds_bucket");
        assertTrue(!buckets.isEmpty() && buckets.size() <= server.size() * 11, buckets.size() + " bucket series");
    }

    @Test
    void shouldMeasureAssessmentsAndThePoolAndCountRequestsPerMunicipality() {
        Zonnewijk z = new Zonnewijk("GM0344", Api.GM0344).stub(initiatives, stakeholders);
        Api.assess(Api.GM0344, z.initiativeId).then().statusCode(201);
        given().when().get("/v1/assessments").then().statusCode(401);
        String metrics = metrics();
        List<String> duration = series(metrics, "speelveld_assessment_duration_seconds_count");
        assertEquals(1, duration.size(), "one series, no label: " + duration);
        assertTrue(Double.parseDouble(duration.get(0).substring(duration.get(0).lastIndexOf(' ') + 1)) >= 1);
        assertTrue(series(metrics, "speelveld_assessment_duration_seconds_bucket").size() >= 10, "duration buckets");
        List<String> groups = series(metrics, "speelveld_assessment_groups_max");
        assertEquals(1, groups.size(), groups.toString());
        assertTrue(Double.parseDouble(groups.get(0).substring(groups.get(0).lastIndexOf(' ') + 1)) >= 7,
                "Zonnewijk has 7 groups: " + groups);
        assertFalse(series(metrics, "speelveld_assessment_interests_bucket").isEmpty(), "interest buckets");

        assertFalse(series(metrics, "agroal_active_count").isEmpty(), "the pool's connections in use");
        assertFalse(series(metrics, "agroal_awaiting_count").isEmpty(), "requests waiting for a connection");
        List<String> max = series(metrics, "speelveld_datasource_max_size");
        int configured = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.max-size", Integer.class);
        assertEquals(1, max.size(), max.toString());
        assertEquals(configured, (int) Double.parseDouble(max.get(0).substring(max.get(0).lastIndexOf(' ') + 1)));

        List<String> perMunicipality = series(metrics, "speelveld_municipality_requests_total");
        Set<String> municipalities = label(perMunicipality, "municipality");
        assertTrue(municipalities.contains("GM0344"), municipalities.toString());
        for (String code : municipalities) {
            assertTrue(code.matches("GM\\d{4}"), "only CBS codes of tokens: " + municipalities);
        }
        assertTrue(label(perMunicipality, "outcome").contains("SUCCESS"), perMunicipality.toString());
    }
}
