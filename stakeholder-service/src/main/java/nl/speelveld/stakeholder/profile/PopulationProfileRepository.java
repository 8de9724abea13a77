package nl.speelveld.stakeholder.profile;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import nl.speelveld.conventions.paging.PageRequest;
import nl.speelveld.conventions.persistence.TenantQuery;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reference populations of one municipality at a time. */
@ApplicationScoped
class PopulationProfileRepository implements PanacheRepositoryBase<PopulationProfile, UUID> {

    Optional<PopulationProfile> findForTenant(String municipality, UUID id) {
        return find("id = ?1 and municipalityCode = ?2", id, municipality).firstResultOptional();
    }

    List<PopulationProfile> list(String municipality, ReferenceBasis basis, PageRequest page) {
        TenantQuery q = new TenantQuery("PopulationProfile", municipality).and("basis", basis);
        return find(q.page(page), q.params()).page(0, page.limit() + 1).list();
    }
}
