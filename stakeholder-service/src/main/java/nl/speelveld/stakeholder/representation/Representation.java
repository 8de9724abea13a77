package nl.speelveld.stakeholder.representation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import nl.speelveld.conventions.events.EventSubject;
import nl.speelveld.conventions.persistence.TenantRecord;

import java.time.LocalDate;
import java.util.UUID;

/** Who speaks for whom: one group represents another, on some basis, consulted now and then. */
@Entity
class Representation extends TenantRecord {

    /** Its events (docs/events.md): {@code nl.speelveld.representation.*.v1}. */
    @Override
    public EventSubject eventSubject() {
        return EventSubject.of("representation", "representations/" + id, initiativeId);
    }

    @Column(name = "initiative_id", updatable = false)
    UUID initiativeId;
    @Column(name = "representative_group_id")
    UUID representativeGroupId;
    @Column(name = "represented_group_id")
    UUID representedGroupId;
    @Enumerated(EnumType.STRING)
    RepresentationBasis basis;
    LocalDate since;
    @Column(name = "last_consulted_on")
    LocalDate lastConsultedOn;
    String note;

    protected Representation() {
    }

    Representation(String municipalityCode, UUID initiativeId, RepresentationRequest request) {
        super(municipalityCode);
        this.initiativeId = initiativeId;
        representativeGroupId = request.representativeGroupId();
        representedGroupId = request.representedGroupId();
        basis = request.basis();
        since = request.since();
        lastConsultedOn = request.lastConsultedOn();
        note = request.note();
    }
}
