package nl.speelveld.assessment.client;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import nl.speelveld.assessment.Api;
import nl.speelveld.assessment.StubbedServices;
import nl.speelveld.assessment.Zonnewijk;
import nl.speelveld.devtools.PostgresTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * How answers of the other services other than 200 reach the fault-tolerance guards, with the circuit breakers ON
 * (they are off in the other tests, see {@link StubbedServices}): a 4xx is an answer, neither retried nor counted as a
 * failure, so unknown ids never open the circuit for everyone; and a missing optional number (stakeholder-service
 * leaves nulls out) does not fail the read.
 */
@QuarkusTest
@TestProfile(DependencyErrorsTest.BreakersOn.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
@QuarkusTestResource(StubbedServices.class)
class DependencyErrorsTest {

    /** Turns the breakers back on per method: a method-level key wins over StubbedServices' class-level one. */
    public static class BreakersOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>();
            for (String method : List.of("initiative", "issues", "roleObservations", "keyDecisions",
                    "currentProblemDefinition")) {
                config.put("nl.speelveld.assessment.client.InitiativeClient/" + method + "/CircuitBreaker/enabled",
                        "true");
            }
            for (String method : List.of("groups", "interests", "conflictOverrides", "participantProfiles",
                    "coreGroupSnapshots", "consultations", "representations", "populationProfile")) {
                config.put("nl.speelveld.assessment.client.StakeholderClient/" + method + "/CircuitBreaker/enabled",
                        "true");
            }
            return config;
        }
    }

    @StubbedServices.Initiatives
    WireMockServer initiatives;
    @StubbedServices.Stakeholders
    WireMockServer stakeholders;

    @Inject
    CircuitBreakerMaintenance breakers;

    @AfterEach
    void closeBreakers() {
        breakers.resetAll();
    }

    private String unknownInitiative() {
        String unknown = UUID.randomUUID().toString();
        initiatives.stubFor(get(urlPathEqualTo("/v1/initiatives/" + unknown)).atPriority(1)
                .willReturn(Zonnewijk.notFound()));
        return unknown;
    }

    @Test
    void shouldNotOpenTheCircuitForUnknownInitiatives() {
        for (int i = 0; i < 12; i++) {
            String unknown = unknownInitiative();
            Api.assess(Api.GM0344, unknown).then().log().ifValidationFails()
                    .statusCode(400).body("errors[0].code", equalTo("unknown-id"));
            // a 404 is an answer: asked once, not retried
            initiatives.verify(1, getRequestedFor(urlPathEqualTo("/v1/initiatives/" + unknown)));
        }
        Zonnewijk other = new Zonnewijk("GM0363", Api.GM0363).stub(initiatives, stakeholders);
        Api.assess(Api.GM0363, other.initiativeId).then().log().ifValidationFails()
                .statusCode(201);
    }

    @Test
    void shouldStillOpenTheCircuitWhenInitiativeServiceFails() {
        // the control: in this profile the breaker is on, and 5xx answers do open it
        for (int i = 0; i < 4; i++) {
            String failing = UUID.randomUUID().toString();
            initiatives.stubFor(get(urlPathEqualTo("/v1/initiatives/" + failing)).atPriority(1)
                    .willReturn(aResponse().withStatus(500)));
            Api.assess(Api.GM0344, failing).then().statusCode(503);
        }
        Zonnewijk z = new Zonnewijk("GM0344", Api.GM0344).stub(initiatives, stakeholders);
        Api.assess(Api.GM0344, z.initiativeId).then().statusCode(503);
        initiatives.verify(0, getRequestedFor(urlPathEqualTo("/v1/initiatives/" + z.initiativeId)));
    }

    @Test
    void shouldAssessAConsultationWithoutSizeOrRespondents() {
        Zonnewijk z = new Zonnewijk("GM0344", Api.GM0344).stub(initiatives, stakeholders);
        String consultations = "{\"items\": [{\"id\": \"" + UUID.randomUUID() + "\", \"municipalityCode\": \"GM0344\","
                + " \"version\": 0, \"initiativeId\": \"" + z.initiativeId + "\", \"representativeGroupId\": \""
                + z.groups.get("members") + "\", \"heldOn\": \"2026-06-01\", \"issueStances\": []},"
                + " {\"id\": \"" + UUID.randomUUID() + "\", \"municipalityCode\": \"GM0344\", \"version\": 0,"
                + " \"initiativeId\": \"" + z.initiativeId + "\", \"representativeGroupId\": \""
                + z.groups.get("members") + "\", \"heldOn\": \"2026-07-01\", \"constituencySize\": 175,"
                + " \"issueStances\": []}]}";
        stakeholders.stubFor(z.list("/v1/constituency-consultations").atPriority(1)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(consultations)));
        String ro4 = "indicators.find { it.code == 'RO-4' }.details.checks.S4";
        // the latest consultation knows its size but not its respondents: reach unknown, so no S4 (not reach 0)
        Api.assess(Api.GM0344, z.initiativeId).then().log().ifValidationFails()
                .statusCode(201)
                .body(ro4 + ".signal", equalTo(false))
                .body(ro4 + ".reach", nullValue());
    }
}
