package nl.speelveld.assessment.decisionrecord;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.speelveld.conventions.events.EventSubject;
import nl.speelveld.conventions.persistence.TenantRecord;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A stored weighing (afwegingsverslag). Append-only: the service never updates or deletes one and the database
 * refuses it too; a correction is a new record whose {@code supersedes} names the old one.
 */
@Entity
@Table(name = "decision_record")
class DecisionRecord extends TenantRecord {

    /** Its events (docs/events.md): {@code nl.speelveld.decision-record.*.v1}. */
    @Override
    public EventSubject eventSubject() {
        return EventSubject.of("decision-record", "assessments/" + assessmentId + "/decision-records/" + id, initiativeId).with("assessmentId", assessmentId);
    }

    @Column(name = "assessment_id")
    UUID assessmentId;
    @Column(name = "initiative_id")
    UUID initiativeId;
    @Enumerated(EnumType.STRING)
    DecisionAxis axis;
    String choice;
    String rationale;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "interests_considered")
    List<DecisionRecordRequest.InterestConsidered> interestsConsidered;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "groups_consulted")
    List<UUID> groupsConsulted;
    @JdbcTypeCode(SqlTypes.JSON)
    List<String> mitigations;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "accepted_risks")
    List<String> acceptedRisks;
    @Enumerated(EnumType.STRING)
    Mandate mandate;
    @Column(name = "decided_by")
    String decidedBy;
    @Column(name = "decided_on")
    LocalDate decidedOn;
    @Column(name = "review_on")
    LocalDate reviewOn;
    UUID supersedes;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "scenario_ids")
    List<UUID> scenarioIds;

    protected DecisionRecord() {
    }

    DecisionRecord(String municipalityCode, UUID assessmentId, UUID initiativeId, DecisionRecordRequest request) {
        super(municipalityCode);
        this.assessmentId = assessmentId;
        this.initiativeId = initiativeId;
        this.axis = request.axis();
        this.choice = request.choice();
        this.rationale = request.rationale();
        this.interestsConsidered = List.copyOf(request.interests());
        this.groupsConsulted = List.copyOf(request.groups());
        this.mitigations = request.mitigations() == null ? List.of() : List.copyOf(request.mitigations());
        this.acceptedRisks = request.acceptedRisks() == null ? List.of() : List.copyOf(request.acceptedRisks());
        this.mandate = request.mandate();
        this.decidedBy = request.decidedBy();
        this.decidedOn = request.decidedOn();
        this.reviewOn = request.reviewOn();
        this.supersedes = request.supersedes();
        this.scenarioIds = request.scenarioIds() == null ? List.of() : List.copyOf(request.scenarioIds());
    }
}
