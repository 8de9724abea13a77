package nl.speelveld.assessment.report;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.speelveld.assessment.Api;
import nl.speelveld.assessment.StubbedServices;
import nl.speelveld.assessment.Zonnewijk;
import nl.speelveld.devtools.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
@QuarkusTestResource(StubbedServices.class)
class ParticipationReportResourceTest {

    @StubbedServices.Initiatives
    WireMockServer initiatives;
    @StubbedServices.Stakeholders
    WireMockServer stakeholders;

    @Test
    void shouldReportWhoWhatWhenHowAndWhatWasDoneAsJson() {
        Zonnewijk z = new Zonnewijk("GM0344", Api.GM0344).stub(initiatives, stakeholders);
        String members = z.groups.get("members");
        String owners = z.groups.get("owners");
        Api.as(Api.GM0344).when().get("/v1/participation-reports/" + z.initiativeId)
                .then().log().ifValidationFails().statusCode(200)
                .contentType("application/json")
                .body("initiativeId", equalTo(z.initiativeId))
                .body("municipalityCode", equalTo("GM0344"))
                .body("initiative.title.nl", equalTo("Energiecoöperatie Zonnewijk"))
                // who was involved: all four sources, in order, with voice and representation
                .body("whoWasInvolved.bySource.source", equalTo(List.of("COPRODUCING_CITIZENS", "BROADER_PUBLIC",
                        "PUBLIC_ORGANISATION", "POLITICS")))
                .body("whoWasInvolved.bySource[1].groups.name", equalTo(List.of(
                        "Eigenaar-bewoners die geen lid zijn", "Huurders sociale huur")))
                .body("whoWasInvolved.bySource[1].groups.voice", equalTo(List.of("SPOKEN_FOR", "NOT_INVOLVED")))
                .body("whoWasInvolved.bySource[1].groups[0].representedBy.id", equalTo(List.of(members)))
                .body("whoWasInvolved.representations[0].basis", equalTo("SELF_APPOINTED"))
                // about what: 2 issues in scope, 3 out, with who raised them
                .body("aboutWhat.problemDefinition.framedBy", equalTo("CITIZENS"))
                .body("aboutWhat.inScope", hasSize(2))
                .body("aboutWhat.outOfScope.label.nl", equalTo(List.of("Energiearmoede bij huurders",
                        "Zonnepanelen op daken van de corporatie", "Warmtetransitie van de wijk")))
                .body("aboutWhat.outOfScope[0].raisedBy.name", equalTo(List.of("Woningcorporatie")))
                .body("aboutWhat.outOfScope[0].interests", equalTo(4))
                // when and how: the consultation with its reach, the evidence behind the 16 interests
                .body("whenAndHow.consultations[0].method", equalTo("GENERAL_MEETING"))
                .body("whenAndHow.consultations[0].reach", equalTo(0.377f))
                .body("whenAndHow.interestsByEvidence.MEETING", equalTo(9))
                .body("whenAndHow.interestsByEvidence.ASSUMED", equalTo(2))
                // what came out: every interest (both pages), and the five conflict lines (on I4 and I5)
                .body("whatCameOut.interests", hasSize(16))
                .body("whatCameOut.interestCount", equalTo(16))
                .body("whatCameOut.interestsTruncated", equalTo(false))
                .body("whatCameOut.interests.findAll { it.assumed }.group.name", equalTo(List.of(
                        "Huurders sociale huur", "Huurders sociale huur")))
                .body("whatCameOut.conflictLines", hasSize(5))
                .body("whatCameOut.conflictLines.issue.label.nl", hasItems("Zonnepanelen op daken van de corporatie",
                        "Warmtetransitie van de wijk"))
                .body("whatCameOut.conflictLines.findAll { it.groupA.id == '" + members + "' && it.groupB.id == '"
                        + owners + "' }", hasSize(1))
                // what was done with it: one adopted, the rest open
                .body("whatWasDoneWithIt.countsByStatus.OPEN", equalTo(15))
                .body("whatWasDoneWithIt.countsByStatus.ADOPTED", equalTo(1))
                .body("whatWasDoneWithIt.countsByStatus.REFERRED", equalTo(0))
                .body("whatWasDoneWithIt.responses", hasSize(16))
                .body("whatWasDoneWithIt.responsesTruncated", equalTo(false))
                // the roles
                .body("roles.observations", hasSize(5))
                .body("roles.observations[0].observedOn", equalTo("2026-07-01"))
                .body("roles.keyDecisions", hasSize(6));
    }

    @Test
    void shouldListAtMostAThousandInterestsOfALargeInitiativeAndCountThemAll() {
        // 16 interests of the worked case and 10 for each of 150 more groups: 1,516, handed out in bulk pages
        Zonnewijk z = new Zonnewijk("GM0344", Api.GM0344).grown(150).stub(initiatives, stakeholders);
        var report = Api.as(Api.GM0344).when().get("/v1/participation-reports/" + z.initiativeId)
                .then().log().ifValidationFails().statusCode(200)
                .body("whatCameOut.interests", hasSize(1000))
                .body("whatCameOut.interestCount", equalTo(1516))
                .body("whatCameOut.interestsTruncated", equalTo(true))
                .body("whatWasDoneWithIt.responses", hasSize(1000))
                .body("whatWasDoneWithIt.responsesTruncated", equalTo(true))
                .body("whoWasInvolved.bySource.groups.flatten()", hasSize(157))
                .extract().jsonPath();
        // the counts cover every interest, not only the listed ones
        int byStatus = report.<String, Integer>getMap("whatWasDoneWithIt.countsByStatus").values().stream()
                .mapToInt(Integer::intValue).sum();
        int byEvidence = report.<String, Integer>getMap("whenAndHow.interestsByEvidence").values().stream()
                .mapToInt(Integer::intValue).sum();
        org.junit.jupiter.api.Assertions.assertEquals(1516, byStatus);
        org.junit.jupiter.api.Assertions.assertEquals(1516, byEvidence);
        // the listed responses are those of the listed interests, in the same order
        org.junit.jupiter.api.Assertions.assertEquals(report.getList("whatCameOut.interests.id"),
                report.getList("whatWasDoneWithIt.responses.interestId"));
        // the listed interests are the first in issue order, then group order (the order the services list them)
        List<String> issueOrder = List.copyOf(z.issues.values());
        List<String> groupOrder = List.copyOf(z.groups.values());
        List<String> issues = report.getList("whatCameOut.interests.issue.id");
        List<String> groups = report.getList("whatCameOut.interests.group.id");
        for (int k = 1; k < issues.size(); k++) {
            int issue = Integer.compare(issueOrder.indexOf(issues.get(k - 1)), issueOrder.indexOf(issues.get(k)));
            org.junit.jupiter.api.Assertions.assertTrue(issue < 0 || issue == 0
                    && groupOrder.indexOf(groups.get(k - 1)) <= groupOrder.indexOf(groups.get(k)),
                    "interest " + k + " of the list is out of issue and group order");
        }
        // 1,000 of 1,516 are listed: the interests of the last issues in the order are the ones left out
        org.junit.jupiter.api.Assertions.assertEquals(issueOrder.get(0), issues.get(0));
        org.junit.jupiter.api.Assertions.assertNotEquals(issueOrder.get(issueOrder.size() - 1),
                issues.get(issues.size() - 1));
        String html = Api.as(Api.GM0344).accept("text/html").when()
                .get("/v1/participation-reports/" + z.initiativeId).then().statusCode(200).extract().asString();
        org.hamcrest.MatcherAssert.assertThat(html, containsString("de eerste 1000 van de 1516 belangen"));
        // the interests were read in two parts side by side (the stub hands each part only its own interests, so a
        // part left out or read twice would change the counts above)
        for (String part : List.of("0", "1")) {
            stakeholders.verify(com.github.tomakehurst.wiremock.client.WireMock.moreThanOrExactly(1),
                    com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                            com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/v1/bulk/interests"))
                            .withQueryParam("part", com.github.tomakehurst.wiremock.client.WireMock.equalTo(part))
                            .withQueryParam("parts", com.github.tomakehurst.wiremock.client.WireMock.equalTo("2")));
        }
    }

    @Test
    void shouldRenderAPlainAccessibleHtmlDocumentWithEscapedText() {
        Zonnewijk z = new Zonnewijk("GM0344", Api.GM0344)
                .rename("council", "Raad <script>alert(1)</script> & \"college\"")
                .stub(initiatives, stakeholders);
        String html = Api.as(Api.GM0344).accept("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")
                .when().get("/v1/participation-reports/" + z.initiativeId)
                .then().log().ifValidationFails().statusCode(200)
                .contentType("text/html")
                .header("Content-Language", "nl")
                .header("Content-Security-Policy", startsWith("default-src 'none'"))
                .extract().asString();
        org.hamcrest.MatcherAssert.assertThat(html, allOf(
                startsWith("<!DOCTYPE html>"),
                containsString("<html lang=\"nl\">"),
                containsString("<h1>Participatieverslag: Energiecoöperatie Zonnewijk</h1>"),
                containsString("<h2 id=\"betrokkenen\">1. Wie waren betrokken</h2>"),
                containsString("<h2 id=\"terugkoppeling\">5. Wat ermee is gedaan</h2>"),
                containsString("<th scope=\"col\">"),
                containsString("Raad &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;college&quot;"),
                not(containsString("<script")),
                containsString("aangenomen door de gemeente")));

        String english = Api.as(Api.GM0344).accept("text/html").header("Accept-Language", "en")
                .when().get("/v1/participation-reports/" + z.initiativeId)
                .then().statusCode(200).contentType("text/html").header("Content-Language", "en")
                .extract().asString();
        org.hamcrest.MatcherAssert.assertThat(english, allOf(containsString("<html lang=\"en\">"),
                containsString("1. Who was involved"), containsString("Broader public")));
    }

    @Test
    void shouldAnswer503AndNoPartialReportWhenAServiceCannotBeRead() {
        Zonnewijk z = new Zonnewijk("GM0344", Api.GM0344).stub(initiatives, stakeholders);
        stakeholders.stubFor(z.list("/v1/representations").atPriority(1).willReturn(aResponse().withStatus(502)));
        Api.as(Api.GM0344).accept("text/html").when().get("/v1/participation-reports/" + z.initiativeId)
                .then().log().ifValidationFails().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("detail", containsString("stakeholder-service"));
    }

    @Test
    void shouldAnswer404ForAnUnknownInitiativeAnd400ForAMalformedId() {
        String unknown = UUID.randomUUID().toString();
        initiatives.stubFor(get(urlPathEqualTo("/v1/initiatives/" + unknown)).atPriority(1)
                .willReturn(Zonnewijk.notFound()));
        Api.as(Api.GM0344).when().get("/v1/participation-reports/" + unknown)
                .then().log().ifValidationFails().statusCode(404).contentType("application/problem+json");
        Zonnewijk z = new Zonnewijk("GM0344", Api.GM0344).stub(initiatives, stakeholders);
        Api.as(Api.GM0363).when().get("/v1/participation-reports/" + z.initiativeId).then().statusCode(404);
        Api.as(Api.GM0344).when().get("/v1/participation-reports/not-a-uuid")
                .then().statusCode(400).body("errors[0].field", equalTo("initiativeId"));
    }
}
