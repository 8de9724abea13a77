package nl.speelveld.stakeholder.interest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import nl.speelveld.conventions.events.EventSubject;
import nl.speelveld.conventions.persistence.TenantRecord;
import nl.speelveld.conventions.time.MunicipalDates;
import nl.speelveld.conventions.vocabulary.DecisionMaker;
import nl.speelveld.conventions.vocabulary.EvidenceType;
import nl.speelveld.stakeholder.vocabulary.Stance;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A wish, preference, interest, idea or motivation a group expressed about one issue, with its stance towards the
 * initiative's current approach to that issue, and what the municipality did with it (its response).
 */
@Entity
class Interest extends TenantRecord {

    /** Its events (docs/events.md): {@code nl.speelveld.interest.*.v1}. */
    @Override
    public EventSubject eventSubject() {
        return EventSubject.of("interest", "interests/" + id, initiativeId).with("groupId", groupId);
    }

    @Column(name = "initiative_id", updatable = false)
    UUID initiativeId;
    @Column(name = "group_id")
    UUID groupId;
    @Column(name = "issue_id")
    UUID issueId;
    @Enumerated(EnumType.STRING)
    InterestKind kind;
    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> statement;
    @Enumerated(EnumType.STRING)
    Stance stance;
    @Enumerated(EnumType.STRING)
    Intensity intensity;
    @Enumerated(EnumType.STRING)
    EvidenceType evidence;
    @Column(name = "recorded_on")
    LocalDate recordedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "response_status")
    ResponseStatus responseStatus = ResponseStatus.OPEN;
    @Column(name = "response_reason")
    String responseReason;
    @Column(name = "responded_on")
    LocalDate respondedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "responded_by")
    DecisionMaker respondedBy;

    protected Interest() {
    }

    Interest(String municipalityCode, UUID initiativeId) {
        super(municipalityCode);
        this.initiativeId = initiativeId;
    }

    /** Copies every writable field from a validated request; a missing recordedOn is today. */
    void apply(InterestRequest request) {
        groupId = request.groupId();
        issueId = request.issueId();
        kind = request.kind();
        statement = request.statement();
        stance = request.stance();
        intensity = request.intensity();
        evidence = request.evidence();
        recordedOn = request.recordedOn() == null ? MunicipalDates.today() : request.recordedOn();
    }

    void respond(MunicipalResponse response) {
        markChange("responded");
        responseStatus = response.status();
        responseReason = response.reason();
        respondedOn = response.respondedOn();
        respondedBy = response.respondedBy();
    }

    MunicipalResponse response() {
        return new MunicipalResponse(responseStatus, responseReason, respondedOn, respondedBy);
    }

    UUID initiativeId() {
        return initiativeId;
    }

    UUID groupId() {
        return groupId;
    }

    UUID issueId() {
        return issueId;
    }

    Stance stance() {
        return stance;
    }

    LocalDate recordedOn() {
        return recordedOn;
    }
}
