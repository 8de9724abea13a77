package nl.speelveld.initiative.issue;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import nl.speelveld.conventions.paging.PageRequest;
import nl.speelveld.initiative.shared.InitiativeRecords;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Issues of one initiative of one municipality at a time. */
@ApplicationScoped
class IssueRepository implements PanacheRepositoryBase<Issue, UUID> {

    Optional<Issue> findInInitiative(String municipality, UUID initiativeId, UUID id) {
        return InitiativeRecords.one(this, municipality, initiativeId, id);
    }

    List<Issue> list(String municipality, UUID initiativeId, PageRequest page) {
        return InitiativeRecords.page(this, "Issue", municipality, initiativeId, page);
    }

    List<Issue> allOf(String municipality, UUID initiativeId) {
        return list("municipalityCode = ?1 and initiativeId = ?2", municipality, initiativeId);
    }

    /** The ids of the initiative's issues, to check the issue ids a definition or decision refers to. */
    Set<UUID> idsOf(String municipality, UUID initiativeId) {
        return new HashSet<>(getEntityManager().createQuery("select e.id from Issue e where e.municipalityCode = :m"
                + " and e.initiativeId = :i", UUID.class).setParameter("m", municipality)
                .setParameter("i", initiativeId).getResultList());
    }
}
