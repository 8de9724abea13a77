package nl.speelveld.stakeholder.snapshot;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.speelveld.conventions.paging.Cursors;
import nl.speelveld.conventions.paging.Page;
import nl.speelveld.conventions.paging.PageRequest;
import nl.speelveld.conventions.persistence.Keyset;
import nl.speelveld.conventions.problem.ApiException;
import nl.speelveld.conventions.tenancy.Tenant;
import nl.speelveld.stakeholder.client.InitiativeReferences;
import nl.speelveld.stakeholder.group.GroupReferences;
import nl.speelveld.stakeholder.shared.Violations;

import java.util.Map;
import java.util.UUID;

/** Records and reads core-group snapshots; the initiative is checked with initiative-service first. */
@ApplicationScoped
class CoreGroupSnapshotService {

    private final CoreGroupSnapshotRepository snapshots;
    private final GroupReferences groups;
    private final InitiativeReferences initiatives;
    private final Tenant tenant;
    private final Cursors cursors;

    CoreGroupSnapshotService(CoreGroupSnapshotRepository snapshots, GroupReferences groups,
            InitiativeReferences initiatives, Tenant tenant, Cursors cursors) {
        this.snapshots = snapshots;
        this.groups = groups;
        this.initiatives = initiatives;
        this.tenant = tenant;
        this.cursors = cursors;
    }

    public CoreGroupSnapshotResponse create(CoreGroupSnapshotRequest request) {
        String municipality = tenant.code();
        Violations violations = new Violations();
        violations.notAfterTomorrow(request.takenOn(), "takenOn");
        if (request.coreJoinedLast24Months() > request.coreSize()) {
            violations.add("coreJoinedLast24Months", "must be at most coreSize (" + request.coreSize() + ")",
                    "range");
        }
        initiatives.check(request.initiativeId(), "initiativeId", Map.of(), violations);
        return QuarkusTransaction.requiringNew().call(() -> {
            groups.check(municipality, request.initiativeId(), request.groupId(), "groupId", violations);
            violations.throwIfAny();
            CoreGroupSnapshot snapshot = new CoreGroupSnapshot(municipality, request);
            snapshots.persistAndFlush(snapshot);
            return CoreGroupSnapshotResponse.of(snapshot);
        });
    }

    @Transactional
    public CoreGroupSnapshotResponse get(UUID id) {
        return CoreGroupSnapshotResponse.of(snapshots.findForTenant(tenant.code(), id)
                .orElseThrow(() -> ApiException.notFound("core-group snapshot", id)));
    }

    @Transactional
    public Page<CoreGroupSnapshotResponse> list(UUID initiativeId, UUID groupId, Integer limit, String cursor) {
        String municipality = tenant.code();
        String scope = municipality + "|core-group-snapshots|" + initiativeId + "|" + groupId;
        PageRequest page = cursors.read(limit, cursor, scope);
        return cursors.page(snapshots.list(municipality, initiativeId, groupId, page), page, scope, Keyset::position,
                CoreGroupSnapshotResponse::of);
    }
}
