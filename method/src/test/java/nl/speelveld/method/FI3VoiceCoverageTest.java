package nl.speelveld.method;

import static nl.speelveld.method.InputBuilder.input;
import static nl.speelveld.method.TestSupport.warningCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class FI3VoiceCoverageTest {

    private static InputBuilder voiced(int withVoice, int silent) {
        InputBuilder b = input();
        for (int i = 0; i < withVoice; i++) {
            b.group("v" + i, "BROADER_PUBLIC", i % 2 == 0 ? "ACTIVELY_INVOLVED" : "REPRESENTED_WITH_MANDATE");
        }
        for (int i = 0; i < silent; i++) {
            b.group("s" + i, "BROADER_PUBLIC", "SPOKEN_FOR");
        }
        return b;
    }

    @Test
    void shouldBeLowExactlyOnThreeQuarters() {
        FI3VoiceCoverage.Result r = FI3VoiceCoverage.compute(voiced(3, 1).snapshot());
        assertEquals(0.75, r.indicator().value());
        assertEquals(Band.LOW, r.band());
    }

    @Test
    void shouldBeMediumExactlyOnOneHalf() {
        FI3VoiceCoverage.Result r = FI3VoiceCoverage.compute(voiced(1, 1).snapshot());
        assertEquals(0.5, r.indicator().value());
        assertEquals(Band.MEDIUM, r.band());
    }

    @Test
    void shouldBeHighBelowOneHalf() {
        FI3VoiceCoverage.Result r = FI3VoiceCoverage.compute(voiced(2, 3).snapshot());
        assertEquals(0.4, r.indicator().value());
        assertEquals(Band.HIGH, r.band());
        assertEquals(3, ((List<?>) r.indicator().details().get("groupsWithoutVoice")).size());
    }

    @Test
    void shouldCountOnlyAffectedGroupsAndTreatAMissingVoiceAsSilent() {
        Snapshot s = input()
                .group("core", "COPRODUCING_CITIZENS", "ACTIVE_COPRODUCER")
                .group("unknown", "BROADER_PUBLIC", null)
                .group("council", "POLITICS", "ACTIVELY_INVOLVED", false, true, false, null)
                .snapshot();
        FI3VoiceCoverage.Result r = FI3VoiceCoverage.compute(s);
        assertEquals(0.5, r.indicator().value());
        assertEquals(2, r.affected());
    }

    @Test
    void shouldShowTheWeightedCoverageOnlyWhenEverySizeIsKnown() {
        InputBuilder b = input()
                .group("a", "BROADER_PUBLIC", "ACTIVELY_INVOLVED", true, true, false, 100)
                .group("b", "BROADER_PUBLIC", "NOT_INVOLVED", true, true, false, 300);
        assertEquals(0.25, FI3VoiceCoverage.compute(b.snapshot()).indicator().details().get("weightedVoiceCoverage"));
        b.group("c", "BROADER_PUBLIC", "NOT_INVOLVED", true, true, false, null);
        assertNull(FI3VoiceCoverage.compute(b.snapshot()).indicator().details().get("weightedVoiceCoverage"));
    }

    @Test
    void shouldNotComputeWithoutAffectedGroups() {
        FI3VoiceCoverage.Result r = FI3VoiceCoverage.compute(
                input().group("x", "POLITICS", "ACTIVELY_INVOLVED", false, true, false, null).snapshot());
        assertNull(r.indicator().value());
        assertEquals(Band.NOT_COMPUTED, r.band());
        assertEquals(List.of("NOT_COMPUTED"), warningCodes(r));
    }
}
