package nl.speelveld.stakeholder.client;

import com.github.tomakehurst.wiremock.WireMockServer;
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

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static nl.speelveld.stakeholder.Fixtures.GM0344;
import static nl.speelveld.stakeholder.Fixtures.GM0363;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A 4xx of initiative-service is an answer, not a failure of it: it is never retried and never counted by the circuit
 * breaker (breakers are on in these tests), so callers naming unknown ids cannot shut out everyone else.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database",
        value = "stakeholder"))
@QuarkusTestResource(InitiativeServiceStub.class)
class InitiativeClientErrorsTest {

    @InjectInitiativeStub
    WireMockServer initiativeService;

    @Inject
    CircuitBreakerMaintenance breakers;

    @AfterEach
    void healthyAgain() {
        InitiativeServiceStub.reset(initiativeService);
        breakers.resetAll();
    }

    private static String groupBody(UUID initiative) {
        return "{\"initiativeId\": \"" + initiative + "\", \"name\": \"Huurders sociale huur\"}";
    }

    @Test
    void shouldKeepTheCircuitClosedForUnknownInitiatives() {
        for (int i = 0; i < 15; i++) {
            given().auth().oauth2(GM0344).contentType(ContentType.JSON)
                    .body(groupBody(InitiativeServiceStub.UNKNOWN_INITIATIVE)).when().post("/v1/stakeholder-groups")
                    .then().statusCode(400).body("errors[0].field", equalTo("initiativeId"));
        }
        initiativeService.verify(15, getRequestedFor(
                urlPathEqualTo("/v1/initiatives/" + InitiativeServiceStub.UNKNOWN_INITIATIVE)));
        assertEquals(CircuitBreakerState.CLOSED, breakers.currentState(InitiativeClient.INITIATIVE_BREAKER));
        given().auth().oauth2(GM0363).contentType(ContentType.JSON).body(groupBody(Fixtures.initiative()))
                .when().post("/v1/stakeholder-groups").then().statusCode(201);
    }

    @Test
    void shouldNeitherRetryNorCountAnotherClientError() {
        for (int i = 0; i < 15; i++) {
            UUID initiative = Fixtures.initiative();
            initiativeService.stubFor(get(urlPathEqualTo("/v1/initiatives/" + initiative)).atPriority(1)
                    .willReturn(InitiativeServiceStub.problem(429, "{\"status\": 429}")));
            given().auth().oauth2(GM0344).contentType(ContentType.JSON).body(groupBody(initiative))
                    .when().post("/v1/stakeholder-groups").then().statusCode(503).header("Retry-After", "5");
            initiativeService.verify(1, getRequestedFor(urlPathEqualTo("/v1/initiatives/" + initiative)));
        }
        assertEquals(CircuitBreakerState.CLOSED, breakers.currentState(InitiativeClient.INITIATIVE_BREAKER));
        given().auth().oauth2(GM0344).contentType(ContentType.JSON).body(groupBody(Fixtures.initiative()))
                .when().post("/v1/stakeholder-groups").then().statusCode(201);
    }
}
