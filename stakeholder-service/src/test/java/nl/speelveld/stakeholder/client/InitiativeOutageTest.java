package nl.speelveld.stakeholder.client;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import nl.speelveld.devtools.PostgresTestResource;
import nl.speelveld.stakeholder.Fixtures;
import nl.speelveld.stakeholder.InitiativeServiceStub;
import nl.speelveld.stakeholder.InjectInitiativeStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static nl.speelveld.stakeholder.Fixtures.GM0344;
import static nl.speelveld.stakeholder.Fixtures.GM0363;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * When initiative-service cannot answer (down, failing, too slow, or its circuit is open) every operation that needs
 * it answers 503 with Retry-After and stores nothing; when it answers, one municipality's answer is never reused
 * for another.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database",
        value = "stakeholder"))
@QuarkusTestResource(InitiativeServiceStub.class)
class InitiativeOutageTest {

    @InjectInitiativeStub
    WireMockServer initiativeService;

    @Inject
    CircuitBreakerMaintenance breakers;

    @AfterEach
    void healthyAgain() {
        if (!initiativeService.isRunning()) {
            initiativeService.start();
        }
        InitiativeServiceStub.reset(initiativeService);
        breakers.resetAll();
    }

    private static String groupBody(UUID initiative) {
        return "{\"initiativeId\": \"" + initiative + "\", \"name\": \"Huurders sociale huur\"}";
    }

    private static void assertNoGroups(UUID initiative) {
        given().auth().oauth2(GM0344).queryParam("initiativeId", initiative.toString())
                .when().get("/v1/stakeholder-groups")
                .then().statusCode(200).body("items", hasSize(0));
    }

    private static void assertUnavailable(io.restassured.response.ValidatableResponse response) {
        response.log().ifValidationFails().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("5"))
                .body("type", equalTo("/problems/dependency-unavailable"))
                .body("status", equalTo(503))
                .body("detail", containsString("Nothing was stored"));
    }

    @Test
    void shouldAnswer503AndStoreNothingWhileInitiativeServiceIsDown() {
        UUID initiative = Fixtures.initiative();
        initiativeService.stop();
        assertUnavailable(given().auth().oauth2(GM0344).contentType(ContentType.JSON)
                .header("Idempotency-Key", "outage-" + initiative).body(groupBody(initiative))
                .when().post("/v1/stakeholder-groups").then());
        assertUnavailable(given().auth().oauth2(GM0344).when().get("/v1/interest-matrices/" + initiative).then());
        initiativeService.start();
        assertNoGroups(initiative);
        // The failed create released its Idempotency-Key: the retry the client was told to make succeeds.
        given().auth().oauth2(GM0344).contentType(ContentType.JSON)
                .header("Idempotency-Key", "outage-" + initiative).body(groupBody(initiative))
                .when().post("/v1/stakeholder-groups")
                .then().statusCode(201);
    }

    @Test
    void shouldRetryAConnectionFailureThenAnswer503() {
        UUID initiative = Fixtures.initiative();
        initiativeService.stubFor(get(urlPathEqualTo("/v1/initiatives/" + initiative)).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertUnavailable(given().auth().oauth2(GM0344).contentType(ContentType.JSON).body(groupBody(initiative))
                .when().post("/v1/stakeholder-groups").then());
        initiativeService.verify(3, getRequestedFor(urlPathEqualTo("/v1/initiatives/" + initiative)));
        assertNoGroups(initiative);
    }

    @Test
    void shouldAnswer503WhenInitiativeServiceAnswersTooSlowly() {
        UUID initiative = Fixtures.initiative();
        String group = Fixtures.group(GM0344, initiative, "Leden", "");
        // Slower than the read timeout (1 s in the test profile, 5 s in production).
        initiativeService.stubFor(get(urlPathEqualTo("/v1/initiatives/" + initiative)).atPriority(1)
                .willReturn(InitiativeServiceStub.json(200, InitiativeServiceStub.INITIATIVE).withFixedDelay(1500)));
        assertUnavailable(given().auth().oauth2(GM0344).contentType(ContentType.JSON)
                .body("{\"initiativeId\": \"" + initiative + "\", \"representativeGroupId\": \"" + group
                        + "\", \"heldOn\": \"2026-06-01\", \"issueStances\": []}")
                .when().post("/v1/constituency-consultations").then());
        given().auth().oauth2(GM0344).queryParam("initiativeId", initiative.toString())
                .when().get("/v1/constituency-consultations")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void shouldAnswer503WhenTheIssueCheckFailsWithA5xx() {
        UUID initiative = Fixtures.initiative();
        String group = Fixtures.group(GM0344, initiative, "Leden", "");
        UUID issue = UUID.randomUUID();
        initiativeService.stubFor(get(urlPathEqualTo("/v1/initiatives/" + initiative + "/issues/" + issue))
                .atPriority(1).willReturn(InitiativeServiceStub.problem(500, "{\"status\": 500}")));
        assertUnavailable(given().auth().oauth2(GM0344).contentType(ContentType.JSON)
                .body("{\"initiativeId\": \"" + initiative + "\", \"groupId\": \"" + group + "\", \"issueId\": \""
                        + issue + "\", \"kind\": \"WISH\", \"stance\": \"SUPPORT\"}")
                .when().post("/v1/interests").then());
        given().auth().oauth2(GM0344).queryParam("initiativeId", initiative.toString()).when().get("/v1/interests")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void shouldStopAskingWhileTheCircuitIsOpen() {
        initiativeService.stubFor(get(urlPathMatching("/v1/initiatives/.*")).atPriority(1)
                .willReturn(InitiativeServiceStub.problem(503, "{\"status\": 503}")));
        for (int i = 0; i < 4; i++) {
            assertUnavailable(given().auth().oauth2(GM0344).contentType(ContentType.JSON)
                    .body(groupBody(Fixtures.initiative())).when().post("/v1/stakeholder-groups").then());
        }
        assertEquals(CircuitBreakerState.OPEN, breakers.currentState(InitiativeClient.INITIATIVE_BREAKER));
        InitiativeServiceStub.reset(initiativeService);
        UUID initiative = Fixtures.initiative();
        assertUnavailable(given().auth().oauth2(GM0344).contentType(ContentType.JSON).body(groupBody(initiative))
                .when().post("/v1/stakeholder-groups").then());
        initiativeService.verify(0, getRequestedFor(urlPathEqualTo("/v1/initiatives/" + initiative)));
        breakers.resetAll();
        given().auth().oauth2(GM0344).contentType(ContentType.JSON).body(groupBody(initiative))
                .when().post("/v1/stakeholder-groups").then().statusCode(201);
    }

    @Test
    void shouldNeverReuseOneMunicipalitysAnswerForAnother() {
        UUID initiative = Fixtures.initiative();
        // initiative-service knows this initiative for GM0344 only, as it does with tenancy from the token.
        initiativeService.stubFor(get(urlPathEqualTo("/v1/initiatives/" + initiative)).atPriority(1)
                .withHeader("Authorization",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer " + GM0344))
                .willReturn(InitiativeServiceStub.json(200, InitiativeServiceStub.INITIATIVE)));
        initiativeService.stubFor(get(urlPathEqualTo("/v1/initiatives/" + initiative)).atPriority(2)
                .willReturn(InitiativeServiceStub.problem(404, InitiativeServiceStub.NOT_FOUND)));
        Fixtures.group(GM0344, initiative, "Leden", "");
        given().auth().oauth2(GM0363).contentType(ContentType.JSON).body(groupBody(initiative))
                .when().post("/v1/stakeholder-groups")
                .then().statusCode(400).body("errors[0].field", equalTo("initiativeId"));
        given().auth().oauth2(GM0363).when().get("/v1/stakeholder-maps/" + initiative).then().statusCode(404);
        given().auth().oauth2(GM0344).when().get("/v1/stakeholder-maps/" + initiative).then().statusCode(200);
    }

    @Test
    void shouldTellTheCallerWhenInitiativeServiceRefusesTheToken() {
        UUID initiative = Fixtures.initiative();
        initiativeService.stubFor(get(urlPathEqualTo("/v1/initiatives/" + initiative)).atPriority(1)
                .willReturn(InitiativeServiceStub.problem(403, "{\"status\": 403}")));
        given().auth().oauth2(GM0344).contentType(ContentType.JSON).body(groupBody(initiative))
                .when().post("/v1/stakeholder-groups")
                .then().statusCode(403).body("detail", containsString("initiatives:read"));
        initiativeService.verify(1, getRequestedFor(urlPathEqualTo("/v1/initiatives/" + initiative)));
        assertNoGroups(initiative);
    }
}
