package nl.speelveld.stakeholder.interest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import nl.speelveld.conventions.paging.PageRequest;
import nl.speelveld.conventions.persistence.TenantQuery;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Conflict overrides of one municipality at a time. */
@ApplicationScoped
class ConflictOverrideRepository implements PanacheRepositoryBase<ConflictOverride, UUID> {

    Optional<ConflictOverride> findForTenant(String municipality, UUID id) {
        return find("id = ?1 and municipalityCode = ?2", id, municipality).firstResultOptional();
    }

    List<ConflictOverride> list(String municipality, UUID initiativeId, UUID issueId, PageRequest page) {
        TenantQuery q = new TenantQuery("ConflictOverride", municipality).and("initiativeId", initiativeId)
                .and("issueId", issueId);
        return find(q.page(page), q.params()).page(0, page.limit() + 1).list();
    }

    /** Every override of an initiative, oldest first (so the latest of a pair comes last). */
    List<ConflictOverride> ofInitiative(String municipality, UUID initiativeId) {
        TenantQuery q = new TenantQuery("ConflictOverride", municipality).and("initiativeId", initiativeId);
        return find(q.all(), q.params()).list();
    }

    /** The overrides that name an interest, on either side. */
    List<ConflictOverride> naming(String municipality, UUID interestId) {
        return list("municipalityCode = ?1 and (interestIdA = ?2 or interestIdB = ?2)", municipality, interestId);
    }
}
