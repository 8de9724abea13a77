package nl.speelveld.conventions.metrics;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MetricsLabelsTest {

    @Test
    void shouldReplaceIdsAndTokensInARawPathAndLeaveTemplatesAlone() {
        assertEquals("/v1/assessments/{id}/decision-records/{id}", MetricsLabels.withoutIds("/v1/assessments/"
                + UUID.randomUUID() + "/decision-records/" + UUID.randomUUID().toString().toUpperCase()));
        assertEquals("/v1/initiatives/{id}/problem-definitions/{id}",
                MetricsLabels.withoutIds("/v1/initiatives/" + UUID.randomUUID() + "/problem-definitions/12"));
        assertEquals("/v1/embed/{id}", MetricsLabels.withoutIds("/v1/embed/aZ3_kQ9-xY2mP7rT1vW8sL4n"));
        for (String template : new String[] {"/v1/assessments/{id}", "/v1/participation-reports",
            "/v1/constituency-consultations", "/v1/vocabularies/{name}", "/q/health/live", "root", "/"}) {
            assertEquals(template, MetricsLabels.withoutIds(template));
        }
    }

    @Test
    void shouldKeepOneSeriesForFiftyDifferentIds() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        registry.config().meterFilter(new MetricsLabels().noIdsInUris());
        for (int i = 0; i < 50; i++) {
            Timer.builder("http.server.requests").tag("method", "DELETE").tag("status", "405")
                    .tag("uri", "/v1/assessments/" + UUID.randomUUID()).register(registry).record(() -> { });
        }
        Set<String> uris = new TreeSet<>();
        registry.find("http.server.requests").timers().forEach(t -> uris.add(t.getId().getTag("uri")));
        assertEquals(Set.of("/v1/assessments/{id}"), uris);
        assertEquals(50, registry.find("http.server.requests").timer().count());
    }
}
