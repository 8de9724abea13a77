package nl.speelveld.assessment.threshold;

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

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
@QuarkusTestResource(StubbedServices.class)
class ThresholdSetResourceTest {

    @StubbedServices.Initiatives
    WireMockServer initiatives;
    @StubbedServices.Stakeholders
    WireMockServer stakeholders;

    @Test
    void shouldUseTheBuiltInSetWhenAMunicipalityHasNoneOfItsOwn() {
        Api.as(Api.GM0344).when().get("/v1/threshold-sets/current")
                .then().log().ifValidationFails().statusCode(200)
                .body("version", equalTo("default-1"))
                .body("builtIn", equalTo(true))
                .body("values.'band.fi5.hi'", equalTo(0.2f))
                .body("descriptions.'band.fi5.hi'", containsString("FI-5"));
    }

    @Test
    void shouldNameAnUnknownThresholdKey() {
        Api.as(Api.GM0599).contentType(ContentType.JSON)
                .body("{\"values\": {\"band.fi5.hi\": 0.25, \"band.nope\": 1}, \"rationale\": \"test\"}")
                .when().post("/v1/threshold-sets")
                .then().log().ifValidationFails().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(java.util.List.of("values.band.nope")));
    }

    @Test
    void shouldRecordTheMunicipalitysOwnVersionInANewAssessment() {
        Response created = Api.as(Api.GM0599).contentType(ContentType.JSON)
                .body("{\"values\": {\"band.fi5.hi\": 0.25}, \"rationale\": \"Kalibratie met drie wijkteams\"}")
                .when().post("/v1/threshold-sets");
        created.then().log().ifValidationFails().statusCode(201)
                .header("Location", containsString("/v1/threshold-sets/GM0599-"))
                .body("version", startsWith("GM0599-"))
                .body("values.'band.fi5.hi'", equalTo(0.25f))
                .body("values.'band.fi5.lo'", equalTo(0.1f));
        String version = created.path("version");
        Api.as(Api.GM0599).when().get(created.header("Location")).then().statusCode(200)
                .body("version", equalTo(version));
        Api.as(Api.GM0599).when().get("/v1/threshold-sets/current").then().statusCode(200)
                .body("version", equalTo(version));
        Api.as(Api.GM0599).when().get("/v1/threshold-sets").then().statusCode(200)
                .body("items.version", hasItem("default-1"))
                .body("items.version", hasItem(version));
        // Another municipality neither sees nor uses it.
        Api.as(Api.GM0344).when().get("/v1/threshold-sets/" + version).then().statusCode(404);

        Zonnewijk z = new Zonnewijk("GM0599", Api.GM0599).stub(initiatives, stakeholders);
        Api.assess(Api.GM0599, z.initiativeId)
                .then().log().ifValidationFails().statusCode(201)
                .body("thresholdSetVersion", equalTo(version));
    }
}
