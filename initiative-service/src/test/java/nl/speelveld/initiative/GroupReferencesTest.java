package nl.speelveld.initiative;

import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.speelveld.devtools.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static nl.speelveld.initiative.Fixtures.GM0344;
import static nl.speelveld.initiative.Fixtures.as;
import static nl.speelveld.initiative.Fixtures.initiative;
import static nl.speelveld.initiative.Fixtures.json;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The stakeholder group ids of issues ({@code raisedByGroupIds}) and role observations ({@code holderGroupId}) are
 * checked against stakeholder-service with the caller's token (issue 13): an unknown id, another municipality's (which
 * stakeholder-service answers 404) or another initiative's group is a 400 naming the field; stakeholder-service out of
 * reach is a 503 with Retry-After; nothing is stored in either case.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "initiative"))
@QuarkusTestResource(StakeholderServiceStub.class)
class GroupReferencesTest {

    /** Resets the circuit breaker after the test that makes stakeholder-service fail on purpose. */
    @jakarta.inject.Inject
    io.smallrye.faulttolerance.api.CircuitBreakerMaintenance breakers;

    static String issues(String initiative) {
        return "/v1/initiatives/" + initiative + "/issues";
    }

    static String observations(String initiative) {
        return "/v1/initiatives/" + initiative + "/role-observations";
    }

    static String observation(String holderGroupId) {
        return "{\"kind\": \"EXPECTED\", \"holderSource\": \"COPRODUCING_CITIZENS\", \"holderGroupId\": \""
                + holderGroupId + "\", \"role\": \"FACILITATE\", \"observedOn\": \"2026-06-01\","
                + " \"evidence\": \"MEETING\"}";
    }

    @Test
    void shouldAcceptGroupsOfTheInitiativeAndPassTheCallersTokenOn() {
        String initiative = initiative(GM0344);
        String a = StakeholderServiceStub.group(initiative);
        String b = StakeholderServiceStub.group(initiative);
        json(GM0344, "{\"label\": {\"nl\": \"Parkeren\"}, \"raisedByGroupIds\": [\"" + a + "\", \"" + b + "\"]}")
                .when().post(issues(initiative)).then().statusCode(201);
        json(GM0344, observation(a)).when().post(observations(initiative)).then().statusCode(201);
        StakeholderServiceStub.admin().verifyThat(getRequestedFor(urlPathEqualTo("/v1/stakeholder-groups/" + a))
                .withHeader("Authorization", equalTo("Bearer " + GM0344)));
    }

    @Test
    void shouldRefuseAnIssueNamingAnUnknownOrForeignGroupAndStoreNothing() {
        String initiative = initiative(GM0344);
        String own = StakeholderServiceStub.group(initiative);
        String otherInitiatives = StakeholderServiceStub.group(UUID.randomUUID().toString());
        String unknown = UUID.randomUUID().toString();
        json(GM0344, "{\"label\": {\"nl\": \"x\"}, \"raisedByGroupIds\": [\"" + own + "\", \"" + unknown + "\", \""
                + otherInitiatives + "\"]}")
                .when().post(issues(initiative)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors", hasSize(2))
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("raisedByGroupIds[1]"))
                .body("errors[0].message", containsString("not a stakeholder group of your municipality"))
                .body("errors[1].field", org.hamcrest.Matchers.equalTo("raisedByGroupIds[2]"))
                .body("errors[1].message", containsString("another initiative"));
        as(GM0344).when().get(issues(initiative)).then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void shouldRefuseAPatchNamingAnUnknownGroupAndChangeNothing() {
        String initiative = initiative(GM0344);
        String issue = Fixtures.issue(GM0344, initiative, "Geluid");
        given(GM0344).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"0\"")
                .body("{\"raisedByGroupIds\": [\"" + UUID.randomUUID() + "\"]}")
                .when().patch(issues(initiative) + "/" + issue).then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("raisedByGroupIds[0]"));
        as(GM0344).when().get(issues(initiative) + "/" + issue).then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.equalTo("\"0\""))
                .body("raisedByGroupIds", hasSize(0));
        String own = StakeholderServiceStub.group(initiative);
        given(GM0344).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"0\"")
                .body("{\"raisedByGroupIds\": [\"" + own + "\"]}")
                .when().patch(issues(initiative) + "/" + issue).then().statusCode(200);
    }

    @Test
    void shouldRefuseARoleObservationNamingAnUnknownGroupAndStoreNothing() {
        String initiative = initiative(GM0344);
        json(GM0344, observation(UUID.randomUUID().toString())).when().post(observations(initiative)).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("holderGroupId"));
        json(GM0344, observation(StakeholderServiceStub.group(UUID.randomUUID().toString())))
                .when().post(observations(initiative)).then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("holderGroupId"))
                .body("errors[0].message", containsString("another initiative"));
        as(GM0344).when().get(observations(initiative)).then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void shouldAnswer503WithRetryAfterWhenStakeholderServiceCannotBeReachedAndStoreNothing() {
        try {
            String initiative = initiative(GM0344);
            UUID broken = UUID.randomUUID();
            StakeholderServiceStub.admin().register(get(urlPathEqualTo("/v1/stakeholder-groups/" + broken))
                    .atPriority(1).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
            json(GM0344, observation(broken.toString())).when().post(observations(initiative)).then()
                    .statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", notNullValue());
            UUID failing = UUID.randomUUID();
            StakeholderServiceStub.admin().register(get(urlPathEqualTo("/v1/stakeholder-groups/" + failing))
                    .atPriority(1).willReturn(aResponse().withStatus(500)));
            json(GM0344, "{\"label\": {\"nl\": \"x\"}, \"raisedByGroupIds\": [\"" + failing + "\"]}")
                    .when().post(issues(initiative)).then().statusCode(503).header("Retry-After", notNullValue());
            as(GM0344).when().get(observations(initiative)).then().statusCode(200).body("items", hasSize(0));
            as(GM0344).when().get(issues(initiative)).then().statusCode(200).body("items", hasSize(0));
        } finally {
            // the failed attempts (two requests, each tried three times) count towards the circuit breaker: close
            // it again, so that the other tests meet a stakeholder-service that answers
            breakers.resetAll();
        }
    }

    private static io.restassured.specification.RequestSpecification given(String token) {
        return io.restassured.RestAssured.given().auth().oauth2(token);
    }
}
