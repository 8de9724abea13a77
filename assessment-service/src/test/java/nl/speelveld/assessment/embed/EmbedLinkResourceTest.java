package nl.speelveld.assessment.embed;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import nl.speelveld.assessment.Api;
import nl.speelveld.assessment.StubbedServices;
import nl.speelveld.assessment.Zonnewijk;
import nl.speelveld.devtools.PostgresTestResource;
import nl.speelveld.devtools.TestTokens;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Embed links and the embed page: made with assessments:read for one's own assessment only; the page needs no token,
 * shows every indicator, is refused by anything but the configured portals (CSP frame-ancestors), is cached by ETag,
 * and answers an expired link with 410 and a changed or foreign one with 404, each as a small page without data.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
@QuarkusTestResource(StubbedServices.class)
class EmbedLinkResourceTest {

    static final List<String> INDICATORS = List.of("FI-1", "FI-2", "FI-3", "FI-4", "FI-5", "FI-6", "FI-7", "FI-8",
            "RO-1", "RO-2", "RO-3", "RO-4", "RO-5");

    @StubbedServices.Initiatives
    WireMockServer initiatives;
    @StubbedServices.Stakeholders
    WireMockServer stakeholders;
    @Inject
    EmbedTokens tokens;

    String assessment(String municipality, String token) {
        Zonnewijk z = new Zonnewijk(municipality, token).stub(initiatives, stakeholders);
        return Api.assess(token, z.initiativeId).then().statusCode(201).extract().path("id");
    }

    static Response link(String token, String assessmentId, String body) {
        return Api.as(token).contentType(ContentType.JSON).body(body)
                .when().post("/v1/assessments/" + assessmentId + "/embed-links");
    }

    /** The path of a new link (the page is fetched from the test's own base URL). */
    static String linkPath(String token, String assessmentId, String body) {
        String url = link(token, assessmentId, body).then().statusCode(201).extract().path("url");
        return URI.create(url).getPath();
    }

    @Test
    void shouldMakeALinkWith201ItsExpiryAndLocation() {
        String id = assessment("GM0344", Api.GM0344);
        Instant before = Instant.now();
        Response created = link(Api.GM0344, id, "{}");
        created.then().log().ifValidationFails().statusCode(201)
                .body("url", matchesPattern("https?://[^/]+/v1/embed/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"))
                .body("expiresAt", notNullValue());
        assertEquals(created.path("url"), created.header("Location"));
        Instant expiresAt = Instant.parse(created.path("expiresAt"));
        // default 7 days
        assertTrue(Duration.between(before, expiresAt).toSeconds() >= 7 * 24 * 3600 - 5, expiresAt.toString());
        assertTrue(Duration.between(before, expiresAt).toSeconds() <= 7 * 24 * 3600 + 5, expiresAt.toString());

        Response oneHour = link(Api.GM0344, id, "{\"expiresInSeconds\": 3600, \"language\": \"en\"}");
        oneHour.then().statusCode(201);
        long seconds = Duration.between(before, Instant.parse(oneHour.path("expiresAt"))).toSeconds();
        assertTrue(seconds >= 3595 && seconds <= 3605, "expires in " + seconds + " s");
        // the body may be empty (the conventions still want the Content-Type of a write)
        Api.as(Api.GM0344).contentType(ContentType.JSON).when().post("/v1/assessments/" + id + "/embed-links")
                .then().statusCode(201);
    }

    @Test
    void shouldRefuseALifetimeOverThirtyDaysAnUnknownLanguageAndUnknownFields() {
        String id = assessment("GM0344", Api.GM0344);
        link(Api.GM0344, id, "{\"expiresInSeconds\": 2592001}").then().statusCode(400)
                .body("errors[0].field", equalTo("expiresInSeconds"));
        link(Api.GM0344, id, "{\"expiresInSeconds\": 59}").then().statusCode(400);
        link(Api.GM0344, id, "{\"expiresInSeconds\": 2592000}").then().statusCode(201);
        link(Api.GM0344, id, "{\"language\": \"fr\"}").then().statusCode(400)
                .body("errors[0].field", equalTo("language"));
        link(Api.GM0344, id, "{\"municipalityCode\": \"GM0363\"}").then().statusCode(400);
    }

    @Test
    void shouldNeedTheReadScopeAndAToken() {
        String id = assessment("GM0344", Api.GM0344);
        String writeOnly = TestTokens.token("GM0344", "assessments:write");
        link(writeOnly, id, "{}").then().statusCode(403)
                .contentType("application/problem+json");
        link(TestTokens.token("GM0344", "assessments:read"), id, "{}").then().statusCode(201);
        given().contentType(ContentType.JSON).body("{}").when().post("/v1/assessments/" + id + "/embed-links")
                .then().statusCode(401);
    }

    @Test
    void shouldNotLinkAnotherMunicipalitysAssessment() {
        String utrecht = assessment("GM0344", Api.GM0344);
        link(Api.GM0363, utrecht, "{}").then().statusCode(404).contentType("application/problem+json");
        link(Api.GM0363, UUID.randomUUID().toString(), "{}").then().statusCode(404);
    }

    @Test
    void shouldShowThePageWithoutATokenWithEveryIndicatorAndTheChart() throws Exception {
        String id = assessment("GM0344", Api.GM0344);
        String path = linkPath(Api.GM0344, id, "{}");
        Response page = given().when().get(path);
        page.then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", nullValue())
                .header("Content-Language", "nl")
                .header("Content-Security-Policy", allOf(startsWith("default-src 'none'; style-src 'sha256-"),
                        containsString("base-uri 'none'"), containsString("form-action 'none'"),
                        not(containsString("script-src")), not(containsString("unsafe"))));
        String html = page.asString();
        assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 40));
        assertTrue(html.contains("<html lang=\"nl\">"));
        for (String code : INDICATORS) {
            assertTrue(html.contains("data-indicator=\"" + code + "\""), code + " is missing");
            assertTrue(html.contains("id=\"ind-" + code + "\""), code + " has no explanation");
        }
        assertTrue(html.contains("<svg"), "no chart");
        assertTrue(html.contains("role=\"img\" aria-labelledby=\"chart-title chart-desc\""), "chart has no text");
        assertFalse(html.contains("<?xml"), "the chart's XML declaration is inside the page");
        assertTrue(html.contains("Energiecoöperatie Zonnewijk"), "no initiative title");
        assertTrue(html.contains("Deze analyse ondersteunt uw afweging"), "no disclaimer");
        assertTrue(html.contains("1 november 2026"), "no date");
        assertTrue(html.contains("Reflectievragen") && html.contains("data-question=\"Q-RECORD\""), "no questions");
        assertTrue(html.contains("<table") && html.contains("<caption>") && html.contains("scope=\"col\""));
        assertFalse(html.contains("<script"), "a script");
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(), "an external reference");
        assertFalse(html.contains("style=\""), "a style attribute the CSP would block");
        assertFalse(html.contains("id=\"superseded\""), "a notice on the newest assessment");

        // the style element is exactly what the CSP's hash allows
        Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(html);
        assertTrue(style.find());
        String hash = "'sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(style.group(1).getBytes(StandardCharsets.UTF_8))) + "'";
        assertTrue(page.header("Content-Security-Policy").contains("style-src " + hash + ";"),
                page.header("Content-Security-Policy") + " vs " + hash);

        // ?lang=en, and the link's own language
        String english = given().queryParam("lang", "en").when().get(path).then().statusCode(200)
                .header("Content-Language", "en").extract().asString();
        assertTrue(english.contains("<html lang=\"en\">") && english.contains("This analysis supports your weighing")
                && english.contains("Reflection questions"));
        String englishLink = linkPath(Api.GM0344, id, "{\"language\": \"en\"}");
        assertTrue(given().when().get(englishLink).asString().contains("<html lang=\"en\">"));
        assertTrue(given().queryParam("lang", "nl").when().get(englishLink).asString().contains("<html lang=\"nl\">"));
    }

    @Test
    void shouldAnswerAnExpiredLinkWith410AndNoData() {
        String id = assessment("GM0344", Api.GM0344);
        String token = tokens.issue(new EmbedTokens.Grant("GM0344", UUID.fromString(id),
                Instant.now().minusSeconds(5), "nl"));
        String html = given().when().get("/v1/embed/" + token).then().statusCode(410)
                .contentType(startsWith("text/html"))
                .header("Cache-Control", "no-store")
                .header("Content-Security-Policy", startsWith("default-src 'none'"))
                .extract().asString();
        assertTrue(html.contains("verlopen"), html);
        assertNoData(html, id);
    }

    @Test
    void shouldAnswerAChangedForeignOrMadeUpLinkWith404AndNoData() {
        String id = assessment("GM0344", Api.GM0344);
        String path = linkPath(Api.GM0344, id, "{}");
        String token = path.substring(path.lastIndexOf('/') + 1);
        String payload = token.substring(0, token.indexOf('.'));
        String signature = token.substring(token.indexOf('.') + 1);

        // the payload names another municipality, the signature is the old one
        String decoded = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
        String otherTenant = Base64.getUrlEncoder().withoutPadding().encodeToString(
                decoded.replace("GM0344", "GM0363").getBytes(StandardCharsets.UTF_8));
        // one character of the signature changed
        char last = signature.charAt(signature.length() - 2);
        String changedSignature = signature.substring(0, signature.length() - 2) + (last == 'A' ? 'B' : 'A')
                + signature.charAt(signature.length() - 1);
        // a token of another installation (signed with another key)
        EmbedTokens foreignKey = new EmbedTokens(Optional.of("another-installations-embed-secret"), "x");
        String foreign = foreignKey.issue(new EmbedTokens.Grant("GM0344", UUID.fromString(id),
                Instant.now().plusSeconds(3600), "nl"));
        // a genuine token of an assessment that does not exist
        String missing = tokens.issue(new EmbedTokens.Grant("GM0344", UUID.randomUUID(),
                Instant.now().plusSeconds(3600), "nl"));
        for (String bad : List.of(otherTenant + "." + signature, payload + "." + changedSignature, foreign, missing,
                payload, "not-a-token", token + "x")) {
            String html = given().when().get("/v1/embed/" + bad).then().statusCode(404)
                    .contentType(startsWith("text/html"))
                    .header("Cache-Control", "no-store")
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .extract().asString();
            assertTrue(html.contains("Deze link werkt niet"), bad + ": " + html);
            assertNoData(html, id);
        }
        // the genuine one still works
        given().when().get(path).then().statusCode(200);
    }

    @Test
    void shouldShowASupersededAssessmentWithANoticeOfTheNewerOne() {
        Zonnewijk z = new Zonnewijk("GM0344", Api.GM0344).stub(initiatives, stakeholders);
        String first = Api.assess(Api.GM0344, z.initiativeId).then().statusCode(201).extract().path("id");
        String firstLink = linkPath(Api.GM0344, first, "{}");
        Response before = given().when().get(firstLink);
        assertFalse(before.asString().contains("id=\"superseded\""));
        String second = Api.assess(Api.GM0344, z.initiativeId).then().statusCode(201).extract().path("id");
        assertNotEquals(first, second);

        Response after = given().header("If-None-Match", before.header("ETag")).when().get(firstLink);
        after.then().statusCode(200); // the ETag changed with the notice, so no 304
        String html = after.asString();
        assertTrue(html.contains("id=\"superseded\""), "no notice");
        assertTrue(html.contains("Er is een nieuwere afweging van dit initiatief"), "no notice text");
        for (String code : INDICATORS) {
            assertTrue(html.contains("data-indicator=\"" + code + "\""), code + " is missing");
        }
        String english = given().queryParam("lang", "en").when().get(firstLink).asString();
        assertTrue(english.contains("A newer assessment of this initiative exists"));
        assertFalse(given().when().get(linkPath(Api.GM0344, second, "{}")).asString().contains("id=\"superseded\""));
    }

    @Test
    void shouldLetOnlyTheMunicipalitysConfiguredPortalsFrameThePage() {
        // application.properties (%test): GM0344 has two portal origins; GM0363 has none
        String utrecht = linkPath(Api.GM0344, assessment("GM0344", Api.GM0344), "{}");
        given().when().get(utrecht).then().statusCode(200).header("Content-Security-Policy",
                endsWith("; frame-ancestors https://portal.example.nl https://www.example.nl"));
        String amsterdam = linkPath(Api.GM0363, assessment("GM0363", Api.GM0363), "{}");
        given().when().get(amsterdam).then().statusCode(200).header("Content-Security-Policy",
                endsWith("; frame-ancestors 'self'"));
    }

    @Test
    void shouldAnswer304ToItsOwnETagAndBeCacheableUntilTheLinkExpires() {
        String path = linkPath(Api.GM0344, assessment("GM0344", Api.GM0344), "{\"expiresInSeconds\": 600}");
        Response first = given().when().get(path);
        first.then().statusCode(200)
                .header("ETag", matchesPattern("\"[0-9a-f]{32}\""))
                .header("Cache-Control", matchesPattern("private, max-age=(59\\d|600)"));
        String etag = first.header("ETag");
        given().header("If-None-Match", etag).when().get(path).then().statusCode(304)
                .header("ETag", etag)
                .header("Content-Security-Policy", containsString("frame-ancestors"))
                .body(emptyString());
        given().header("If-None-Match", "W/" + etag).when().get(path).then().statusCode(304);
        given().header("If-None-Match", "\"something-else\"").when().get(path).then().statusCode(200);
        String english = given().queryParam("lang", "en").when().get(path).header("ETag");
        assertNotEquals(etag, english);
        // a long link is still revalidated at least hourly (so a notice of a newer assessment shows)
        String week = linkPath(Api.GM0344, assessment("GM0344", Api.GM0344), "{}");
        given().when().get(week).then().header("Cache-Control", "private, max-age=3600");
    }

    @Test
    void shouldKeepEveryOtherRouteBehindTheToken() {
        String id = assessment("GM0344", Api.GM0344);
        given().when().get("/v1/assessments/" + id).then().statusCode(401);
        given().when().get("/v1/assessments/" + id + "/chart.svg").then().statusCode(401);
        given().when().get("/v1/assessments").then().statusCode(401);
    }

    private static void assertNoData(String html, String assessmentId) {
        assertFalse(html.contains(assessmentId), "names the assessment");
        assertFalse(html.contains("<svg"), "shows the chart");
        assertFalse(html.contains("FI-1"), "shows an indicator");
        assertFalse(html.contains("Zonnewijk"), "names the initiative");
    }
}
