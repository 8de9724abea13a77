package nl.speelveld.initiative;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.speelveld.devtools.PostgresTestResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static nl.speelveld.initiative.Fixtures.GM0344;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Health and metrics are on the management port only (issue 13): the API port answers none of them, whatever the
 * spelling of the path; the metrics label requests with route templates, never with raw ids, and name no exception
 * classes.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "initiative"))
class ManagementInterfaceTest {

    @jakarta.inject.Inject
    io.smallrye.faulttolerance.api.CircuitBreakerMaintenance breakers;

    private static final Pattern URI_LABEL = Pattern.compile("uri=\"([^\"]*)\"");

    static int managementPort() {
        int port = ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
        assertNotEquals(0, port, "the management interface's actual test port");
        return port;
    }

    static String management(String path) {
        return "http://localhost:" + managementPort() + path;
    }

    @Test
    void shouldAnswerHealthAndMetricsOnTheManagementPort() {
        given().when().get(management("/q/health/ready"))
                .then().statusCode(200).body("status", equalTo("UP"));
        given().when().get(management("/q/health/live"))
                .then().statusCode(200).body("status", equalTo("UP"));
        given().when().get(management("/q/health/started"))
                .then().statusCode(200);
        given().when().get(management("/q/metrics"))
                .then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void shouldAnswerNoHealthOrMetricsOnTheApiPort() {
        List<String> tricks = List.of("/q/metrics", "/q/metrics/", "/q/health", "/q/health/ready", "/q/health/live",
                "/q/info", "/q/dev-ui", "/Q/METRICS", "//q/metrics", "/v1/%2e%2e/q/metrics", "/v1/%2E%2E/q/metrics",
                "/v1/..%2fq/metrics", "/v1/%2e%2e%2fq%2fmetrics", "/v1/../q/metrics", "/v1/./../q/metrics",
                "/v1/..;/q/metrics", "/%71/metrics", "/q/%6detrics", "/q/metrics;x=y", "/q/metrics?format=json",
                "/v1/initiatives/%2e%2e/%2e%2e/q/metrics", "/metrics", "/q/openapi");
        for (String path : tricks) {
            String body = given().urlEncodingEnabled(false).auth().oauth2(GM0344)
                    .when().get(path)
                    .then().statusCode(not(equalTo(200)))
                    .extract().asString();
            assertFalse(body.contains("jvm_") || body.contains("http_server") || body.contains("\"checks\""),
                    path + " answered with management content: " + body);
        }
    }

    @Test
    void shouldKeepThePublicOpenApiDocumentAndSwaggerUiOnTheApiPort() {
        given().when().get("/v1/openapi.json").then().statusCode(200).body("openapi", containsString("3."));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
        given().when().get(management("/v1/openapi.json")).then().statusCode(not(equalTo(200)));
    }

    @Test
    void shouldLabelRequestsWithRouteTemplatesNeverRawIds() {
        String known = Fixtures.initiative(GM0344);
        given().auth().oauth2(GM0344).when().get("/v1/initiatives/" + known).then().statusCode(200);
        for (int i = 0; i < 50; i++) {
            String id = UUID.randomUUID().toString();
            given().auth().oauth2(GM0344).when().get("/v1/initiatives/" + id).then().statusCode(404);
            given().auth().oauth2(GM0344).when().get("/v1/initiatives/" + id + "/issues").then().statusCode(404);
            given().auth().oauth2(GM0344).when().get("/v1/initiatives/not-an-id-" + i).then().statusCode(404);
            given().auth().oauth2(GM0344).when().get("/v1/nothing-here/" + id).then().statusCode(404);
            given().when().get("/v1/initiatives/" + id).then().statusCode(401);
            given().urlEncodingEnabled(false).auth().oauth2(GM0344)
                    .when().get("/v1/initiatives/" + "x".repeat(5000) + i).then().statusCode(414);
            given().urlEncodingEnabled(false).auth().oauth2(GM0344)
                    .when().get("/v1/initiatives/nul%00" + i).then().statusCode(400);
        }
        String metrics = given().when().get(management("/q/metrics")).then().statusCode(200).extract().asString();
        Set<String> uris = new TreeSet<>();
        int series = 0;
        for (String line : metrics.split("\n")) {
            if (line.startsWith("http_server_requests_seconds_count{")) {
                series++;
                Matcher m = URI_LABEL.matcher(line);
                assertTrue(m.find(), "no uri label: " + line);
                uris.add(m.group(1));
            }
        }
        assertTrue(uris.contains("/v1/initiatives/{id}"), "route template expected among " + uris);
        for (String uri : uris) {
            assertFalse(uri.matches(".*[0-9a-f]{8}-[0-9a-f]{4}-.*") || uri.contains("not-an-id")
                    || uri.contains("nothing-here") || uri.contains("xxxx") || uri.contains("nul"),
                    "a raw path as uri label: " + uri + " among " + uris);
        }
        // 350 requests to 7 × 50 different paths: a handful of templates, not one series per path
        assertTrue(series < 40, series + " series of http_server_requests_seconds_count: " + uris);
    }

    @Test
    void shouldNameNoExceptionClassesInTheMetrics() {
        given().auth().oauth2(GM0344).contentType("application/json").body("{\"title\": ")
                .when().post("/v1/initiatives").then().statusCode(400);
        given().auth().oauth2(GM0344).when().get("/v1/initiatives?limit=abc").then().statusCode(400);
        given().auth().oauth2(GM0344).when().get("/v1/initiatives/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2("not-a-token").when().get("/v1/initiatives").then().statusCode(401);
        // a failing call to another service: the HTTP client counts it with the exception's class as a label
        String initiative = Fixtures.initiative(GM0344);
        UUID broken = UUID.randomUUID();
        StakeholderServiceStub.admin().register(com.github.tomakehurst.wiremock.client.WireMock.get(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/v1/stakeholder-groups/" + broken))
                .atPriority(1).willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                        .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));
        try {
            given().auth().oauth2(GM0344).contentType("application/json")
                    .body("{\"label\": {\"nl\": \"x\"}, \"raisedByGroupIds\": [\"" + broken + "\"]}")
                    .when().post("/v1/initiatives/" + initiative + "/issues").then().statusCode(503);
        } finally {
            breakers.resetAll();
        }
        String metrics = given().when().get(management("/q/metrics")).then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("=\"[^\"]*(Exception|Error)[^\"]*\"").matcher(metrics);
        assertFalse(m.find(), () -> "an exception class as a label: " + m.group());
        Matcher dotted = Pattern.compile("(jakarta|java|org|com|io)\\.[a-z0-9.]+\\.[A-Z]\\w*").matcher(metrics);
        assertFalse(dotted.find(), () -> "a class name in the metrics: " + dotted.group());
    }
}
