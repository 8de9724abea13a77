package nl.speelveld.initiative;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * stakeholder-service as a WireMock stub on a dynamic port, for the checks of {@code raisedByGroupIds} and
 * {@code holderGroupId}. Every group is unknown (404, as stakeholder-service answers for an unknown id or another
 * municipality's) until a test declares it with {@link #group(UUID, UUID)}. Started for every test of this module.
 */
public class StakeholderServiceStub implements QuarkusTestResourceLifecycleManager {

    static final String NOT_FOUND = "{\"type\": \"/problems/not-found\", \"title\": \"Not found\", \"status\": 404,"
            + " \"detail\": \"There is no stakeholder group with that id for your municipality.\"}";

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        server.stubFor(get(urlPathMatching("/v1/stakeholder-groups/.*")).atPriority(10)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody(NOT_FOUND)));
        return Map.of("quarkus.rest-client.stakeholder-api.url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** The stub's admin client, from the test's side (the stub runs in another class loader). */
    public static WireMock admin() {
        URI url = URI.create(ConfigProvider.getConfig().getValue("quarkus.rest-client.stakeholder-api.url",
                String.class));
        return new WireMock(url.getHost(), url.getPort());
    }

    /** Declares a stakeholder group of the caller's municipality that belongs to this initiative; its id. */
    public static UUID group(UUID groupId, UUID initiativeId) {
        admin().register(get(urlPathEqualTo("/v1/stakeholder-groups/" + groupId)).atPriority(1)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\": \"" + groupId + "\", \"municipalityCode\": \"GM0344\", \"initiativeId\": \""
                                + initiativeId + "\", \"name\": {\"nl\": \"Groep\"}, \"source\": \"CITIZENS\"}")));
        return groupId;
    }

    /** A new group of this initiative. */
    public static String group(String initiativeId) {
        return group(UUID.randomUUID(), UUID.fromString(initiativeId)).toString();
    }
}
