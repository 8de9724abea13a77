package nl.speelveld.stakeholder.profile;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import nl.speelveld.conventions.paging.PageRequest;
import nl.speelveld.conventions.persistence.TenantQuery;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Participant profiles of one municipality at a time. */
@ApplicationScoped
class ParticipantProfileRepository implements PanacheRepositoryBase<ParticipantProfile, UUID> {

    Optional<ParticipantProfile> findForTenant(String municipality, UUID id) {
        return find("id = ?1 and municipalityCode = ?2", id, municipality).firstResultOptional();
    }

    List<ParticipantProfile> list(String municipality, UUID initiativeId, UUID groupId, ProfileScope scope,
            PageRequest page) {
        TenantQuery q = new TenantQuery("ParticipantProfile", municipality).and("initiativeId", initiativeId)
                .and("groupId", groupId).and("scope", scope);
        return find(q.page(page), q.params()).page(0, page.limit() + 1).list();
    }
}
