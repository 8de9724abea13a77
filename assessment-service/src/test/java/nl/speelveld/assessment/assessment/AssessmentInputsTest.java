package nl.speelveld.assessment.assessment;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import nl.speelveld.assessment.Api;
import nl.speelveld.assessment.StubbedServices;
import nl.speelveld.assessment.Zonnewijk;
import nl.speelveld.devtools.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15: the assessment answer stays bounded (under 256 KB) for an initiative of 2,000 groups and 20,000
 * interests, and {@code GET /v1/assessments/{id}/inputs} pages through every record behind each indicator, each
 * exactly once. No timing is asserted.
 */
@QuarkusTest
@QuarkusTestResource(StubbedServices.class)
class AssessmentInputsTest {

    private static final int GROUPS = 2_000;

    @StubbedServices.Initiatives
    WireMockServer initiativeService;
    @StubbedServices.Stakeholders
    WireMockServer stakeholderService;

    private final String token = Api.GM0344;

    @Test
    void shouldKeepALargeAnswerBoundedAndPageThroughEveryInput() {
        Zonnewijk z = new Zonnewijk("GM0344", token).grown(GROUPS).stub(initiativeService, stakeholderService);
        Response created = Api.assess(token, z.initiativeId).then().statusCode(201).extract().response();
        byte[] body = created.asByteArray();
        assertTrue(body.length < 256 * 1024, "the answer has " + body.length + " bytes");
        JsonPath answer = created.jsonPath();
        String id = answer.getString("id");
        List<Map<String, Object>> indicators = answer.getList("indicators");
        assertEquals(13, indicators.size());
        int large = 0;
        for (Map<String, Object> indicator : indicators) {
            String code = (String) indicator.get("code");
            int count = ((Number) indicator.get("inputCount")).intValue();
            List<?> listed = (List<?>) indicator.get("inputs");
            assertEquals(Math.min(count, 20), listed.size(), code);
            assertEquals("/v1/assessments/" + id + "/inputs?indicator=" + code, indicator.get("inputsLink"));
            if (count > 1_000) {
                large++;
            }
            // every record once, in the order the answer lists the first ones
            List<String> refs = new java.util.ArrayList<>();
            Set<String> seen = new HashSet<>();
            String cursor = null;
            int pages = 0;
            do {
                var request = Api.as(token).queryParam("indicator", code).queryParam("limit", 100);
                if (cursor != null) {
                    request.queryParam("cursor", cursor);
                }
                JsonPath page = request.get("/v1/assessments/" + id + "/inputs").then().statusCode(200)
                        .extract().jsonPath();
                for (Map<String, Object> input : page.<Map<String, Object>>getList("items")) {
                    refs.add(input.get("ref") + "|" + input.get("label"));
                    assertNotNull(input.get("ref"), code);
                }
                cursor = page.getString("next");
                pages++;
            } while (cursor != null && pages <= count / 100 + 1);
            assertEquals(null, cursor, code + ": the last page has no next");
            assertEquals(count, refs.size(), code + ": every input once");
            seen.addAll(refs);
            assertEquals(refs.size(), seen.size(), code + ": no input twice");
            for (int k = 0; k < listed.size(); k++) {
                Map<?, ?> first = (Map<?, ?>) listed.get(k);
                assertEquals(first.get("ref") + "|" + first.get("label"), refs.get(k), code + " input " + k);
            }
        }
        assertTrue(large >= 3, "FI-3, FI-4, FI-8 and RO-5 each rest on thousands of records here");
        // the answer read again is the same bounded one
        Api.as(token).get("/v1/assessments/" + id).then().statusCode(200)
                .body("indicators.find { it.code == 'FI-3' }.inputs.size()", equalTo(20));
    }

    @Test
    void shouldRefuseBadParametersAndOtherMunicipalities() {
        Zonnewijk z = new Zonnewijk("GM0344", token).stub(initiativeService, stakeholderService);
        String id = Api.assess(token, z.initiativeId).then().statusCode(201).extract().path("id");
        String path = "/v1/assessments/" + id + "/inputs";
        JsonPath fi6 = Api.as(token).queryParam("indicator", "FI-6").queryParam("limit", 2).get(path).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(2, fi6.getList("items").size());
        String next = fi6.getString("next");
        assertNotNull(next);
        Api.as(token).queryParam("indicator", "FI-9").get(path).then().statusCode(400)
                .body("errors[0].field", equalTo("indicator"));
        Api.as(token).get(path).then().statusCode(400).body("errors[0].field", equalTo("indicator"));
        Api.as(token).queryParam("indicator", "FI-6").queryParam("limit", 101).get(path).then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        // a cursor of another indicator's list, or a changed one
        Api.as(token).queryParam("indicator", "FI-8").queryParam("cursor", next).get(path).then()
                .statusCode(400).body("errors[0].field", equalTo("cursor"));
        Api.as(token).queryParam("indicator", "FI-6").queryParam("cursor", next + "x").get(path).then()
                .statusCode(400).body("errors[0].field", equalTo("cursor"));
        // another municipality: 404, as for the assessment itself
        Api.as(Api.GM0363).queryParam("indicator", "FI-6").get(path).then().statusCode(404);
        Api.as(TestTokens.token("GM0344", "stakeholders:read")).queryParam("indicator", "FI-6").get(path).then()
                .statusCode(403);
    }
}
