package nl.speelveld.assessment;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
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
final class Api {

    static final String[] SCOPES = {"assessments:read", "assessments:write", "initiatives:read",
        "stakeholders:read"};
    /** Utrecht, the municipality of the worked cases. */
    static final String GM0344 = TestTokens.token("GM0344", SCOPES);
    /** Amsterdam: another tenant, which must see nothing of GM0344. */
    static final String GM0363 = TestTokens.token("GM0363", SCOPES);
    /** Rotterdam: the only tenant that sets its own thresholds, so no other test depends on them. */
    static final String GM0599 = TestTokens.token("GM0599", SCOPES);

    private Api() {
    }

    /** A request as {@code token} whose response must match the published OpenAPI document. */
    static RequestSpecification as(String token) {
        return given().filter(OpenApiContract.responses()).auth().oauth2(token);
    }

    /** The validator behind {@link #as(String)}: responses only. */
    static OpenApiInteractionValidator validator() {
        return OpenApiContract.validator();
    }
}
