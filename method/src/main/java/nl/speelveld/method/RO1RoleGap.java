package nl.speelveld.method;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.speelveld.method.AssessmentInput.RoleObservation;
import nl.speelveld.method.AssessmentOutcome.Indicator;
import nl.speelveld.method.AssessmentOutcome.Input;
import nl.speelveld.method.AssessmentOutcome.Warning;

/**
 * RO-1 role gap (rolkloof): G = r(TAKEN) − r(WANTED), signed, on the scale LET_GO 0 … REGULATE 4. TAKEN is the latest
 * TAKEN observation of any holder; WANTED is the latest WANTED observation with holder source COPRODUCING_CITIZENS.
 * Band on |G| ({@code band.ro1.medium}/{@code band.ro1.high}: 0 LOW, 1 MEDIUM, ≥2 HIGH). NOT_COMPUTED when either
 * observation is missing.
 */
final class RO1RoleGap {

    record Result(Indicator indicator, List<Warning> warnings, RoleObservation taken, RoleObservation wanted, Integer gap)
            implements IndicatorResult {
    }

    private RO1RoleGap() {
    }

    static RoleObservation taken(Snapshot s) {
        return RoleObservations.latest(s, o -> "TAKEN".equals(o.kind()));
    }

    static RoleObservation wanted(Snapshot s) {
        return RoleObservations.latest(s,
                o -> "WANTED".equals(o.kind()) && Snapshot.CORE_SOURCE.equals(o.holderSource()));
    }

    static Result compute(Snapshot s) {
        RoleObservation taken = taken(s);
        RoleObservation wanted = wanted(s);
        Integer g = taken == null || wanted == null ? null
                : Snapshot.roleValue(taken.role()) - Snapshot.roleValue(wanted.role());
        List<Warning> warnings = new ArrayList<>();
        if (taken == null || wanted == null) {
            // one warning naming RO-1 (§3.9), with every missing observation as its reason
            List<String> nl = new ArrayList<>();
            List<String> en = new ArrayList<>();
            if (taken == null) {
                nl.add("er is geen waarneming van de ingenomen rol (TAKEN)");
                en.add("there is no observation of the role taken (TAKEN)");
            }
            if (wanted == null) {
                nl.add("er is geen waarneming van de rol die de coproducerende burgers wensen (WANTED)");
                en.add("there is no observation of the role the co-producing citizens want (WANTED)");
            }
            warnings.add(IndicatorCatalog.notComputed("RO-1", String.join("; ", nl) + ".",
                    String.join("; ", en) + "."));
        }
        Band band = Bands.count(g == null ? null : Math.abs(g), s.thresholds, "ro1");
        List<Input> inputs = new ArrayList<>();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("taken", observation(s, taken));
        details.put("wanted", observation(s, wanted));
        details.put("direction", g == null ? null : g > 0 ? "MORE_STEERING_THAN_WANTED"
                : g < 0 ? "MORE_DISTANCE_THAN_WANTED" : "AS_WANTED");
        if (taken != null) {
            inputs.add(new Input(taken.id(), "TAKEN", taken.role()));
        }
        if (wanted != null) {
            inputs.add(new Input(wanted.id(), "WANTED", wanted.role()));
        }
        String formula = "G = r(TAKEN) − r(WANTED) = " + value(taken) + " − " + value(wanted) + " = "
                + (g == null ? "null" : g);
        Map<String, String> explanation;
        if (g == null) {
            explanation = IndicatorCatalog.explain(band, "De ingenomen of gewenste rol is niet vastgelegd.",
                    "The role taken or the role wanted has not been recorded.");
        } else if (g > 0) {
            explanation = IndicatorCatalog.explain(band,
                    "De gemeente stuurt meer (" + Texts.name(taken.role(), "nl") + ") dan de initiatiefnemers wensen ("
                            + Texts.name(wanted.role(), "nl") + "): het eigenaarschap staat onder druk.",
                    "The municipality steers more (" + Texts.name(taken.role(), "en") + ") than the initiators want ("
                            + Texts.name(wanted.role(), "en") + "): ownership is under pressure.");
        } else if (g < 0) {
            explanation = IndicatorCatalog.explain(band,
                    "De gemeente houdt meer afstand (" + Texts.name(taken.role(), "nl") + ") dan de initiatiefnemers"
                            + " wensen (" + Texts.name(wanted.role(), "nl") + "): loslaten kan voelen als dumpen.",
                    "The municipality keeps more distance (" + Texts.name(taken.role(), "en") + ") than the"
                            + " initiators want (" + Texts.name(wanted.role(), "en") + "): letting go may feel like dumping.");
        } else {
            explanation = IndicatorCatalog.explain(band,
                    "De ingenomen rol (" + Texts.name(taken.role(), "nl") + ") is de rol die de initiatiefnemers wensen.",
                    "The role taken (" + Texts.name(taken.role(), "en") + ") is the role the initiators want.");
        }
        Indicator ind = IndicatorCatalog.build("RO-1", g, band, formula, inputs, explanation, details);
        return new Result(ind, List.copyOf(warnings), taken, wanted, g);
    }

    private static String value(RoleObservation o) {
        return o == null ? "null" : String.valueOf(Snapshot.roleValue(o.role()));
    }

    static Map<String, Object> observation(Snapshot s, RoleObservation o) {
        if (o == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", o.id());
        m.put("kind", o.kind());
        m.put("role", o.role());
        m.put("value", Snapshot.roleValue(o.role()));
        m.put("holder", RoleObservations.holder(s, o));
        m.put("observedOn", o.observedOn() == null ? null : o.observedOn().toString());
        return m;
    }
}
