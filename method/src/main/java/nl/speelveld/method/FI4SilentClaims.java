package nl.speelveld.method;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.speelveld.method.AssessmentInput.StakeholderGroup;
import nl.speelveld.method.AssessmentOutcome.Indicator;
import nl.speelveld.method.AssessmentOutcome.Input;

/**
 * FI-4 silent legitimate claims (stille legitieme belangen): the affected groups with {@code legitimacy} and a silent
 * voice (SPOKEN_FOR, NOT_INVOLVED, UNKNOWN). HIGH if any of them has {@code urgency} (Mitchell's dependent
 * stakeholders), MEDIUM if there are some but none with urgency, LOW if none. The value is their number; it is
 * always computable (no affected groups gives 0, LOW).
 */
final class FI4SilentClaims {

    record Result(Indicator indicator, List<AssessmentOutcome.Warning> warnings, List<StakeholderGroup> silent,
                  List<StakeholderGroup> urgent) implements IndicatorResult {
    }

    private FI4SilentClaims() {
    }

    static Result compute(Snapshot s) {
        List<StakeholderGroup> silent = new ArrayList<>();
        List<StakeholderGroup> urgent = new ArrayList<>();
        List<Input> inputs = new ArrayList<>();
        List<Object> silentRefs = new ArrayList<>();
        for (StakeholderGroup g : s.groups.values()) {
            if (g.affected() && g.legitimacy() && Snapshot.silent(g)) {
                silent.add(g);
                if (silentRefs.size() < ConflictPairs.LISTED) {
                    silentRefs.add(s.groupRef(g.id()));
                }
                inputs.add(new Input(g.id(), g.name(), Snapshot.voice(g) + (g.urgency() ? ", urgency" : "")));
                if (g.urgency()) {
                    urgent.add(g);
                }
            }
        }
        Band band = silent.isEmpty() ? Band.LOW : urgent.isEmpty() ? Band.MEDIUM : Band.HIGH;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("silentGroups", silentRefs);
        details.put("withUrgency", urgent.stream().limit(ConflictPairs.LISTED).map(g -> (Object) s.groupRef(g.id()))
                .toList());
        details.put("withUrgencyCount", urgent.size());
        String formula = "|{g ∈ A: legitimacy ∧ voice ∈ Silent}| = " + silent.size() + ", of which with urgency: "
                + urgent.size();
        List<String> names = silent.stream().map(g -> s.groupName(g.id())).toList();
        Map<String, String> explanation = IndicatorCatalog.explain(band,
                "Geraakte groepen met een legitiem belang maar zonder eigen stem: " + Texts.list(names, "nl")
                        + ". Met urgentie zijn zij afhankelijk van anderen om gehoord te worden.",
                "Affected groups with a legitimate claim but no voice of their own: " + Texts.list(names, "en")
                        + ". With urgency they depend on others to be heard.");
        Indicator ind = IndicatorCatalog.build("FI-4", silent.size(), band, formula, inputs, explanation, details);
        return new Result(ind, List.of(), List.copyOf(silent), List.copyOf(urgent));
    }
}
