package nl.speelveld.stakeholder;

import io.restassured.http.ContentType;
import nl.speelveld.devtools.TestTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Tokens and small creates shared by the API tests. */
public final class Fixtures {

    public static final String GM0344 = TestTokens.token("GM0344", "stakeholders:read", "stakeholders:write");
    public static final String GM0363 = TestTokens.token("GM0363", "stakeholders:read", "stakeholders:write");
    public static final String READ_ONLY = TestTokens.token("GM0344", "stakeholders:read");

    private Fixtures() {
    }

    public static String post(String token, String path, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(path)
                .then().log().ifValidationFails().statusCode(201).extract().path("id");
    }

    /** A fresh initiative id: the stub knows every id, so each test gets its own initiative. */
    public static UUID initiative() {
        return UUID.randomUUID();
    }

    public static String group(String token, UUID initiativeId, String name, String extra) {
        return post(token, "/v1/stakeholder-groups", "{\"initiativeId\": \"" + initiativeId + "\", \"name\": \""
                + name + "\"" + (extra.isEmpty() ? "" : ", " + extra) + "}");
    }

    public static String interest(String token, UUID initiativeId, String groupId, UUID issueId, String stance) {
        return post(token, "/v1/interests", "{\"initiativeId\": \"" + initiativeId + "\", \"groupId\": \"" + groupId
                + "\", \"issueId\": \"" + issueId + "\", \"kind\": \"INTEREST\", \"stance\": \"" + stance
                + "\", \"evidence\": \"MEETING\", \"statement\": {\"nl\": \"test\"}}");
    }
}
