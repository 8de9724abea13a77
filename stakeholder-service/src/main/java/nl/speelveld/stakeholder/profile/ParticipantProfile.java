package nl.speelveld.stakeholder.profile;

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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The aggregated profile of a group's participants at one moment: counts per category, never data about one person.
 * Append-only, so the drift of a core group over time stays visible.
 */
@Entity
@Table(name = "participant_profile")
class ParticipantProfile extends TenantRecord {

    /** Its events (docs/events.md): {@code nl.speelveld.participant-profile.*.v1}. */
    @Override
    public EventSubject eventSubject() {
        return EventSubject.of("participant-profile", "participant-profiles/" + id, initiativeId).with("groupId", groupId);
    }

    @Column(name = "initiative_id")
    UUID initiativeId;
    @Column(name = "group_id")
    UUID groupId;
    @Enumerated(EnumType.STRING)
    ProfileScope scope;
    @Column(name = "measured_on")
    LocalDate measuredOn;
    int n;
    @Enumerated(EnumType.STRING)
    ProfileMethod method;
    @Column(name = "reference_profile_id")
    UUID referenceProfileId;
    @JdbcTypeCode(SqlTypes.JSON)
    List<Count> counts = new ArrayList<>();

    protected ParticipantProfile() {
    }

    ParticipantProfile(String municipalityCode, ParticipantProfileRequest request) {
        super(municipalityCode);
        initiativeId = request.initiativeId();
        groupId = request.groupId();
        scope = request.scope();
        measuredOn = request.measuredOn();
        n = request.n();
        method = request.method();
        referenceProfileId = request.referenceProfileId();
        counts = new ArrayList<>(request.counts());
    }
}
