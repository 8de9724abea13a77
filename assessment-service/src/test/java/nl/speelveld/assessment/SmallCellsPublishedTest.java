package nl.speelveld.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.speelveld.devtools.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Small cells (docs/method.md): no published output (the assessment JSON, the chart in both languages, the
 * participation report as JSON and HTML) shows a participant-profile count below 5, nor a share from which one can
 * be worked back with n, on a profile of 40 people with categories of 1, 2, 3 and 4.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
@QuarkusTestResource(StubbedServices.class)
class SmallCellsPublishedTest {

    @StubbedServices.Initiatives
    WireMockServer initiatives;
    @StubbedServices.Stakeholders
    WireMockServer stakeholders;

    /** The shares of 1, 2, 3 and 4 people out of 40, as the outputs would write them. */
    private static final List<String> REVEALING = List.of("0.025", "0,025", "0.075", "0,075", "2.5%", "2,5%", "7.5%",
            "7,5%");

    @Test
    void shouldPublishNoSmallCountAnywhere() throws Exception {
        Zonnewijk z = new Zonnewijk("GM0344", Api.GM0344).withSmallCells().stub(initiatives, stakeholders);
        String body = Api.assess(Api.GM0344, z.initiativeId)
                .then().log().ifValidationFails().statusCode(201).extract().asString();
        JsonNode assessment = Zonnewijk.JSON.readTree(body);
        String id = assessment.get("id").asText();

        JsonNode fi5 = null;
        for (JsonNode i : assessment.get("indicators")) {
            if (i.get("code").asText().equals("FI-5")) {
                fi5 = i;
            }
        }
        List<String> shown = new ArrayList<>();
        for (JsonNode gap : fi5.get("details").get("gaps")) {
            int n = gap.get("n").asInt();
            for (JsonNode c : gap.get("categories")) {
                double count = c.get("p").asDouble() * n;
                shown.add(c.get("category").asText());
                assertTrue(count < 1e-9 || count > 5 - 1e-9, "category " + c + " reveals a count of " + count);
            }
        }
        assertTrue(shown.contains("OTHER_SMALL"), shown.toString());
        assertFalse(shown.contains("SOCIAL_RENT") || shown.contains("LOW"), shown.toString());
        // computed on the full counts: 1 of 40 low-educated against 32 %, 4 of 40 social renters against 38 %
        assertTrue(fi5.get("details").get("headline").get("underRepresented").toString().contains("LOW"));

        List<String> outputs = List.of(body,
                Api.as(Api.GM0344).when().get("/v1/assessments/" + id + "/chart.svg").then().statusCode(200)
                        .extract().asString(),
                Api.as(Api.GM0344).header("Accept-Language", "en").when().get("/v1/assessments/" + id + "/chart.svg")
                        .then().statusCode(200).extract().asString(),
                Api.as(Api.GM0344).when().get("/v1/participation-reports/" + z.initiativeId).then().statusCode(200)
                        .extract().asString(),
                Api.as(Api.GM0344).accept("text/html").when().get("/v1/participation-reports/" + z.initiativeId)
                        .then().statusCode(200).contentType("text/html").extract().asString());
        for (String output : outputs) {
            for (String share : REVEALING) {
                assertFalse(output.contains(share), "an output contains the revealing share " + share);
            }
        }
        assertEquals(5, outputs.size());
    }
}
