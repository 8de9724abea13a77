package nl.speelveld.stakeholder.snapshot;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.speelveld.conventions.events.EventSubject;
import nl.speelveld.conventions.persistence.TenantRecord;

import java.time.LocalDate;
import java.util.UUID;

/** The size and renewal of a group's active core at one moment (aggregated; append-only, for drift). */
@Entity
@Table(name = "core_group_snapshot")
class CoreGroupSnapshot extends TenantRecord {

    /** Its events (docs/events.md): {@code nl.speelveld.core-group-snapshot.*.v1}. */
    @Override
    public EventSubject eventSubject() {
        return EventSubject.of("core-group-snapshot", "core-group-snapshots/" + id, initiativeId).with("groupId", groupId);
    }

    @Column(name = "initiative_id")
    UUID initiativeId;
    @Column(name = "group_id")
    UUID groupId;
    @Column(name = "taken_on")
    LocalDate takenOn;
    @Column(name = "core_size")
    int coreSize;
    @Column(name = "core_joined_last_24_months")
    int coreJoinedLast24Months;
    @Column(name = "members_total")
    Integer membersTotal;

    protected CoreGroupSnapshot() {
    }

    CoreGroupSnapshot(String municipalityCode, CoreGroupSnapshotRequest request) {
        super(municipalityCode);
        initiativeId = request.initiativeId();
        groupId = request.groupId();
        takenOn = request.takenOn();
        coreSize = request.coreSize();
        coreJoinedLast24Months = request.coreJoinedLast24Months();
        membersTotal = request.membersTotal();
    }
}
