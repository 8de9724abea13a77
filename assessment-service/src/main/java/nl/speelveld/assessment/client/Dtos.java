package nl.speelveld.assessment.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The small records of what assessment-service reads from initiative-service and stakeholder-service (API guide).
 * They keep only the fields the method and the participation report use, and ignore any field added later. Every
 * number is boxed: a field the other service leaves out (it omits nulls) must not fail the read; {@code SnapshotReader}
 * decides what a missing value means for the method.
 */
public final class Dtos {

    private Dtos() {
    }

    /** One page of a collection of another service. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ItemsPage<T>(List<T> items, String next) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Initiative(String id, Map<String, String> title, Map<String, String> summary, String type,
            String phase, Long budgetPerYear, Long governmentFundingPerYear, List<String> areaCodes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Issue(String id, Map<String, String> label, Map<String, String> description, String domain,
            List<String> raisedByGroupIds, LocalDate raisedOn, boolean inScope, Instant createdAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProblemDefinition(String id, Map<String, String> statement, String framedBy, Integer sequence,
            String scopeType, List<String> issueIdsInScope, Map<String, String> rationale) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RoleObservation(String id, String kind, String holderSource, String holderGroupId, String role,
            LocalDate observedOn, String evidence, String note, Instant createdAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record KeyDecision(String id, String subject, LocalDate decidedOn, String decidedBy,
            List<String> issueIds, Instant createdAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StakeholderGroup(String id, String initiativeId, String name, String source, String category,
            Boolean affected,
            Boolean power, Boolean legitimacy, Boolean urgency, String voice, String voiceEvidence,
            Integer estimatedSize, Boolean hardToReach, String salienceClass, List<String> barriers) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Response(String status, String reason, LocalDate respondedOn, String respondedBy) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Interest(String id, String initiativeId, String groupId, String issueId, String kind,
            Map<String, String> statement, String stance, String intensity, String evidence, LocalDate recordedOn,
            Instant createdAt, Response response) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ConflictOverride(String id, String interestIdA, String interestIdB, String relation,
            String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Count(String dimension, String category, Integer count) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ParticipantProfile(String id, String groupId, String scope, LocalDate measuredOn, Integer n,
            String method, String referenceProfileId, List<Count> counts) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Share(String dimension, String category, Double value) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PopulationProfile(String id, String name, String basis, String rationale, String source,
            String sourceTable, Integer referenceYear, List<Share> shares) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CoreGroupSnapshot(String id, String groupId, LocalDate takenOn, Integer coreSize,
            Integer coreJoinedLast24Months, Integer membersTotal) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record IssueStance(String issueId, String majorityStance) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ConstituencyConsultation(String id, String representativeGroupId, String constituencyGroupId,
            LocalDate heldOn, String method, Integer constituencySize, Integer respondents,
            List<IssueStance> issueStances) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Representation(String id, String initiativeId, String representativeGroupId,
            String representedGroupId, String basis, LocalDate since, LocalDate lastConsultedOn, String note) {
    }
}
