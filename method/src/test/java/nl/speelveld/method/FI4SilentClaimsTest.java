package nl.speelveld.method;

import static nl.speelveld.method.InputBuilder.input;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FI4SilentClaimsTest {

    @SuppressWarnings("unchecked")
    private static List<String> silentIds(FI4SilentClaims.Result r) {
        return ((List<Map<String, Object>>) r.indicator().details().get("silentGroups")).stream()
                .map(m -> (String) m.get("id")).toList();
    }

    @Test
    void shouldBeLowWithoutSilentLegitimateGroups() {
        FI4SilentClaims.Result r = FI4SilentClaims.compute(input()
                .group("active", "BROADER_PUBLIC", "ACTIVELY_INVOLVED")
                .group("illegitimate", "BROADER_PUBLIC", "NOT_INVOLVED", true, false, true, null)
                .group("unaffected", "BROADER_PUBLIC", "NOT_INVOLVED", false, true, true, null)
                .snapshot());
        assertEquals(0, r.indicator().value());
        assertEquals(Band.LOW, r.band());
        assertEquals(List.of(), silentIds(r));
    }

    @Test
    void shouldBeMediumWhenSilentGroupsHaveNoUrgency() {
        FI4SilentClaims.Result r = FI4SilentClaims.compute(input()
                .group("spoken", "BROADER_PUBLIC", "SPOKEN_FOR")
                .group("unknown", "BROADER_PUBLIC", "UNKNOWN")
                .snapshot());
        assertEquals(2, r.indicator().value());
        assertEquals(Band.MEDIUM, r.band());
        assertEquals(List.of("spoken", "unknown"), silentIds(r));
    }

    @Test
    void shouldBeHighWhenASilentGroupHasUrgency() {
        FI4SilentClaims.Result r = FI4SilentClaims.compute(input()
                .group("spoken", "BROADER_PUBLIC", "SPOKEN_FOR")
                .group("tenants", "BROADER_PUBLIC", "NOT_INVOLVED", true, true, true, null)
                .snapshot());
        assertEquals(Band.HIGH, r.band());
        assertEquals(1, r.urgent().size());
        assertEquals("Groep tenants", r.urgent().get(0).name());
    }
}
