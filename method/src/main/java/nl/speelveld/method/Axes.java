package nl.speelveld.method;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import nl.speelveld.method.AssessmentInput.RoleObservation;
import nl.speelveld.method.AssessmentOutcome.Axis;
import nl.speelveld.method.AssessmentOutcome.Marker;
import nl.speelveld.method.AssessmentOutcome.Risk;

/**
 * The two dilemma axes with their positions, markers and risks.
 * <ul>
 *   <li>P1 = round(100 × (SC + VC) / 2), half-up; FOCUSED up to {@code p1.focused.max}, INTERMEDIATE up to
 *       {@code p1.intermediate.max}, BROADENED above. Null (with a null label) when SC or VC is not computed.</li>
 *   <li>P2 = {@code p2.step} × r(TAKEN), labelled with the role code taken; null without a TAKEN observation.</li>
 *   <li>Role markers: the WANTED role of RO-1 (latest WANTED by COPRODUCING_CITIZENS) and, per holder, the latest
 *       EXPECTED role, each at step × r.</li>
 *   <li>A risk level is the highest rated band among its indicators (NOT_COMPUTED ones never count; NOT_COMPUTED when
 *       none is rated). {@code drivenBy} lists the indicators whose band equals that level: the ones that drive it.</li>
 * </ul>
 */
final class Axes {

    private Axes() {
    }

    /** P1 = round(100 × (SC + VC) / 2), rounded half-up from the exact fractions (so 62.5 is 63, never 62). */
    static Integer p1(Thresholds t, Exact sc, Exact vc) {
        if (sc == null || vc == null) {
            return null;
        }
        return sc.plus(vc).times(BigDecimal.valueOf(100)).dividedBy(2).rounded(0).intValueExact();
    }

    static String p1Label(Thresholds t, Integer p1) {
        if (p1 == null) {
            return null;
        }
        if (p1 <= t.integer("p1.focused.max")) {
            return "FOCUSED";
        }
        return p1 <= t.integer("p1.intermediate.max") ? "INTERMEDIATE" : "BROADENED";
    }

    static Risk risk(String type, IndicatorResult... parts) {
        List<Band> bands = new ArrayList<>();
        for (IndicatorResult r : parts) {
            bands.add(r.band());
        }
        Band level = Band.max(bands);
        List<String> drivenBy = new ArrayList<>();
        if (level != Band.NOT_COMPUTED) {
            for (IndicatorResult r : parts) {
                if (r.band() == level) {
                    drivenBy.add(r.indicator().code());
                }
            }
        }
        return new Risk(type, level, drivenBy);
    }

    static Axis feasibilityInclusivity(Snapshot s, FI1ScopeCoverage.Result fi1, FI2IssueLoad.Result fi2,
                                       FI3VoiceCoverage.Result fi3, FI4SilentClaims.Result fi4,
                                       FI5RepresentativenessGap.Result fi5, FI6ConflictDensity.Result fi6,
                                       FI7PartiesAtTable.Result fi7, FI8BroadeningPreview.Result fi8) {
        Integer p1 = p1(s.thresholds, fi1.coverage(), fi3.coverage());
        return new Axis(IndicatorCatalog.FI, p1, p1Label(s.thresholds, p1), List.of(), List.of(
                risk("INCLUSIVITY", fi3, fi4, fi5),
                risk("FEASIBILITY", fi2, fi6, fi7),
                risk("BROADENING_PREVIEW", fi8)));
    }

    static Axis role(Snapshot s, RO1RoleGap.Result ro1, IndicatorResult ro2, IndicatorResult ro3,
                     IndicatorResult ro4, IndicatorResult ro5) {
        int step = s.thresholds.integer("p2.step");
        RoleObservation taken = ro1.taken();
        Integer p2 = taken == null ? null : step * Snapshot.roleValue(taken.role());
        List<Marker> markers = new ArrayList<>();
        if (ro1.wanted() != null) {
            markers.add(marker(s, ro1.wanted(), step));
        }
        for (RoleObservation o : RoleObservations.latestPerHolder(s, o -> "EXPECTED".equals(o.kind()))) {
            markers.add(marker(s, o, step));
        }
        return new Axis(IndicatorCatalog.RO, p2, taken == null ? null : taken.role(), markers,
                List.of(risk("ROLE_TENSION", ro1, ro2, ro3, ro4, ro5)));
    }

    private static Marker marker(Snapshot s, RoleObservation o, int step) {
        return new Marker(o.role(), step * Snapshot.roleValue(o.role()), o.kind(), RoleObservations.holder(s, o));
    }
}
