package nl.speelveld.method;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import nl.speelveld.method.AssessmentInput.ConflictOverride;
import nl.speelveld.method.AssessmentInput.ConstituencyConsultation;
import nl.speelveld.method.AssessmentInput.CoreGroupSnapshot;
import nl.speelveld.method.AssessmentInput.Initiative;
import nl.speelveld.method.AssessmentInput.Interest;
import nl.speelveld.method.AssessmentInput.Issue;
import nl.speelveld.method.AssessmentInput.KeyDecision;
import nl.speelveld.method.AssessmentInput.ParticipantProfile;
import nl.speelveld.method.AssessmentInput.PopulationProfile;
import nl.speelveld.method.AssessmentInput.RoleObservation;
import nl.speelveld.method.AssessmentInput.StakeholderGroup;

/**
 * Hand-made snapshots for the rule tests. Ids are readable names; dates are ISO strings; every record gets a
 * createdAt one second after the previous one, so input order is creation order. asOf defaults to 2026-11-01.
 */
final class InputBuilder {

    private LocalDate asOf = LocalDate.parse("2026-11-01");
    private String type = "CITIZEN_INITIATIVE";
    private Long budget;
    private Long funding;
    private final List<String> references = new ArrayList<>();
    private final List<Issue> issues = new ArrayList<>();
    private final List<StakeholderGroup> groups = new ArrayList<>();
    private final List<Interest> interests = new ArrayList<>();
    private final List<ConflictOverride> overrides = new ArrayList<>();
    private final List<RoleObservation> roles = new ArrayList<>();
    private final List<KeyDecision> decisions = new ArrayList<>();
    private final List<ParticipantProfile> profiles = new ArrayList<>();
    private final List<PopulationProfile> populations = new ArrayList<>();
    private final List<CoreGroupSnapshot> snapshots = new ArrayList<>();
    private final List<ConstituencyConsultation> consultations = new ArrayList<>();
    private AssessmentInput.ProblemDefinition definition;
    private Instant clock = Instant.parse("2026-01-01T00:00:00Z");
    private int seq;

    static InputBuilder input() {
        return new InputBuilder();
    }

    private Instant tick() {
        clock = clock.plusSeconds(1);
        return clock;
    }

    private String next(String prefix) {
        return prefix + "-" + (++seq);
    }

    /** The problem definition that sets inScope: the issues currently in scope. */
    InputBuilder definition(String id, int sequence) {
        definition = new AssessmentInput.ProblemDefinition(id, sequence,
                issues.stream().filter(Issue::inScope).map(Issue::id).toList());
        return this;
    }

    InputBuilder asOf(String date) {
        asOf = LocalDate.parse(date);
        return this;
    }

    InputBuilder type(String t) {
        type = t;
        return this;
    }

    InputBuilder budget(Long perYear, Long governmentFunding) {
        budget = perYear;
        funding = governmentFunding;
        return this;
    }

    InputBuilder references(String... ids) {
        references.addAll(Arrays.asList(ids));
        return this;
    }

    InputBuilder issue(String id, boolean inScope) {
        issues.add(new Issue(id, Map.of("nl", "Kwestie " + id, "en", "Issue " + id), inScope));
        return this;
    }

    InputBuilder issues(int inScope, int outOfScope) {
        for (int i = 1; i <= inScope; i++) {
            issue("in" + i, true);
        }
        for (int i = 1; i <= outOfScope; i++) {
            issue("out" + i, false);
        }
        return this;
    }

    /** An affected, legitimate group without urgency. */
    InputBuilder group(String id, String source, String voice) {
        return group(id, source, voice, true, true, false, null);
    }

    InputBuilder group(String id, String source, String voice, boolean affected, boolean legitimacy, boolean urgency,
                       Integer size) {
        groups.add(new StakeholderGroup(id, "Groep " + id, source, affected, false, legitimacy, urgency, voice, size,
                false));
        return this;
    }

    InputBuilder interest(String group, String issue, String stance) {
        return interest(next("interest"), group, issue, stance, "MEETING", null, asOf.toString());
    }

    InputBuilder interest(String id, String group, String issue, String stance, String evidence, String response,
                          String recordedOn) {
        interests.add(new Interest(id, group, issue, "INTEREST", stance, evidence, LocalDate.parse(recordedOn), tick(),
                response));
        return this;
    }

    InputBuilder override(String a, String b, String relation) {
        overrides.add(new ConflictOverride(next("override"), a, b, relation));
        return this;
    }

    InputBuilder role(String kind, String source, String group, String role, String observedOn) {
        roles.add(new RoleObservation(next("role"), kind, source, group, role, LocalDate.parse(observedOn), tick()));
        return this;
    }

    InputBuilder taken(String role) {
        return role("TAKEN", "PUBLIC_ORGANISATION", null, role, "2026-09-01");
    }

    InputBuilder wanted(String role) {
        return role("WANTED", "COPRODUCING_CITIZENS", null, role, "2026-09-01");
    }

    InputBuilder decision(String decidedOn, String by) {
        decisions.add(new KeyDecision(next("decision"), "Besluit " + seq, LocalDate.parse(decidedOn), by));
        return this;
    }

    /** Shares as "DIM:CAT=0.5" strings. */
    InputBuilder population(String id, String basis, String rationale, String table, Integer year, String... shares) {
        List<PopulationProfile.Share> l = new ArrayList<>();
        for (String s : shares) {
            String[] dc = s.split("=");
            String[] d = dc[0].split(":");
            l.add(new PopulationProfile.Share(d[0], d[1], Double.parseDouble(dc[1])));
        }
        populations.add(new PopulationProfile(id, "Referentie " + id, basis, rationale, table, year, l));
        return this;
    }

    /** Counts as "DIM:CAT=5" strings. */
    InputBuilder profile(String id, String group, String scope, String measuredOn, int n, String reference,
                         String... counts) {
        List<ParticipantProfile.Count> l = new ArrayList<>();
        for (String s : counts) {
            String[] dc = s.split("=");
            String[] d = dc[0].split(":");
            l.add(new ParticipantProfile.Count(d[0], d[1], Integer.parseInt(dc[1])));
        }
        profiles.add(new ParticipantProfile(id, group, scope, LocalDate.parse(measuredOn), n, reference, l));
        return this;
    }

    InputBuilder snapshot(String group, String takenOn, int coreSize, int joined, Integer membersTotal) {
        snapshots.add(new CoreGroupSnapshot(next("snapshot"), group, LocalDate.parse(takenOn), coreSize, joined,
                membersTotal));
        return this;
    }

    /** Stances as "issue=SUPPORT" strings. */
    InputBuilder consultation(String group, String heldOn, int size, int respondents, String... stances) {
        List<ConstituencyConsultation.IssueStance> l = new ArrayList<>();
        for (String s : stances) {
            String[] kv = s.split("=");
            l.add(new ConstituencyConsultation.IssueStance(kv[0], kv[1]));
        }
        consultations.add(new ConstituencyConsultation(next("consultation"), group, null, LocalDate.parse(heldOn), size,
                respondents, l));
        return this;
    }

    AssessmentInput build() {
        return new AssessmentInput(asOf, references,
                new Initiative("initiative-1", Map.of("nl", "Testinitiatief"), type, budget, funding), issues, groups,
                interests, overrides, roles, decisions, profiles, populations, snapshots, consultations, definition);
    }

    Snapshot snapshot() {
        return snapshot(Thresholds.defaults());
    }

    Snapshot snapshot(Thresholds t) {
        return new Snapshot(build(), t);
    }

    AssessmentOutcome assess() {
        return new DilemmaMethod().assess(build(), Thresholds.defaults());
    }
}
