package nl.speelveld.method;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import nl.speelveld.method.AssessmentInput.Interest;
import nl.speelveld.method.AssessmentInput.Issue;
import nl.speelveld.method.AssessmentOutcome.Axis;
import nl.speelveld.method.AssessmentOutcome.Indicator;
import nl.speelveld.method.AssessmentOutcome.Warning;

/**
 * The assessment method {@value #METHOD_VERSION} of docs/method.md: it makes the two dilemmas of the civil servant
 * visible (feasibility versus inclusivity, and the government's role) from one snapshot of the data, and never
 * decides, ranks or scores. Pure and deterministic: the same snapshot and thresholds give the same outcome.
 *
 * <p>Each indicator lives in its own class ({@link FI1ScopeCoverage} … {@link RO5PartialInterestWeighing}), whose
 * Javadoc records how it reads the text. Choices that cut across indicators, made where §3 leaves room and consistent
 * with both worked cases:
 * <ul>
 *   <li>Exactness: every value is kept as the exact fraction it is ({@link Exact}) and compared with the threshold
 *       as the decimal the threshold set holds, so a band is never taken on a rounded or binary value. Ratios are
 *       output rounded half-up to 3 decimals, P1 and the Q-WEIGH percentage rounded half-up to whole numbers, all
 *       from the exact value.</li>
 *   <li>"Latest" means latest date ({@code recordedOn}, {@code observedOn}, …), then latest {@code createdAt}, then
 *       the later record in the input. Interests of groups or issues outside the snapshot are not read.</li>
 *   <li>Time windows (RO-3, RO-4) run from asOf minus N months to asOf, both ends included; records of those
 *       indicators dated after asOf are not read. FI-5 reads per (group, scope) the latest profile measured on or
 *       before asOf. Other indicators read the current state of the records.</li>
 *   <li>An indicator that cannot be computed gets value null, band NOT_COMPUTED and the warning NOT_COMPUTED naming
 *       the indicator and the reason in its message; FI-6 and RO-3 are explained by FEW_PAIRS and FEW_DECISIONS
 *       instead (§3.9). FI-5 without any reference gets NO_REFERENCE per skipped dimension and NOT_COMPUTED.</li>
 *   <li>ASSUMED_INTERESTS: any interest in the snapshot has evidence ASSUMED (the message gives the share).</li>
 *   <li>NO_OUT_OF_SCOPE_ISSUES: no issue is out of scope (N_raised = N_in) while some affected group has a silent voice
 *       (legitimacy not required, unlike FI-4).</li>
 *   <li>Flags: STILL_CITIZEN_INITIATIVE for type CITIZEN_INITIATIVE or CITIZEN_COLLECTIVE when A &lt; 0.4 or G ≥ 2,
 *       ABANDONMENT_RISK when G ≤ −2 (any type), FINANCIAL_DEPENDENCY when funding / budget ≥ 0.75; a value that is
 *       not computed never raises a flag.</li>
 *   <li>Order: indicators FI-1…RO-5, flags and questions in the order of §3.3 and §3.6, warnings in the order they
 *       arise (identical warnings once).</li>
 * </ul>
 */
public final class DilemmaMethod {

    /** The version of the method, stored with every assessment. */
    public static final String METHOD_VERSION = "dilemma-1.0";

    /** The fixed disclaimer of docs/method.md. */
    public static final Map<String, String> DISCLAIMER = Map.of(
            "nl", "Deze analyse ondersteunt uw afweging; zij neemt geen besluit en geeft geen oordeel over het initiatief.",
            "en", "This analysis supports your weighing; it does not decide and does not judge the initiative.");

    /** The method version, for callers that hold an instance. */
    public String methodVersion() {
        return METHOD_VERSION;
    }

    /** Assesses one snapshot with one threshold set. */
    public AssessmentOutcome assess(AssessmentInput input, Thresholds thresholds) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(thresholds, "thresholds");
        Snapshot s = new Snapshot(input, thresholds);

        FI1ScopeCoverage.Result fi1 = FI1ScopeCoverage.compute(s);
        FI2IssueLoad.Result fi2 = FI2IssueLoad.compute(s);
        FI3VoiceCoverage.Result fi3 = FI3VoiceCoverage.compute(s);
        FI4SilentClaims.Result fi4 = FI4SilentClaims.compute(s);
        FI5RepresentativenessGap.Result fi5 = FI5RepresentativenessGap.compute(s);
        FI6ConflictDensity.Result fi6 = FI6ConflictDensity.compute(s);
        FI7PartiesAtTable.Result fi7 = FI7PartiesAtTable.compute(s);
        FI8BroadeningPreview.Result fi8 = FI8BroadeningPreview.compute(s);
        RO1RoleGap.Result ro1 = RO1RoleGap.compute(s);
        RO2ExpectationSpread.Result ro2 = RO2ExpectationSpread.compute(s);
        RO3Autonomy.Result ro3 = RO3Autonomy.compute(s);
        RO4ConstituencyDrift.Result ro4 = RO4ConstituencyDrift.compute(s);
        RO5PartialInterestWeighing.Result ro5 = RO5PartialInterestWeighing.compute(s);
        List<IndicatorResult> all = List.of(fi1, fi2, fi3, fi4, fi5, fi6, fi7, fi8, ro1, ro2, ro3, ro4, ro5);

        Axis fiAxis = Axes.feasibilityInclusivity(s, fi1, fi2, fi3, fi4, fi5, fi6, fi7, fi8);
        Axis roleAxis = Axes.role(s, ro1, ro2, ro3, ro4, ro5);

        List<String> flags = flags(s, ro1.gap(), ro3.autonomy(), ro3.fundingShare());

        Set<Warning> warnings = new LinkedHashSet<>();
        warnings.addAll(dataWarnings(s));
        List<Indicator> indicators = new ArrayList<>();
        for (IndicatorResult r : all) {
            indicators.add(r.indicator());
            warnings.addAll(r.warnings());
        }

        Band inclusivity = fiAxis.risk("INCLUSIVITY").level();
        Band feasibility = fiAxis.risk("FEASIBILITY").level();
        List<AssessmentOutcome.Question> questions = ReflectionQuestions.of(s, inclusivity, feasibility, fi3, fi4,
                fi5, fi6, fi8, ro1, ro2, ro3, ro4, ro5, flags);

        return new AssessmentOutcome(METHOD_VERSION, thresholds.version(), List.of(fiAxis, roleAxis), indicators,
                flags, new ArrayList<>(warnings), questions, DISCLAIMER_ORDERED);
    }

    private static final Map<String, String> DISCLAIMER_ORDERED = Texts.of(DISCLAIMER.get("nl"), DISCLAIMER.get("en"));

    static List<String> flags(Snapshot s, Integer gap, Exact autonomy, Exact fundingShare) {
        Thresholds t = s.thresholds;
        List<String> flags = new ArrayList<>();
        String type = s.input.initiative().type();
        boolean citizens = "CITIZEN_INITIATIVE".equals(type) || "CITIZEN_COLLECTIVE".equals(type);
        boolean lowAutonomy = autonomy != null && autonomy.lt(t.get("flag.stillCitizenInitiative.maxAutonomy"));
        boolean steered = gap != null && Exact.of(gap).ge(t.get("flag.stillCitizenInitiative.minGap"));
        if (citizens && (lowAutonomy || steered)) {
            flags.add("STILL_CITIZEN_INITIATIVE");
        }
        if (gap != null && Exact.of(gap).le(t.get("flag.abandonment.maxGap"))) {
            flags.add("ABANDONMENT_RISK");
        }
        if (fundingShare != null && fundingShare.ge(t.get("flag.financialDependency.minShare"))) {
            flags.add("FINANCIAL_DEPENDENCY");
        }
        return flags;
    }

    static List<Warning> dataWarnings(Snapshot s) {
        List<Warning> out = new ArrayList<>();
        List<Interest> interests = s.input.interests();
        long assumed = interests.stream().filter(i -> "ASSUMED".equals(i.evidence())).count();
        if (assumed > 0) {
            int share = Exact.ratio(assumed, interests.size()).percent();
            out.add(IndicatorCatalog.warning("ASSUMED_INTERESTS",
                    assumed + " van de " + interests.size() + " belangen (" + share
                            + "%) zijn aangenomen door de ambtenaar, niet gehoord.",
                    assumed + " of the " + interests.size() + " interests (" + share
                            + "%) are the civil servant's assumptions, not heard."));
        }
        boolean noneOut = s.issues.values().stream().allMatch(Issue::inScope);
        List<String> silent = s.groups.values().stream().filter(g -> g.affected() && Snapshot.silent(g))
                .map(g -> s.groupName(g.id())).toList();
        if (noneOut && !silent.isEmpty()) {
            out.add(IndicatorCatalog.warning("NO_OUT_OF_SCOPE_ISSUES",
                    "Alle vastgelegde kwesties vallen binnen de afbakening, terwijl " + Texts.list(silent, "nl")
                            + " geen eigen stem hebben: is niet-deelnemers gevraagd welke kwesties zij zien?",
                    "All recorded issues are inside the scope while " + Texts.list(silent, "en")
                            + " have no voice of their own: were non-participants asked which issues they see?"));
        }
        return out;
    }
}
