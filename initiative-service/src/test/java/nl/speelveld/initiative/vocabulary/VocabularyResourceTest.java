package nl.speelveld.initiative.vocabulary;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.speelveld.devtools.PostgresTestResource;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static nl.speelveld.initiative.Fixtures.NO_SCOPE;
import static nl.speelveld.initiative.Fixtures.READ_ONLY;
import static nl.speelveld.initiative.Fixtures.as;
import static nl.speelveld.initiative.Fixtures.published;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "initiative"))
class VocabularyResourceTest {

    @Test
    void shouldListEveryEnumerationOfTheService() {
        as(READ_ONLY).when().get("/v1/vocabularies").then().statusCode(200)
                .header("ETag", not(emptyOrNullString()))
                .body("items", hasSize(17))
                .body("next", nullValue())
                .body("items.name", hasItems("InitiativeType", "Origin", "LegalForm", "PolicyDomain",
                        "LifecyclePhase", "CoproductionStage", "CoproductionLevel", "TaskNature", "CitizenRole",
                        "ParticipationLevel", "FramedBy", "ScopeType", "RoleObservationKind", "StakeholderSource",
                        "GovernmentRole", "EvidenceType", "DecisionMaker"))
                .body("items.codes.flatten().label.nl", everyItem(not(emptyOrNullString())))
                .body("items.codes.flatten().label.en", everyItem(not(emptyOrNullString())));
    }

    @Test
    void shouldGiveTheCodesOfOneEnumerationInOrderWithLabelsAndSource() {
        as(READ_ONLY).when().get("/v1/vocabularies/GovernmentRole").then().statusCode(200)
                .body("name", equalTo("GovernmentRole"))
                .body("codes.code", contains("LET_GO", "FACILITATE", "STIMULATE", "DIRECT", "REGULATE"))
                .body("codes[3].label.nl", equalTo("regisseren"))
                .body("codes[3].label.en", equalTo("direct"))
                .body("codes[0].source", containsString("Pröpper"))
                .body("codes[0].description", containsString("least government involvement"));
        as(READ_ONLY).when().get("/v1/vocabularies/evidencetype").then().statusCode(200)
                .body("codes.code", contains("MEETING", "SURVEY", "WRITTEN_RESPONSE", "PETITION", "INTERVIEW",
                        "OBSERVATION", "ASSUMED"))
                .body("codes[6].label.nl", equalTo("aangenomen door de ambtenaar"));
        as(READ_ONLY).when().get("/v1/vocabularies/StakeholderSource").then().statusCode(200)
                .body("codes.code", contains("COPRODUCING_CITIZENS", "BROADER_PUBLIC", "PUBLIC_ORGANISATION",
                        "POLITICS"))
                .body("codes[0].source", containsString("van Eijk & Cuppen 2022"));
    }

    @Test
    void shouldAnswer404ProblemForAnUnknownVocabulary() {
        as(READ_ONLY).when().get("/v1/vocabularies/Horoscope").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("GovernmentRole"));
    }

    @Test
    void shouldAnswer304WhenTheVocabulariesAreUnchanged() {
        String tag = as(READ_ONLY).when().get("/v1/vocabularies/FramedBy").then().statusCode(200)
                .extract().header("ETag");
        as(READ_ONLY).header("If-None-Match", tag).when().get("/v1/vocabularies/FramedBy").then().statusCode(304);
        as(READ_ONLY).header("If-None-Match", tag).when().get("/v1/vocabularies").then().statusCode(304);
        as(READ_ONLY).header("If-None-Match", "\"other\"").when().get("/v1/vocabularies").then().statusCode(200);
    }

    @Test
    void shouldNeedTheReadScope() {
        as(NO_SCOPE).when().get("/v1/vocabularies").then().statusCode(403);
        given().when().get("/v1/vocabularies").then().statusCode(401);
    }

    @Test
    void shouldAnswerTheVocabularyOperationsAsPublished() {
        String tag = published().when().get("/v1/vocabularies").then().statusCode(200).extract().header("ETag");
        published().header("If-None-Match", tag).when().get("/v1/vocabularies").then().statusCode(304);
        published().when().get("/v1/vocabularies/GovernmentRole").then().statusCode(200);
        published().when().get("/v1/vocabularies/Unknown").then().statusCode(404);
    }
}
