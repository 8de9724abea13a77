package nl.speelveld.stakeholder.representation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import nl.speelveld.conventions.paging.PageRequest;
import nl.speelveld.conventions.persistence.TenantQuery;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Representations of one municipality at a time. */
@ApplicationScoped
class RepresentationRepository implements PanacheRepositoryBase<Representation, UUID> {

    Optional<Representation> findForTenant(String municipality, UUID id) {
        return find("id = ?1 and municipalityCode = ?2", id, municipality).firstResultOptional();
    }

    List<Representation> list(String municipality, UUID initiativeId, UUID representativeGroupId,
            UUID representedGroupId, PageRequest page) {
        TenantQuery q = new TenantQuery("Representation", municipality).and("initiativeId", initiativeId)
                .and("representativeGroupId", representativeGroupId).and("representedGroupId", representedGroupId);
        return find(q.page(page), q.params()).page(0, page.limit() + 1).list();
    }
}
