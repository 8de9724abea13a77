package nl.speelveld.method;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.speelveld.method.AssessmentInput.Interest;
import nl.speelveld.method.AssessmentInput.Issue;
import nl.speelveld.method.AssessmentInput.PopulationProfile;
import nl.speelveld.method.AssessmentInput.StakeholderGroup;

/**
 * The input indexed for the rules, plus the definitions several indicators share: V⁺ and silent voices, stance signs,
 * the latest interest per (group, issue) and the time windows counted back from {@code asOf}.
 */
final class Snapshot {

    /** Voices that count as having a voice of one's own (V⁺ in docs/method.md). */
    static final Set<String> VOICE_PLUS = Set.of("ACTIVE_COPRODUCER", "ACTIVELY_INVOLVED", "REPRESENTED_WITH_MANDATE");
    /** Silent voices; a missing voice counts as UNKNOWN and so as silent. */
    static final Set<String> SILENT = Set.of("SPOKEN_FOR", "NOT_INVOLVED", "UNKNOWN");
    static final String CORE_SOURCE = "COPRODUCING_CITIZENS";
    /** Pröpper's ordinal scale of the government's role, from least to most involvement: the value is the place. */
    static final List<String> ROLE_SCALE = List.of("LET_GO", "FACILITATE", "STIMULATE", "DIRECT", "REGULATE");

    final AssessmentInput input;
    final Thresholds thresholds;
    final LocalDate asOf;
    final Map<String, StakeholderGroup> groups = new LinkedHashMap<>();
    final Map<String, Issue> issues = new LinkedHashMap<>();
    final Map<String, PopulationProfile> populations = new LinkedHashMap<>();
    /** The latest interest per (group, issue) and the conflict rule over them (§3.9). */
    final InterestMatrix matrix;
    /** One interest per (group, issue): the latest by recordedOn, then createdAt, then input order. */
    final List<Interest> latestInterests;

    Snapshot(AssessmentInput input, Thresholds thresholds) {
        this.input = input;
        this.thresholds = thresholds;
        this.asOf = input.asOf();
        for (StakeholderGroup g : input.groups()) {
            groups.putIfAbsent(g.id(), g);
        }
        for (Issue i : input.issues()) {
            issues.putIfAbsent(i.id(), i);
        }
        for (PopulationProfile p : input.populationProfiles()) {
            populations.putIfAbsent(p.id(), p);
        }
        matrix = InterestMatrix.of(input.issues(), input.groups().stream().map(StakeholderGroup::id).toList(),
                input.interests(), input.conflictOverrides());
        latestInterests = matrix.latest();
    }

    /** The latest interest of a group on an issue, or null. */
    Interest latest(String groupId, String issueId) {
        return matrix.latest(groupId, issueId);
    }

    StakeholderGroup group(String id) {
        return id == null ? null : groups.get(id);
    }

    String groupName(String id) {
        StakeholderGroup g = group(id);
        return g == null || g.name() == null ? String.valueOf(id) : g.name();
    }

    boolean isCore(String groupId) {
        StakeholderGroup g = group(groupId);
        return g != null && CORE_SOURCE.equals(g.source());
    }

    static String voice(StakeholderGroup g) {
        return g.voice() == null ? "UNKNOWN" : g.voice();
    }

    static boolean hasVoice(StakeholderGroup g) {
        return VOICE_PLUS.contains(voice(g));
    }

    static boolean silent(StakeholderGroup g) {
        return SILENT.contains(voice(g));
    }

    /** The issue label in a language (falls back to Dutch, then any), or the id. */
    String issueText(String issueId, String language) {
        Issue i = issues.get(issueId);
        String s = i == null ? "" : Texts.pick(i.label(), language);
        return s.isEmpty() ? String.valueOf(issueId) : s;
    }

    /** +1 for SUPPORT and STRONGLY_SUPPORT, −1 for OPPOSE and STRONGLY_OPPOSE, 0 for NEUTRAL, UNKNOWN or none. */
    static int sign(String stance) {
        if (stance == null) {
            return 0;
        }
        switch (stance) {
            case "SUPPORT":
            case "STRONGLY_SUPPORT":
                return 1;
            case "OPPOSE":
            case "STRONGLY_OPPOSE":
                return -1;
            default:
                return 0;
        }
    }

    /** The first day of the window of this many months up to and including {@code asOf}. */
    LocalDate windowStart(int months) {
        return asOf.minusMonths(months);
    }

    /** Whether a date lies in the window of this many months up to {@code asOf}, both ends included. */
    boolean within(LocalDate date, int months) {
        return date != null && !date.isBefore(windowStart(months)) && !date.isAfter(asOf);
    }

    /** The value of a role on the ordinal scale LET_GO 0 … REGULATE 4, or null for an unknown code. */
    static Integer roleValue(String role) {
        int value = role == null ? -1 : ROLE_SCALE.indexOf(role);
        return value < 0 ? null : value;
    }

    /**
     * The problem definition that set {@code inScope}, as the first input of FI-1 and FI-2 (traceability), or nothing
     * when no problem definition has been recorded.
     */
    List<AssessmentOutcome.Input> problemDefinitionInputs() {
        AssessmentInput.ProblemDefinition pd = input.problemDefinition();
        if (pd == null) {
            return new ArrayList<>();
        }
        List<AssessmentOutcome.Input> inputs = new ArrayList<>();
        inputs.add(new AssessmentOutcome.Input(pd.id(), "problem definition (sets inScope)", pd.sequence()));
        return inputs;
    }

    /** A reference to a group for details: {id, name}. */
    Map<String, Object> groupRef(String id) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("name", groupName(id));
        return m;
    }

    /** A reference to an issue for details: {id, label}. */
    Map<String, Object> issueRef(String id) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        Issue i = issues.get(id);
        m.put("label", i == null ? Map.of() : i.label());
        return m;
    }
}
