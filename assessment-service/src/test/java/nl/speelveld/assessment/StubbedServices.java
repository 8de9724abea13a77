package nl.speelveld.assessment;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashMap;
import java.util.Map;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Stands in for initiative-service and stakeholder-service: one WireMock server each, on free ports, whose URLs become
 * the REST clients' URLs. Tests register the stubs they need through fields annotated {@link Initiatives} and
 * {@link Stakeholders}.
 *
 * <p>Test-only settings, given here rather than in application.properties: the outbound timeouts are lowered (read
 * 3 s, fault-tolerance timeout 2 s instead of 5 s and 4.5 s) so the "hanging dependency" test stays quick, and the
 * circuit breakers are off because several tests make a dependency fail on purpose; a breaker opened by one test
 * would turn the next test's reads into 503s.
 */
public class StubbedServices implements QuarkusTestResourceLifecycleManager {

    /** Marks the field that receives the initiative-service stub. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Initiatives {
    }

    /** Marks the field that receives the stakeholder-service stub. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Stakeholders {
    }

    private WireMockServer initiatives;
    private WireMockServer stakeholders;

    @Override
    public Map<String, String> start() {
        initiatives = new WireMockServer(options().dynamicPort().containerThreads(20));
        stakeholders = new WireMockServer(options().dynamicPort().containerThreads(20));
        initiatives.start();
        stakeholders.start();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.rest-client.initiative-api.url", initiatives.baseUrl());
        config.put("quarkus.rest-client.stakeholder-api.url", stakeholders.baseUrl());
        for (String api : new String[] {"initiative-api", "stakeholder-api"}) {
            config.put("quarkus.rest-client." + api + ".read-timeout", "3000");
        }
        for (String client : new String[] {"InitiativeClient", "StakeholderClient"}) {
            String prefix = "nl.speelveld.assessment.client." + client;
            config.put(prefix + "/Timeout/value", "2000");
            config.put(prefix + "/CircuitBreaker/enabled", "false");
        }
        // The validator warns about security schemes on every request although request checks are off (see Api).
        config.put("quarkus.log.category.\"com.atlassian.oai.validator\".level", "ERROR");
        return config;
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(initiatives,
                new TestInjector.AnnotatedAndMatchesType(Initiatives.class, WireMockServer.class));
        injector.injectIntoFields(stakeholders,
                new TestInjector.AnnotatedAndMatchesType(Stakeholders.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (initiatives != null) {
            initiatives.stop();
        }
        if (stakeholders != null) {
            stakeholders.stop();
        }
    }
}
