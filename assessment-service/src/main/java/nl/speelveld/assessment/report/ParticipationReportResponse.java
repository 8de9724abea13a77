package nl.speelveld.assessment.report;

import nl.speelveld.conventions.text.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A participation report in the shape of the Omgevingswet and the participation ordinances (docs/method.md): who was
 * involved, about what, when and how, what came out, what was done with it, and the roles. Built from live data of
 * initiative-service and stakeholder-service, read with the caller's token; it states facts and judges nothing.
 */
@Schema(name = "ParticipationReport", description = "Who was involved, about what, when and how, what came out, what"
        + " was done with it, and the roles (kennisgeving participatie, motiveringsplicht, aanvraagvereiste)")
record ParticipationReportResponse(
        UUID initiativeId,
        @Schema(description = "The tenant, from the token", examples = "GM0344") String municipalityCode,
        @Schema(description = "When the data was read") Instant generatedAt,
        ReportInitiative initiative,
        Involved whoWasInvolved,
        AboutWhat aboutWhat,
        WhenAndHow whenAndHow,
        WhatCameOut whatCameOut,
        WhatWasDone whatWasDoneWithIt,
        Roles roles,
        @Schema(description = "The what-if scenarios that decision records cite as options weighed")
        List<OptionWeighed> optionsWeighed) {

    /** A what-if scenario a decision record cites as an option weighed. */
    @Schema(name = "ReportOptionWeighed")
    record OptionWeighed(UUID scenarioId, @Schema(nullable = true) String label, UUID assessmentId,
            UUID decisionRecordId, @Schema(examples = "FEASIBILITY_INCLUSIVITY") String axis,
            @Schema(examples = "KEEP_FOCUS_WITH_MITIGATION") String choice, LocalDate decidedOn) {
    }

    /** The initiative the report is about. */
    @Schema(name = "ReportInitiative")
    record ReportInitiative(@LocalizedText Map<String, String> title, @LocalizedText Map<String, String> summary,
            @Schema(examples = "CITIZEN_COLLECTIVE") String type, @Schema(examples = "IMPLEMENTATION") String phase,
            List<String> areaCodes) {
    }

    /** A stakeholder group named by id and name. */
    @Schema(name = "ReportGroupRef")
    record GroupRef(UUID id, @Schema(nullable = true) String name) {
    }

    /** An issue named by id and label, with whether it is in the current scope. */
    @Schema(name = "ReportIssueRef")
    record IssueRef(UUID id, @LocalizedText Map<String, String> label, boolean inScope) {
    }

    /** Item 1: the groups per source of interests, with their voice, and who speaks for whom. */
    @Schema(name = "ReportInvolved")
    record Involved(List<SourceGroups> bySource, List<Representation> representations) {
    }

    /** The groups of one source (co-producing citizens, broader public, public organisations, politics). */
    @Schema(name = "ReportSourceGroups")
    record SourceGroups(@Schema(examples = "BROADER_PUBLIC") String source, List<Group> groups) {
    }

    /** A group and how it was heard. */
    @Schema(name = "ReportGroup")
    record Group(UUID id, String name, @Schema(nullable = true) String category,
            @Schema(nullable = true) Boolean affected,
            @Schema(examples = "NOT_INVOLVED", description = "Who actually speaks: VoiceMode") String voice,
            @Schema(nullable = true) String voiceEvidence, @Schema(nullable = true) String salienceClass,
            @Schema(nullable = true) Integer estimatedSize, @Schema(nullable = true) Boolean hardToReach,
            List<String> barriers,
            @Schema(description = "Groups recorded as speaking for this one") List<GroupRef> representedBy) {
    }

    /** Who speaks for whom, on what basis. */
    @Schema(name = "ReportRepresentation")
    record Representation(GroupRef representative, GroupRef represented,
            @Schema(examples = "ELECTED_MANDATE") String basis, @Schema(nullable = true) LocalDate since,
            @Schema(nullable = true) LocalDate lastConsultedOn) {
    }

    /** Item 2: the problem definition and the issues inside and outside its scope. */
    @Schema(name = "ReportAboutWhat")
    record AboutWhat(@Schema(nullable = true) ProblemDefinition problemDefinition, List<Issue> inScope,
            List<Issue> outOfScope) {
    }

    /** The current problem definition. */
    @Schema(name = "ReportProblemDefinition")
    record ProblemDefinition(@Schema(nullable = true) Integer sequence, @LocalizedText Map<String, String> statement,
            @Schema(nullable = true, examples = "CITIZENS") String framedBy,
            @Schema(nullable = true, examples = "LIMITED") String scopeType) {
    }

    /** An issue raised around the initiative. */
    @Schema(name = "ReportIssue")
    record Issue(UUID id, @LocalizedText Map<String, String> label,
            @Schema(nullable = true) @LocalizedText Map<String, String> description,
            @Schema(nullable = true) LocalDate raisedOn, List<GroupRef> raisedBy,
            @Schema(description = "Interests recorded on it") int interests) {
    }

    /** Item 3: the constituency consultations and the evidence behind the interests. */
    @Schema(name = "ReportWhenAndHow")
    record WhenAndHow(List<Consultation> consultations,
            @Schema(description = "Interests per evidence type; ASSUMED are the municipality's own assumptions",
                    examples = "{\"MEETING\": 8, \"ASSUMED\": 2}") Map<String, Integer> interestsByEvidence) {
    }

    /** A consultation of a constituency (achterban) by its representatives. */
    @Schema(name = "ReportConsultation")
    record Consultation(UUID id, LocalDate heldOn, @Schema(examples = "GENERAL_MEETING") String method,
            GroupRef representative, @Schema(nullable = true) GroupRef constituency, int constituencySize,
            int respondents, @Schema(nullable = true, description = "respondents / constituencySize")
            Double reach, List<IssueStance> issueStances) {
    }

    /** The majority stance a consultation found on an issue. */
    @Schema(name = "ReportIssueStance")
    record IssueStance(IssueRef issue, @Schema(examples = "SUPPORT") String majorityStance) {
    }

    /** Item 4: the interests with their stances (at most 1,000 listed), and the conflict lines between groups. */
    @Schema(name = "ReportWhatCameOut")
    record WhatCameOut(
            @Schema(description = "The interests in issue order, then group order, then oldest first: at most"
                    + " 1,000 (every interest of the initiative is in stakeholder-service's"
                    + " GET /v1/interests?initiativeId=…); interestCount counts them all") List<Interest> interests,
            @Schema(description = "How many interests were recorded (exact)") int interestCount,
            @Schema(description = "true when interests lists fewer than interestCount") boolean interestsTruncated,
            @Schema(description = "Per issue at most 100 conflict lines, in issue order and then group order;"
                    + " conflictLineCount holds them all") List<ConflictLine> conflictLines,
            @Schema(description = "How many conflict lines there are (exact)") long conflictLineCount,
            @Schema(description = "true when conflictLines lists fewer lines than conflictLineCount")
            boolean conflictLinesTruncated) {
    }

    /** One recorded interest. */
    @Schema(name = "ReportInterest")
    record Interest(UUID id, GroupRef group, IssueRef issue,
            @Schema(name = "kind", type = SchemaType.STRING, examples = "WISH",
                    enumeration = {"WISH", "PREFERENCE", "INTEREST", "IDEA", "MOTIVATION"}) String kind,
            @Schema(nullable = true) @LocalizedText Map<String, String> statement,
            @Schema(name = "stance", type = SchemaType.STRING, examples = "SUPPORT", enumeration = {"STRONGLY_OPPOSE",
                "OPPOSE", "NEUTRAL", "SUPPORT", "STRONGLY_SUPPORT", "UNKNOWN"}) String stance,
            @Schema(nullable = true) String intensity,
            @Schema(name = "evidence", type = SchemaType.STRING, examples = "SURVEY", enumeration = {"MEETING",
                "SURVEY", "WRITTEN_RESPONSE", "PETITION", "INTERVIEW", "OBSERVATION", "ASSUMED"}) String evidence,
            @Schema(description = "true when the municipality assumed it (evidence ASSUMED): not heard")
            boolean assumed, @Schema(nullable = true) LocalDate recordedOn,
            @Schema(description = "The latest interest of this group on this issue; only these form conflict lines")
            boolean latest) {
    }

    /** Two groups whose latest stances on an issue are opposite (or that a person marked as conflicting). */
    @Schema(name = "ReportConflictLine")
    record ConflictLine(IssueRef issue, GroupStance groupA, GroupStance groupB,
            @Schema(description = "STANCES, or OVERRIDE when a person marked this pair as a conflict",
                    examples = "STANCES") String basis) {
    }

    /** A group's latest stance on an issue. */
    @Schema(name = "ReportGroupStance")
    record GroupStance(UUID id, @Schema(nullable = true) String name, String stance) {
    }

    /** Item 5: what the municipality did with each interest, and why. */
    @Schema(name = "ReportWhatWasDone")
    record WhatWasDone(
            @Schema(description = "Interests per response status; an interest without a response is OPEN",
                    examples = "{\"OPEN\": 3, \"ADOPTED\": 1, \"PARTLY_ADOPTED\": 0, \"NOT_ADOPTED\": 0,"
                            + " \"OUT_OF_SCOPE\": 0, \"REFERRED\": 0}") Map<String, Integer> countsByStatus,
            @Schema(description = "The response to each interest in the order of whatCameOut.interests: at most"
                    + " 1,000; countsByStatus counts them all") List<ResponseItem> responses,
            @Schema(description = "true when responses lists fewer than there are interests")
            boolean responsesTruncated) {
    }

    /** The response to one interest. */
    @Schema(name = "ReportResponse")
    record ResponseItem(UUID interestId, GroupRef group, IssueRef issue,
            @Schema(examples = "NOT_ADOPTED") String status, @Schema(nullable = true) String reason,
            @Schema(nullable = true) LocalDate respondedOn, @Schema(nullable = true) String respondedBy) {
    }

    /** Item 6: the roles observed and who took the key decisions. */
    @Schema(name = "ReportRoles")
    record Roles(List<RoleObservation> observations, List<KeyDecision> keyDecisions) {
    }

    /** A role observation. */
    @Schema(name = "ReportRoleObservation")
    record RoleObservation(@Schema(examples = "EXPECTED") String kind,
            @Schema(examples = "POLITICS") String holderSource, @Schema(nullable = true) GroupRef holderGroup,
            @Schema(examples = "DIRECT") String role, @Schema(nullable = true) LocalDate observedOn,
            @Schema(nullable = true) String evidence, @Schema(nullable = true) String note) {
    }

    /** A key decision and who took it. */
    @Schema(name = "ReportKeyDecision")
    record KeyDecision(String subject, @Schema(nullable = true) LocalDate decidedOn,
            @Schema(examples = "CITIZENS") String decidedBy, List<IssueRef> issues) {
    }
}
