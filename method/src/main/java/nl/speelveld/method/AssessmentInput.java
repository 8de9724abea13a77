package nl.speelveld.method;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable snapshot of everything the method {@code dilemma-1.0} reads for one initiative: the initiative and its
 * issues, role observations and key decisions (initiative-service) and the stakeholder groups, interests, conflict
 * overrides, profiles, core-group snapshots and constituency consultations (stakeholder-service).
 *
 * <p>Ids are the UUID text of the owning service. Enumeration values are the API codes as plain strings
 * (for example {@code "COPRODUCING_CITIZENS"}, {@code "SUPPORT"}), so that a code added later does not break the
 * snapshot. Lists are copied; a {@code null} list becomes empty.
 *
 * @param asOf                      the date the time windows are counted back from
 * @param referenceProfileIds       the request's reference profiles, in order of preference (may be empty)
 * @param initiative                the initiative
 * @param issues                    every issue raised around it, in scope or not
 * @param groups                    the stakeholder groups
 * @param interests                 every interest ever recorded (the method picks the latest per group and issue)
 * @param conflictOverrides         human corrections of the stance-based conflict rule
 * @param roleObservations          every role observation (append-only history)
 * @param keyDecisions              every key decision
 * @param participantProfiles       aggregated participant profiles (history included)
 * @param populationProfiles        the reference populations that may be used (request's and profiles' own)
 * @param coreGroupSnapshots        core-group snapshots (history included)
 * @param constituencyConsultations constituency consultations (history included)
 * @param problemDefinition         the current problem definition that sets {@code inScope} of the issues, or null
 *                                  when none has been recorded (then no issue is in scope)
 */
public record AssessmentInput(
        LocalDate asOf,
        List<String> referenceProfileIds,
        Initiative initiative,
        List<Issue> issues,
        List<StakeholderGroup> groups,
        List<Interest> interests,
        List<ConflictOverride> conflictOverrides,
        List<RoleObservation> roleObservations,
        List<KeyDecision> keyDecisions,
        List<ParticipantProfile> participantProfiles,
        List<PopulationProfile> populationProfiles,
        List<CoreGroupSnapshot> coreGroupSnapshots,
        List<ConstituencyConsultation> constituencyConsultations,
        ProblemDefinition problemDefinition) {

    public AssessmentInput {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(initiative, "initiative");
        referenceProfileIds = copy(referenceProfileIds);
        issues = copy(issues);
        groups = copy(groups);
        interests = copy(interests);
        conflictOverrides = copy(conflictOverrides);
        roleObservations = copy(roleObservations);
        keyDecisions = copy(keyDecisions);
        participantProfiles = copy(participantProfiles);
        populationProfiles = copy(populationProfiles);
        coreGroupSnapshots = copy(coreGroupSnapshots);
        constituencyConsultations = copy(constituencyConsultations);
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    static Map<String, String> copy(Map<String, String> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /**
     * The initiative.
     *
     * @param title                    localized title
     * @param type                     {@code CITIZEN_INITIATIVE}, {@code COPRODUCTION} or {@code CITIZEN_COLLECTIVE}
     * @param budgetPerYear            whole euros, may be null
     * @param governmentFundingPerYear whole euros, may be null
     */
    public record Initiative(String id, Map<String, String> title, String type, Long budgetPerYear,
                             Long governmentFundingPerYear) {
        public Initiative {
            title = copy(title);
        }
    }

    /** An issue (kwestie) raised around the initiative; {@code inScope} comes from the current problem definition. */
    public record Issue(String id, Map<String, String> label, boolean inScope) {
        public Issue {
            Objects.requireNonNull(id, "issue id");
            label = copy(label);
        }
    }

    /**
     * A stakeholder group.
     *
     * @param source        {@code COPRODUCING_CITIZENS}, {@code BROADER_PUBLIC}, {@code PUBLIC_ORGANISATION}, {@code POLITICS}
     * @param voice         {@code ACTIVE_COPRODUCER}, {@code ACTIVELY_INVOLVED}, {@code REPRESENTED_WITH_MANDATE},
     *                      {@code SPOKEN_FOR}, {@code NOT_INVOLVED} or {@code UNKNOWN}; null counts as UNKNOWN
     * @param estimatedSize may be null
     */
    public record StakeholderGroup(String id, String name, String source, boolean affected, boolean power,
                                   boolean legitimacy, boolean urgency, String voice, Integer estimatedSize,
                                   boolean hardToReach) {
        public StakeholderGroup {
            Objects.requireNonNull(id, "group id");
        }
    }

    /**
     * One recorded interest (wish, preference, interest, idea, motivation).
     *
     * @param stance         {@code STRONGLY_OPPOSE} … {@code STRONGLY_SUPPORT} or {@code UNKNOWN}
     * @param evidence       the evidence type, {@code ASSUMED} for the civil servant's own assumption
     * @param createdAt      when it was stored; breaks ties between interests recorded on the same day
     * @param responseStatus the municipality's response status; null means {@code OPEN}
     */
    public record Interest(String id, String groupId, String issueId, String kind, String stance, String evidence,
                           LocalDate recordedOn, Instant createdAt, String responseStatus) {
        public Interest {
            Objects.requireNonNull(id, "interest id");
            if (responseStatus == null || responseStatus.isBlank()) {
                responseStatus = "OPEN";
            }
        }
    }

    /** A person's correction of the stance rule for the pair of interests A and B: {@code CONFLICT} or {@code COMPATIBLE}. */
    public record ConflictOverride(String id, String interestIdA, String interestIdB, String relation) {
    }

    /**
     * The version of the problem definition that the issues' {@code inScope} comes from (traceability of FI-1 and FI-2).
     *
     * @param sequence        its version number: 1, 2, …
     * @param issueIdsInScope the issues it takes in
     */
    public record ProblemDefinition(String id, Integer sequence, List<String> issueIdsInScope) {
        public ProblemDefinition {
            issueIdsInScope = copy(issueIdsInScope);
        }
    }

    /**
     * An observation of the government's role.
     *
     * @param kind          {@code TAKEN}, {@code PERCEIVED}, {@code WANTED} or {@code EXPECTED}
     * @param holderGroupId may be null; the holder is then the source
     * @param role          {@code LET_GO}, {@code FACILITATE}, {@code STIMULATE}, {@code DIRECT} or {@code REGULATE}
     */
    public record RoleObservation(String id, String kind, String holderSource, String holderGroupId, String role,
                                  LocalDate observedOn, Instant createdAt) {
    }

    /** A key decision; {@code decidedBy} is {@code CITIZENS}, {@code JOINT}, {@code GOVERNMENT} or {@code OTHER_ORGANISATION}. */
    public record KeyDecision(String id, String subject, LocalDate decidedOn, String decidedBy) {
    }

    /**
     * An aggregated participant profile.
     *
     * @param scope              {@code CORE_GROUP}, {@code ACTIVE_PARTICIPANTS}, {@code MEMBERS}, {@code USERS_REACHED}
     *                           or {@code RESPONDENTS}
     * @param referenceProfileId the population it is compared with by default, may be null
     * @param counts             counts per dimension and category; per dimension they sum to n
     */
    public record ParticipantProfile(String id, String groupId, String scope, LocalDate measuredOn, int n,
                                     String referenceProfileId, List<Count> counts) {
        public ParticipantProfile {
            counts = copy(counts);
        }

        /** One aggregated count. */
        public record Count(String dimension, String category, int count) {
        }
    }

    /**
     * A reference population.
     *
     * @param basis         {@code ALL_RESIDENTS}, {@code ADULTS}, {@code AFFECTED_AREA} or {@code TARGET_GROUP}
     * @param rationale     why this population is the right reference; required unless ALL_RESIDENTS
     * @param sourceTable   for CBS data the StatLine table id, e.g. {@code 85984NED}
     * @param referenceYear the year the figures describe
     * @param shares        fractions per dimension and category
     * @param source        {@code CBS_KWB}, {@code BRP}, {@code HOUSING_ASSOCIATION}, {@code SURVEY}, {@code OTHER}; may
     *                      be null (then a CBS table is recognised by its {@code …NED} id)
     */
    public record PopulationProfile(String id, String name, String basis, String rationale, String sourceTable,
                                    Integer referenceYear, List<Share> shares, String source) {
        public PopulationProfile {
            shares = copy(shares);
        }

        /** Without the optional {@code source}. */
        public PopulationProfile(String id, String name, String basis, String rationale, String sourceTable,
                                 Integer referenceYear, List<Share> shares) {
            this(id, name, basis, rationale, sourceTable, referenceYear, shares, null);
        }

        /** One share: a fraction of the population. */
        public record Share(String dimension, String category, double value) {
        }
    }

    /** A snapshot of the size and renewal of a group's active core; {@code membersTotal} may be null. */
    public record CoreGroupSnapshot(String id, String groupId, LocalDate takenOn, int coreSize,
                                    int coreJoinedLast24Months, Integer membersTotal) {
    }

    /**
     * A consultation of a constituency (achterban) by its representatives.
     *
     * @param constituencyGroupId may be null
     * @param issueStances        the majority stance of the constituency per issue
     */
    public record ConstituencyConsultation(String id, String representativeGroupId, String constituencyGroupId,
                                           LocalDate heldOn, int constituencySize, int respondents,
                                           List<IssueStance> issueStances) {
        public ConstituencyConsultation {
            issueStances = copy(issueStances);
        }

        /** The constituency's majority stance on one issue. */
        public record IssueStance(String issueId, String majorityStance) {
        }
    }
}
