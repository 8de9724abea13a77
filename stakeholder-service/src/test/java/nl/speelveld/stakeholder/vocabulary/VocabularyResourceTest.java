package nl.speelveld.stakeholder.vocabulary;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.speelveld.devtools.PostgresTestResource;
import nl.speelveld.stakeholder.InitiativeServiceStub;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static nl.speelveld.stakeholder.Fixtures.GM0344;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database",
        value = "stakeholder"))
@QuarkusTestResource(InitiativeServiceStub.class)
class VocabularyResourceTest {

    @Test
    void shouldPublishEveryVocabularyWithDutchAndEnglishLabels() {
        given().auth().oauth2(GM0344).when().get("/v1/vocabularies")
                .then().statusCode(200)
                .body("items.name", hasItems("StakeholderSource", "SalienceClass", "VoiceMode", "Stance",
                        "ResponseStatus", "ProfileDimension", "ConflictRelation"))
                .body("next", nullValue());
        given().auth().oauth2(GM0344).when().get("/v1/vocabularies/SalienceClass")
                .then().statusCode(200)
                .body("codes.code", hasItem("DEPENDENT"))
                .body("codes.find { it.code == 'DEPENDENT' }.label.nl", equalTo("afhankelijk"))
                .body("codes.find { it.code == 'DEPENDENT' }.source", endsWith("1997"));
        given().auth().oauth2(GM0344).when().get("/v1/vocabularies/Nonsense").then().statusCode(404);
    }

    /** The same answers and headers as initiative-service's vocabularies (one implementation in conventions). */
    @Test
    void shouldAnswerByNameInAnyCaseWithOneETagAnd304() {
        String tag = given().auth().oauth2(GM0344).when().get("/v1/vocabularies").then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString()))
                .extract().header("ETag");
        given().auth().oauth2(GM0344).when().get("/v1/vocabularies/salienceCLASS").then()
                .statusCode(200).header("ETag", equalTo(tag)).body("name", equalTo("SalienceClass"));
        given().auth().oauth2(GM0344).header("If-None-Match", tag).when().get("/v1/vocabularies/VoiceMode").then()
                .statusCode(304);
        given().auth().oauth2(GM0344).header("If-None-Match", tag).when().get("/v1/vocabularies").then()
                .statusCode(304);
        given().auth().oauth2(GM0344).when().get("/v1/vocabularies/Nonsense").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("SalienceClass"));
    }
}
