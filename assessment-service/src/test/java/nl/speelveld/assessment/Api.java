package nl.speelveld.assessment;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.specification.RequestSpecification;
import nl.speelveld.devtools.TestTokens;

import java.io.IOException;
import java.io.UncheckedIOException;

import static io.restassured.RestAssured.given;

/**
 * Tokens of the test municipalities, and requests whose responses are checked against the OpenAPI document the
 * application under test publishes at {@code /v1/openapi.json} (rewritten to OpenAPI 3.0 for the validator, see
 * {@link OpenApi30}). Requests are not checked, since tests send invalid ones on purpose; every answer, including
 * every problem document, must match the published spec.
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

    private static OpenApiInteractionValidator validator;
    private static OpenApiValidationFilter filter;

    private Api() {
    }

    /** A request as {@code token} whose response must match the published OpenAPI document. */
    static RequestSpecification as(String token) {
        validator();
        return given().filter(filter).auth().oauth2(token);
    }

    static synchronized OpenApiInteractionValidator validator() {
        if (validator == null) {
            String published = given().when().get("/v1/openapi.json").then().statusCode(200).extract().asString();
            try {
                validator = OpenApiInteractionValidator.createForInlineApiSpecification(OpenApi30.from(published))
                        .withBasePathOverride("/v1")
                        .withLevelResolver(LevelResolver.create()
                                .withLevel("validation.request", ValidationReport.Level.IGNORE)
                                .build())
                        .build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            filter = new OpenApiValidationFilter(validator);
        }
        return validator;
    }
}
