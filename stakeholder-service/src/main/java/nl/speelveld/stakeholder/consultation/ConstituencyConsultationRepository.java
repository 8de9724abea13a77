package nl.speelveld.stakeholder.consultation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import nl.speelveld.conventions.paging.PageRequest;
import nl.speelveld.conventions.persistence.TenantQuery;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Constituency consultations of one municipality at a time. */
@ApplicationScoped
class ConstituencyConsultationRepository implements PanacheRepositoryBase<ConstituencyConsultation, UUID> {

    Optional<ConstituencyConsultation> findForTenant(String municipality, UUID id) {
        return find("id = ?1 and municipalityCode = ?2", id, municipality).firstResultOptional();
    }

    List<ConstituencyConsultation> list(String municipality, UUID initiativeId, UUID representativeGroupId,
            PageRequest page) {
        TenantQuery q = new TenantQuery("ConstituencyConsultation", municipality).and("initiativeId", initiativeId)
                .and("representativeGroupId", representativeGroupId);
        return find(q.page(page), q.params()).page(0, page.limit() + 1).list();
    }
}
