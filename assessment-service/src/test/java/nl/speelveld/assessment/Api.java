package nl.speelveld.assessment;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import nl.speelveld.devtools.OpenApiContract;
import nl.speelveld.devtools.TestTokens;

import static io.restassured.RestAssured.given;

/**
 * Tokens of the test municipalities, and requests whose responses are checked against the OpenAPI document the
 * application under test publishes at {@code /v1/openapi.json}, by the checking all services share
 * ({@link OpenApiContract}, which rewrites the published OpenAPI 3.1 into the 3.0 the validator really checks).
 * Requests are not checked, since tests send invalid ones on purpose; every answer, including every problem document,
 * must match the published spec.
 */
public final class Api {

    static final String[] SCOPES = {"assessments:read", "assessments:write", "initiatives:read",
        "stakeholders:read"};
    /** Utrecht, the municipality of the worked cases. */
    public static final String GM0344 = TestTokens.token("GM0344", SCOPES);
    /** Amsterdam: another tenant, which must see nothing of GM0344. */
    public static final String GM0363 = TestTokens.token("GM0363", SCOPES);
    /** Rotterdam: the only tenant that sets its own thresholds, so no other test depends on them. */
    public static final String GM0599 = TestTokens.token("GM0599", SCOPES);

    private Api() {
    }

    /** A request as {@code token} whose response must match the published OpenAPI document. */
    public static RequestSpecification as(String token) {
        return given().filter(OpenApiContract.responses()).auth().oauth2(token);
    }

    /** The validator behind {@link #as(String)}: responses only. */
    public static OpenApiInteractionValidator validator() {
        return OpenApiContract.validator();
    }

    /** Asks for an assessment of {@code initiativeId} as of 2026-11-01, as {@code token}. */
    public static Response assess(String token, String initiativeId) {
        return as(token).contentType(ContentType.JSON)
                .body("{\"initiativeId\": \"" + initiativeId + "\", \"asOf\": \"2026-11-01\"}")
                .when().post("/v1/assessments");
    }
}
