package nl.speelveld.stakeholder.snapshot;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import nl.speelveld.conventions.paging.PageRequest;
import nl.speelveld.conventions.persistence.TenantQuery;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Core-group snapshots of one municipality at a time. */
@ApplicationScoped
class CoreGroupSnapshotRepository implements PanacheRepositoryBase<CoreGroupSnapshot, UUID> {

    Optional<CoreGroupSnapshot> findForTenant(String municipality, UUID id) {
        return find("id = ?1 and municipalityCode = ?2", id, municipality).firstResultOptional();
    }

    List<CoreGroupSnapshot> list(String municipality, UUID initiativeId, UUID groupId, PageRequest page) {
        TenantQuery q = new TenantQuery("CoreGroupSnapshot", municipality).and("initiativeId", initiativeId)
                .and("groupId", groupId);
        return find(q.page(page), q.params()).page(0, page.limit() + 1).list();
    }
}
