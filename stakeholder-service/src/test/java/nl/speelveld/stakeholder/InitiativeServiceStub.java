package nl.speelveld.stakeholder;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * initiative-service as a WireMock stub on a dynamic port. Every initiative and issue exists, with the bodies of
 * initiative-service's own OpenAPI examples, except {@link #UNKNOWN_INITIATIVE} and {@link #UNKNOWN_ISSUE}, which
 * answer 404 as initiative-service does for an unknown id or another municipality's. Tests add their own stubs for
 * failures and reset with {@link #reset(WireMockServer)}.
 */
public class InitiativeServiceStub implements QuarkusTestResourceLifecycleManager {

    public static final UUID UNKNOWN_INITIATIVE = UUID.fromString("00000000-0000-4000-8000-000000000404");
    public static final UUID UNKNOWN_ISSUE = UUID.fromString("00000000-0000-4000-8000-000000000405");

    /** initiative-service's Initiative example (Examples.INITIATIVE there). */
    public static final String INITIATIVE = """
            {"id": "3f1c2a9e-8d4b-4c6f-9a1e-2b7d5c8e0f13", "municipalityCode": "GM0344", "version": 0,
             "createdAt": "2026-11-01T09:30:00Z", "updatedAt": "2026-11-01T09:30:00Z",
             "title": {"nl": "Energiecoöperatie Zonnewijk", "en": "Zonnewijk energy cooperative"},
             "summary": {"nl": "Leden leggen zonnepanelen op hun daken en kopen samen isolatie in."},
             "type": "CITIZEN_COLLECTIVE", "origin": "BOTTOM_UP", "legalForm": "COOPERATIVE",
             "challengeRight": false, "primaryDomain": "ENERGY", "secondaryDomains": [], "phase": "IMPLEMENTATION",
             "areaCodes": ["BU03440101"], "startedOn": "2021-03-01",
             "budgetPerYear": 100000, "governmentFundingPerYear": 10000, "coproductionStages": [],
             "externalRefs": [{"system": "decidim", "instance": "participatie.example.nl", "type": "initiative",
                               "id": "42", "url": "https://participatie.example.nl/initiatives/i-42"}]}""";

    /** initiative-service's Issue example (Examples.ISSUE there). */
    static final String ISSUE = """
            {"id": "7c4e1b2a-5d3f-4e8a-9b6c-1a2d3e4f5a61", "municipalityCode": "GM0344", "version": 1,
             "createdAt": "2026-11-01T09:31:00Z", "updatedAt": "2026-11-01T09:32:00Z",
             "initiativeId": "3f1c2a9e-8d4b-4c6f-9a1e-2b7d5c8e0f13",
             "label": {"nl": "Energiearmoede bij huurders", "en": "Energy poverty among tenants"},
             "description": {"nl": "Huurders van de corporatie kunnen niet meedoen met zonnepanelen op eigen dak."},
             "domain": "ENERGY", "raisedByGroupIds": ["b2d4f6a8-1c3e-4a5b-8d7f-9e0a1b2c3d4e"],
             "raisedOn": "2026-06-12",
             "scopeNote": {"nl": "Buiten de afbakening: de coöperatie richt zich op de daken van haar leden."},
             "inScope": false}""";

    public static final String NOT_FOUND = """
            {"type": "/problems/not-found", "title": "Not found", "status": 404,
             "detail": "There is no initiative with that id for your municipality."}""";

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        // A fixed free port rather than a dynamic one, so a test can stop the stub and start it again on the same
        // address (initiative-service down, then back).
        server = new WireMockServer(options().port(freePort()));
        server.start();
        reset(server);
        return Map.of("quarkus.rest-client.initiative-api.url", server.baseUrl());
    }

    /** Back to the default stubs: everything exists except the two unknown ids. */
    public static void reset(WireMockServer server) {
        server.resetAll();
        String uuid = "[0-9a-f-]{36}";
        server.stubFor(get(urlPathMatching("/v1/initiatives/" + uuid)).atPriority(10)
                .willReturn(json(200, INITIATIVE)));
        server.stubFor(get(urlPathMatching("/v1/initiatives/" + uuid + "/issues/" + uuid)).atPriority(10)
                .willReturn(json(200, ISSUE)));
        server.stubFor(get(urlPathMatching("/v1/initiatives/" + UNKNOWN_INITIATIVE + "(/.*)?")).atPriority(1)
                .willReturn(problem(404, NOT_FOUND)));
        server.stubFor(get(urlPathMatching("/v1/initiatives/" + uuid + "/issues/" + UNKNOWN_ISSUE)).atPriority(1)
                .willReturn(problem(404, NOT_FOUND)));
    }

    public static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    public static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder problem(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json").withBody(body);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(server,
                new TestInjector.AnnotatedAndMatchesType(InjectInitiativeStub.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
