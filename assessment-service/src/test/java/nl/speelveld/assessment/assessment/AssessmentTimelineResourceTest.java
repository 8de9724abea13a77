package nl.speelveld.assessment.assessment;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import nl.speelveld.assessment.Api;
import nl.speelveld.assessment.StubbedServices;
import nl.speelveld.assessment.Zonnewijk;
import nl.speelveld.devtools.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
@QuarkusTestResource(StubbedServices.class)
class AssessmentTimelineResourceTest {

    @StubbedServices.Initiatives
    WireMockServer initiatives;
    @StubbedServices.Stakeholders
    WireMockServer stakeholders;

    static String assess(String initiativeId, String asOf) {
        return Api.as(Api.GM0344).contentType(ContentType.JSON)
                .body("{\"initiativeId\": \"" + initiativeId + "\", \"asOf\": \"" + asOf + "\"}")
                .when().post("/v1/assessments").then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldListEveryAssessmentOfTheInitiativeInTimeOrder() {
        Zonnewijk z = new Zonnewijk("GM0344", Api.GM0344).stub(initiatives, stakeholders);
        String later = assess(z.initiativeId, "2026-11-01");
        String earlier = assess(z.initiativeId, "2026-06-01");
        String sameDay = assess(z.initiativeId, "2026-11-01");

        Response timeline = Api.as(Api.GM0344).when().get("/v1/assessment-timelines/" + z.initiativeId);
        timeline.then().log().ifValidationFails().statusCode(200)
                .body("initiativeId", equalTo(z.initiativeId))
                .body("items.id", equalTo(List.of(earlier, later, sameDay)))
                .body("items.asOf", equalTo(List.of("2026-06-01", "2026-11-01", "2026-11-01")))
                .body("items[1].thresholdSetVersion", equalTo("default-1"))
                .body("items[1].axes.axis", equalTo(List.of("FEASIBILITY_INCLUSIVITY", "ROLE")))
                .body("items[1].axes[0].position", equalTo(40))
                .body("items[1].axes[0].positionLabel", equalTo("FOCUSED"))
                .body("items[1].axes[0].risks.type", equalTo(List.of("INCLUSIVITY", "FEASIBILITY",
                        "BROADENING_PREVIEW")))
                .body("items[1].axes[0].risks.level", equalTo(List.of("HIGH", "LOW", "HIGH")))
                .body("items[1].flags", hasSize(0));

        String etag = timeline.header("ETag");
        Api.as(Api.GM0344).header("If-None-Match", etag).when().get("/v1/assessment-timelines/" + z.initiativeId)
                .then().statusCode(304);
        assess(z.initiativeId, "2026-10-01");
        Api.as(Api.GM0344).header("If-None-Match", etag).when().get("/v1/assessment-timelines/" + z.initiativeId)
                .then().statusCode(200).body("items", hasSize(4));
    }

    @Test
    void shouldAnswer404WhenTheInitiativeHasNoAssessment() {
        Api.as(Api.GM0344).when().get("/v1/assessment-timelines/" + UUID.randomUUID())
                .then().log().ifValidationFails().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("no assessment"));
    }
}
