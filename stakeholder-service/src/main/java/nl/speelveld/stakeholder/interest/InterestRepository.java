package nl.speelveld.stakeholder.interest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import nl.speelveld.conventions.paging.PageRequest;
import nl.speelveld.conventions.persistence.TenantQuery;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Interests of one municipality at a time: every query takes the tenant. */
@ApplicationScoped
class InterestRepository implements PanacheRepositoryBase<Interest, UUID> {

    Optional<Interest> findForTenant(String municipality, UUID id) {
        return find("id = ?1 and municipalityCode = ?2", id, municipality).firstResultOptional();
    }

    List<Interest> list(String municipality, UUID initiativeId, UUID groupId, UUID issueId, PageRequest page) {
        TenantQuery q = new TenantQuery("Interest", municipality).and("initiativeId", initiativeId)
                .and("groupId", groupId).and("issueId", issueId);
        return find(q.page(page), q.params()).page(0, page.limit() + 1).list();
    }

    /** Every interest of an initiative, oldest first. */
    List<Interest> ofInitiative(String municipality, UUID initiativeId) {
        TenantQuery q = new TenantQuery("Interest", municipality).and("initiativeId", initiativeId);
        return find(q.all(), q.params()).list();
    }
}
