package nl.speelveld.assessment.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import nl.speelveld.assessment.client.Dependency;
import nl.speelveld.assessment.client.Dtos;
import nl.speelveld.assessment.client.LiveReads;
import nl.speelveld.assessment.client.StakeholderClient;
import nl.speelveld.method.AssessmentInput;
import nl.speelveld.conventions.problem.ApiException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads everything the method needs for one initiative from the two other services, with the caller's token, into
 * one immutable {@link AssessmentInput}. It runs outside any database transaction; if any read fails the whole
 * assessment fails (503), so nothing is ever computed from partial data.
 */
@ApplicationScoped
class SnapshotReader {

    private final LiveReads reads;
    private final StakeholderClient stakeholders;

    SnapshotReader(LiveReads reads, StakeholderClient stakeholders) {
        this.reads = reads;
        this.stakeholders = stakeholders;
    }

    AssessmentInput read(String auth, String initiativeId, LocalDate asOf, List<String> referenceProfileIds) {
        LiveReads.InitiativeData data = reads.initiative(auth, initiativeId, () -> ApiException.invalidField(
                "initiativeId", "is not an initiative of your municipality", "unknown-id"), false);
        // Without a problem definition the issues' own inScope (false for all) is used.
        List<Dtos.ParticipantProfile> profiles = reads.stakeholderItems(
                c -> stakeholders.participantProfiles(auth, initiativeId, c));
        List<Dtos.CoreGroupSnapshot> snapshots = reads.stakeholderItems(
                c -> stakeholders.coreGroupSnapshots(auth, initiativeId, c));

        Map<String, Dtos.PopulationProfile> populations = new LinkedHashMap<>();
        for (int i = 0; i < referenceProfileIds.size(); i++) {
            String id = referenceProfileIds.get(i);
            try {
                populations.put(id, reads.stakeholderRead(() -> stakeholders.populationProfile(auth, id)));
            } catch (Dependency.NotFound e) {
                throw ApiException.invalidField("referenceProfileIds[" + i + "]",
                        "is not a population profile of your municipality", "unknown-id");
            }
        }
        Set<String> defaults = new LinkedHashSet<>();
        profiles.stream().map(Dtos.ParticipantProfile::referenceProfileId).filter(id -> id != null)
                .forEach(defaults::add);
        for (String id : defaults) {
            if (!populations.containsKey(id)) {
                try {
                    populations.put(id, reads.stakeholderRead(() -> stakeholders.populationProfile(auth, id)));
                } catch (Dependency.NotFound e) {
                    // The profile's own reference was removed: the method reports NO_REFERENCE for its dimensions.
                }
            }
        }
        return toInput(asOf, referenceProfileIds, data.initiative(), data.issues(), data.definition(),
                data.observations(), data.decisions(), data.groups(), data.interests(), data.overrides(), profiles,
                snapshots, data.consultations(), new ArrayList<>(populations.values()));
    }

    private static AssessmentInput toInput(LocalDate asOf, List<String> referenceProfileIds, Dtos.Initiative i,
            List<Dtos.Issue> issues, Dtos.ProblemDefinition definition, List<Dtos.RoleObservation> observations,
            List<Dtos.KeyDecision> decisions,
            List<Dtos.StakeholderGroup> groups, List<Dtos.Interest> interests, List<Dtos.ConflictOverride> overrides,
            List<Dtos.ParticipantProfile> profiles, List<Dtos.CoreGroupSnapshot> snapshots,
            List<Dtos.ConstituencyConsultation> consultations, List<Dtos.PopulationProfile> populations) {
        return new AssessmentInput(asOf, referenceProfileIds,
                new AssessmentInput.Initiative(i.id(), i.title(), i.type(), i.budgetPerYear(),
                        i.governmentFundingPerYear()),
                issues.stream().map(x -> new AssessmentInput.Issue(x.id(), x.label(), inScope(x, definition)))
                        .toList(),
                groups.stream().map(g -> new AssessmentInput.StakeholderGroup(g.id(), g.name(), g.source(),
                        is(g.affected()), is(g.power()), is(g.legitimacy()), is(g.urgency()), g.voice(),
                        g.estimatedSize(), is(g.hardToReach()))).toList(),
                interests.stream().map(x -> new AssessmentInput.Interest(x.id(), x.groupId(), x.issueId(), x.kind(),
                        x.stance(), x.evidence(), x.recordedOn(), x.createdAt(),
                        x.response() == null ? null : x.response().status())).toList(),
                overrides.stream().map(o -> new AssessmentInput.ConflictOverride(o.id(), o.interestIdA(), o.interestIdB(),
                        o.relation())).toList(),
                observations.stream().map(o -> new AssessmentInput.RoleObservation(o.id(), o.kind(), o.holderSource(),
                        o.holderGroupId(), o.role(), o.observedOn(), o.createdAt())).toList(),
                decisions.stream().map(d -> new AssessmentInput.KeyDecision(d.id(), d.subject(), d.decidedOn(),
                        d.decidedBy())).toList(),
                profiles.stream().map(p -> new AssessmentInput.ParticipantProfile(p.id(), p.groupId(), p.scope(),
                        p.measuredOn(), orZero(p.n()), p.referenceProfileId(), p.counts() == null ? List.of()
                        : p.counts().stream().map(c -> new AssessmentInput.ParticipantProfile.Count(c.dimension(),
                                c.category(), orZero(c.count()))).toList())).toList(),
                populations.stream().map(p -> new AssessmentInput.PopulationProfile(p.id(), p.name(), p.basis(),
                        p.rationale(), p.sourceTable(), p.referenceYear(), p.shares() == null ? List.of()
                        : p.shares().stream().map(s -> new AssessmentInput.PopulationProfile.Share(s.dimension(),
                                s.category(), s.value() == null ? 0.0 : s.value())).toList(), p.source()))
                        .toList(),
                snapshots.stream().map(s -> new AssessmentInput.CoreGroupSnapshot(s.id(), s.groupId(), s.takenOn(),
                        orZero(s.coreSize()), orZero(s.coreJoinedLast24Months()), s.membersTotal())).toList(),
                consultations.stream().map(SnapshotReader::consultation).toList(),
                definition == null ? null : new AssessmentInput.ProblemDefinition(definition.id(),
                        definition.sequence(), definition.issueIdsInScope()));
    }

    /**
     * inScope from the problem definition read in the same snapshot (the one its inputs name), so that the two can
     * never disagree when a new definition is stored between the two reads; the issue's own flag without one.
     */
    private static boolean inScope(Dtos.Issue issue, Dtos.ProblemDefinition definition) {
        if (definition == null || definition.issueIdsInScope() == null) {
            return issue.inScope();
        }
        return definition.issueIdsInScope().contains(issue.id());
    }

    /**
     * constituencySize and respondents are both optional in stakeholder-service. When either is missing the reach
     * is unknown: both go to the method as 0, and RO-4 skips S4 for a constituencySize of 0, rather than reading a
     * missing respondents as "nobody answered" (reach 0, a false S4).
     */
    private static AssessmentInput.ConstituencyConsultation consultation(Dtos.ConstituencyConsultation c) {
        boolean reachKnown = c.constituencySize() != null && c.respondents() != null;
        return new AssessmentInput.ConstituencyConsultation(c.id(), c.representativeGroupId(),
                c.constituencyGroupId(), c.heldOn(), reachKnown ? c.constituencySize() : 0,
                reachKnown ? c.respondents() : 0, c.issueStances() == null ? List.of() : c.issueStances().stream()
                .map(s -> new AssessmentInput.ConstituencyConsultation.IssueStance(s.issueId(), s.majorityStance()))
                .toList());
    }

    private static boolean is(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
