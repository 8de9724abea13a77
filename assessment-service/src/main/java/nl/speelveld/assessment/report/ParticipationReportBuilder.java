package nl.speelveld.assessment.report;

import nl.speelveld.assessment.report.ParticipationReportResponse.ConflictLine;
import nl.speelveld.assessment.report.ParticipationReportResponse.GroupRef;
import nl.speelveld.assessment.report.ParticipationReportResponse.GroupStance;
import nl.speelveld.assessment.report.ParticipationReportResponse.IssueRef;
import nl.speelveld.assessment.client.Dtos;
import nl.speelveld.method.AssessmentInput;
import nl.speelveld.method.ConflictPairs;
import nl.speelveld.method.InterestMatrix;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Maps what was read from the two services onto the items of a participation report. Pure: no I/O. The latest
 * interests and the conflict lines come from the method's own {@link InterestMatrix} (docs/method.md), the rule FI-6
 * applies: per issue the latest interest of each group with a non-neutral stance; two groups of opposite sign form a
 * line, and a person's conflict override turns a pair into a conflict or a non-conflict. Conflict lines are counted
 * exactly and listed up to {@link ConflictPairs#LINES_PER_ISSUE} per issue (they grow with supporters × opponents).
 */
final class ParticipationReportBuilder {

    /**
     * Interests (and responses) a report lists at most: the counts cover them all; at 100,000 interests a complete
     * list would be tens of megabytes that no reader reads (every interest stays in stakeholder-service's list).
     */
    static final int LISTED = 1000;
    static final List<String> SOURCES = List.of("COPRODUCING_CITIZENS", "BROADER_PUBLIC", "PUBLIC_ORGANISATION",
            "POLITICS");
    static final List<String> STATUSES = List.of("OPEN", "ADOPTED", "PARTLY_ADOPTED", "NOT_ADOPTED", "OUT_OF_SCOPE",
            "REFERRED");
    static final List<String> EVIDENCE = List.of("MEETING", "SURVEY", "WRITTEN_RESPONSE", "PETITION", "INTERVIEW",
            "OBSERVATION", "ASSUMED");

    /** Everything read for one initiative. */
    record Sources(Dtos.Initiative initiative, Dtos.ProblemDefinition problemDefinition, List<Dtos.Issue> issues,
            List<Dtos.RoleObservation> roleObservations, List<Dtos.KeyDecision> keyDecisions,
            List<Dtos.StakeholderGroup> groups, List<Dtos.Interest> interests,
            List<Dtos.Representation> representations, List<Dtos.ConstituencyConsultation> consultations,
            List<Dtos.ConflictOverride> overrides, List<ParticipationReportResponse.OptionWeighed> optionsWeighed) {
    }

    private final Sources s;
    private final Map<String, Dtos.StakeholderGroup> groups = new LinkedHashMap<>();
    private final Map<String, Dtos.Issue> issues = new LinkedHashMap<>();
    private final Map<String, Integer> groupOrder = new HashMap<>();
    private final Map<String, Integer> issueOrder = new HashMap<>();
    private final Map<String, List<String>> representativesOf = new HashMap<>();
    private final Map<String, Integer> interestsPerIssue = new HashMap<>();
    private final InterestMatrix matrix;
    private final Map<String, GroupRef> groupRefs = new HashMap<>();
    private final Map<String, IssueRef> issueRefs = new HashMap<>();
    /** The interests the report lists (whatCameOut.interests, whatWasDoneWithIt.responses). */
    private final List<Dtos.Interest> listed;

    private ParticipationReportBuilder(Sources sources) {
        this.s = sources;
        sources.groups().forEach(g -> groups.put(g.id(), g));
        sources.issues().forEach(i -> issues.put(i.id(), i));
        groups.keySet().forEach(id -> groupOrder.put(id, groupOrder.size()));
        issues.keySet().forEach(id -> issueOrder.put(id, issueOrder.size()));
        sources.representations().forEach(r -> representativesOf.computeIfAbsent(r.representedGroupId(),
                k -> new ArrayList<>()).add(r.representativeGroupId()));
        sources.interests().forEach(x -> interestsPerIssue.merge(x.issueId(), 1, Integer::sum));
        listed = listed(sources.interests());
        matrix = InterestMatrix.of(
                sources.issues().stream().map(i -> new AssessmentInput.Issue(i.id(), i.label(), i.inScope())).toList(),
                sources.groups().stream().map(Dtos.StakeholderGroup::id).toList(),
                sources.interests().stream().map(x -> new AssessmentInput.Interest(x.id(), x.groupId(), x.issueId(),
                        x.kind(), x.stance(), x.evidence(), x.recordedOn(), x.createdAt(), null)).toList(),
                sources.overrides().stream().map(o -> new AssessmentInput.ConflictOverride(o.id(), o.interestIdA(),
                        o.interestIdB(), o.relation())).toList());
    }

    static ParticipationReportResponse build(String municipality, Instant generatedAt, Sources sources) {
        return new ParticipationReportBuilder(sources).build(municipality, generatedAt);
    }

    private ParticipationReportResponse build(String municipality, Instant generatedAt) {
        Dtos.Initiative i = s.initiative();
        return new ParticipationReportResponse(uuid(i.id()), municipality, generatedAt,
                new ParticipationReportResponse.ReportInitiative(i.title(), i.summary(), i.type(), i.phase(),
                        i.areaCodes() == null ? List.of() : i.areaCodes()),
                involved(), aboutWhat(), whenAndHow(), whatCameOut(), whatWasDone(), roles(),
                s.optionsWeighed() == null ? List.of() : List.copyOf(s.optionsWeighed()));
    }

    private ParticipationReportResponse.Involved involved() {
        List<String> sources = new ArrayList<>(SOURCES);
        s.groups().stream().map(Dtos.StakeholderGroup::source).filter(Objects::nonNull)
                .filter(x -> !sources.contains(x)).distinct().forEach(sources::add);
        List<ParticipationReportResponse.SourceGroups> bySource = sources.stream()
                .map(source -> new ParticipationReportResponse.SourceGroups(source, s.groups().stream()
                        .filter(g -> source.equals(g.source())).map(this::group).toList()))
                .toList();
        List<ParticipationReportResponse.Representation> representations = s.representations().stream()
                .map(r -> new ParticipationReportResponse.Representation(ref(r.representativeGroupId()),
                        ref(r.representedGroupId()), r.basis(), r.since(), r.lastConsultedOn()))
                .toList();
        return new ParticipationReportResponse.Involved(bySource, representations);
    }

    private ParticipationReportResponse.Group group(Dtos.StakeholderGroup g) {
        List<GroupRef> representedBy = representativesOf.getOrDefault(g.id(), List.of()).stream()
                .map(this::ref).distinct().toList();
        return new ParticipationReportResponse.Group(uuid(g.id()), g.name(), g.category(), g.affected(),
                g.voice() == null ? "UNKNOWN" : g.voice(), g.voiceEvidence(), g.salienceClass(), g.estimatedSize(),
                g.hardToReach(), g.barriers() == null ? List.of() : g.barriers(), representedBy);
    }

    private ParticipationReportResponse.AboutWhat aboutWhat() {
        Dtos.ProblemDefinition d = s.problemDefinition();
        ParticipationReportResponse.ProblemDefinition definition = d == null ? null
                : new ParticipationReportResponse.ProblemDefinition(d.sequence(), d.statement(), d.framedBy(),
                        d.scopeType());
        return new ParticipationReportResponse.AboutWhat(definition,
                s.issues().stream().filter(Dtos.Issue::inScope).map(this::issue).toList(),
                s.issues().stream().filter(x -> !x.inScope()).map(this::issue).toList());
    }

    private ParticipationReportResponse.Issue issue(Dtos.Issue i) {
        int count = interestsPerIssue.getOrDefault(i.id(), 0);
        List<GroupRef> raisedBy = i.raisedByGroupIds() == null ? List.of()
                : i.raisedByGroupIds().stream().map(this::ref).toList();
        return new ParticipationReportResponse.Issue(uuid(i.id()), i.label(), i.description(), i.raisedOn(),
                raisedBy, count);
    }

    private ParticipationReportResponse.WhenAndHow whenAndHow() {
        List<ParticipationReportResponse.Consultation> consultations = s.consultations().stream()
                .sorted(Comparator.comparing(Dtos.ConstituencyConsultation::heldOn,
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(c -> new ParticipationReportResponse.Consultation(uuid(c.id()), c.heldOn(), c.method(),
                        ref(c.representativeGroupId()),
                        c.constituencyGroupId() == null ? null : ref(c.constituencyGroupId()),
                        c.constituencySize() == null ? 0 : c.constituencySize(),
                        c.respondents() == null ? 0 : c.respondents(),
                        c.constituencySize() == null || c.respondents() == null || c.constituencySize() <= 0 ? null
                                : round3((double) c.respondents() / c.constituencySize()),
                        c.issueStances() == null ? List.of() : c.issueStances().stream()
                                .map(x -> new ParticipationReportResponse.IssueStance(issueRef(x.issueId()),
                                        x.majorityStance())).toList()))
                .toList();
        Map<String, Integer> byEvidence = zeroes(EVIDENCE);
        s.interests().forEach(x -> byEvidence.merge(x.evidence() == null ? "UNKNOWN" : x.evidence(), 1,
                Integer::sum));
        return new ParticipationReportResponse.WhenAndHow(consultations, byEvidence);
    }

    private ParticipationReportResponse.WhatCameOut whatCameOut() {
        List<ParticipationReportResponse.Interest> interests = listed.stream()
                .map(x -> new ParticipationReportResponse.Interest(uuid(x.id()), ref(x.groupId()),
                        issueRef(x.issueId()), x.kind(), x.statement(), x.stance(), x.intensity(), x.evidence(),
                        "ASSUMED".equals(x.evidence()), x.recordedOn(), isLatest(x)))
                .toList();
        List<ConflictPairs.IssueLines> issueLines = matrix.conflictLines(i -> true, ConflictPairs.LINES_PER_ISSUE);
        Map<String, Dtos.Interest> onLines = interestsOn(issueLines);
        List<ConflictLine> lines = new ArrayList<>();
        long count = 0;
        boolean truncated = false;
        for (ConflictPairs.IssueLines l : issueLines) {
            count += l.conflicts();
            truncated |= l.truncated();
            for (ConflictPairs.Pair p : l.listed()) {
                lines.add(new ConflictLine(issueRef(p.issueId()), stance(onLines.get(p.interestA())),
                        stance(onLines.get(p.interestB())), p.overrideId() == null ? "STANCES" : "OVERRIDE"));
            }
        }
        return new ParticipationReportResponse.WhatCameOut(interests, s.interests().size(),
                interests.size() < s.interests().size(), lines, count, truncated);
    }

    /**
     * The interests of the listed conflict lines by id: at most {@link ConflictPairs#LINES_PER_ISSUE} lines per issue,
     * found in one pass (a map of every interest would hold 100,000 entries at 10,000 groups for these few).
     */
    private Map<String, Dtos.Interest> interestsOn(List<ConflictPairs.IssueLines> issueLines) {
        Set<String> ids = new HashSet<>();
        issueLines.forEach(l -> l.listed().forEach(p -> {
            ids.add(p.interestA());
            ids.add(p.interestB());
        }));
        Map<String, Dtos.Interest> out = new HashMap<>();
        for (Dtos.Interest x : s.interests()) {
            if (ids.contains(x.id())) {
                out.put(x.id(), x);
            }
        }
        return out;
    }

    private ParticipationReportResponse.WhatWasDone whatWasDone() {
        Map<String, Integer> counts = zeroes(STATUSES);
        for (Dtos.Interest x : s.interests()) {
            counts.merge(status(x), 1, Integer::sum);
        }
        List<ParticipationReportResponse.ResponseItem> responses = new ArrayList<>();
        for (Dtos.Interest x : listed) {
            Dtos.Response r = x.response();
            String status = status(x);
            responses.add(new ParticipationReportResponse.ResponseItem(uuid(x.id()), ref(x.groupId()),
                    issueRef(x.issueId()), status, r == null ? null : r.reason(), r == null ? null : r.respondedOn(),
                    r == null ? null : r.respondedBy()));
        }
        return new ParticipationReportResponse.WhatWasDone(counts, responses,
                responses.size() < s.interests().size());
    }

    /** Whether the interest is the latest of its group on its issue (the one the conflict rule reads). */
    private boolean isLatest(Dtos.Interest x) {
        AssessmentInput.Interest latest = matrix.latest(x.groupId(), x.issueId());
        return latest != null && latest.id().equals(x.id());
    }

    private static String status(Dtos.Interest x) {
        return x.response() == null || x.response().status() == null ? "OPEN" : x.response().status();
    }

    private ParticipationReportResponse.Roles roles() {
        List<ParticipationReportResponse.RoleObservation> observations = s.roleObservations().stream()
                .sorted(Comparator.comparing(Dtos.RoleObservation::observedOn,
                                Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Dtos.RoleObservation::createdAt,
                                Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(o -> new ParticipationReportResponse.RoleObservation(o.kind(), o.holderSource(),
                        o.holderGroupId() == null ? null : ref(o.holderGroupId()), o.role(), o.observedOn(),
                        o.evidence(), o.note()))
                .toList();
        List<ParticipationReportResponse.KeyDecision> decisions = s.keyDecisions().stream()
                .sorted(Comparator.comparing(Dtos.KeyDecision::decidedOn,
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(d -> new ParticipationReportResponse.KeyDecision(d.subject(), d.decidedOn(), d.decidedBy(),
                        d.issueIds() == null ? List.of() : d.issueIds().stream().map(this::issueRef).toList()))
                .toList();
        return new ParticipationReportResponse.Roles(observations, decisions);
    }

    /**
     * The first {@link #LISTED} interests in issue order, then group order, then oldest first. The issue and group
     * places are looked up once per interest, not at every comparison of the sort (100,000 interests at 10,000
     * groups; the lookups in the comparator were a tenth of the report's CPU samples).
     */
    private List<Dtos.Interest> listed(List<Dtos.Interest> interests) {
        return interests.stream()
                .map(x -> new Placed(issueOrder.getOrDefault(x.issueId(), Integer.MAX_VALUE), groupOrder(x.groupId()),
                        x))
                .sorted(Comparator.comparingInt(Placed::issue).thenComparingInt(Placed::group)
                        .thenComparing(p -> p.interest().recordedOn(), Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(p -> p.interest().createdAt(), Comparator.nullsFirst(Comparator.naturalOrder())))
                .limit(LISTED).map(Placed::interest).toList();
    }

    /** An interest with the places of its issue and group in the report's order. */
    private record Placed(int issue, int group, Dtos.Interest interest) {
    }

    private int groupOrder(String id) {
        return groupOrder.getOrDefault(id, Integer.MAX_VALUE);
    }

    private GroupStance stance(Dtos.Interest x) {
        Dtos.StakeholderGroup g = groups.get(x.groupId());
        return new GroupStance(uuid(x.groupId()), g == null ? null : g.name(), x.stance());
    }

    /** One reference per group (a report names the same groups many times). */
    private GroupRef ref(String groupId) {
        if (groupId == null) {
            return new GroupRef(null, null);
        }
        return groupRefs.computeIfAbsent(groupId, id -> {
            Dtos.StakeholderGroup g = groups.get(id);
            return new GroupRef(uuid(id), g == null ? null : g.name());
        });
    }

    private IssueRef issueRef(String issueId) {
        if (issueId == null) {
            return new IssueRef(null, Map.of(), false);
        }
        return issueRefs.computeIfAbsent(issueId, id -> {
            Dtos.Issue i = issues.get(id);
            return new IssueRef(uuid(id), i == null || i.label() == null ? Map.of() : i.label(),
                    i != null && i.inScope());
        });
    }

    private static Map<String, Integer> zeroes(List<String> keys) {
        Map<String, Integer> out = new LinkedHashMap<>();
        keys.forEach(k -> out.put(k, 0));
        return out;
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static UUID uuid(String id) {
        if (id == null) {
            return null;
        }
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
