package nl.speelveld.stakeholder.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.speelveld.conventions.events.EventSubject;
import nl.speelveld.conventions.persistence.TenantRecord;
import nl.speelveld.conventions.vocabulary.EvidenceType;
import nl.speelveld.conventions.vocabulary.StakeholderSource;
import nl.speelveld.stakeholder.vocabulary.VoiceMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A group with a stake in an initiative, from one of the four sources: its salience attributes (power, legitimacy,
 * urgency) and who actually speaks for it. A group, never a person.
 */
@Entity
@Table(name = "stakeholder_group")
class StakeholderGroup extends TenantRecord {

    /** Its events (docs/events.md): {@code nl.speelveld.stakeholder-group.*.v1}. */
    @Override
    public EventSubject eventSubject() {
        return EventSubject.of("stakeholder-group", "stakeholder-groups/" + id, initiativeId);
    }

    @Column(name = "initiative_id", updatable = false)
    UUID initiativeId;
    String name;
    @JdbcTypeCode(SqlTypes.JSON)
    Map<String, String> description;
    @Enumerated(EnumType.STRING)
    StakeholderSource source;
    @Enumerated(EnumType.STRING)
    GroupCategory category;
    Boolean affected;
    @Column(name = "estimated_size")
    Integer estimatedSize;
    @Enumerated(EnumType.STRING)
    @Column(name = "size_unit")
    SizeUnit sizeUnit;
    Boolean power;
    @Column(name = "power_justification")
    String powerJustification;
    Boolean legitimacy;
    @Column(name = "legitimacy_justification")
    String legitimacyJustification;
    Boolean urgency;
    @Column(name = "urgency_justification")
    String urgencyJustification;
    @Enumerated(EnumType.STRING)
    VoiceMode voice;
    @Enumerated(EnumType.STRING)
    @Column(name = "voice_evidence")
    EvidenceType voiceEvidence;
    @Column(name = "hard_to_reach")
    Boolean hardToReach;
    @JdbcTypeCode(SqlTypes.JSON)
    List<Barrier> barriers = new ArrayList<>();

    protected StakeholderGroup() {
    }

    StakeholderGroup(String municipalityCode, UUID initiativeId) {
        super(municipalityCode);
        this.initiativeId = initiativeId;
    }

    /** Copies every writable field from a validated request (the initiative is fixed at creation). */
    void apply(StakeholderGroupRequest request) {
        name = request.name();
        description = request.description();
        source = request.source();
        category = request.category();
        affected = request.affected();
        estimatedSize = request.estimatedSize();
        sizeUnit = request.sizeUnit();
        power = request.power();
        powerJustification = request.powerJustification();
        legitimacy = request.legitimacy();
        legitimacyJustification = request.legitimacyJustification();
        urgency = request.urgency();
        urgencyJustification = request.urgencyJustification();
        voice = request.voice();
        voiceEvidence = request.voiceEvidence();
        hardToReach = request.hardToReach();
        barriers = request.barriers() == null ? new ArrayList<>() : new ArrayList<>(request.barriers());
    }

    SalienceClass salienceClass() {
        return SalienceClass.of(power, legitimacy, urgency);
    }

    UUID initiativeId() {
        return initiativeId;
    }

    String name() {
        return name;
    }
}
