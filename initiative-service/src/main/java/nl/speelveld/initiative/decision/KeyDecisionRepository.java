package nl.speelveld.initiative.decision;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import nl.speelveld.conventions.paging.PageRequest;
import nl.speelveld.initiative.shared.InitiativeRecords;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Key decisions of one initiative of one municipality at a time. */
@ApplicationScoped
class KeyDecisionRepository implements PanacheRepositoryBase<KeyDecision, UUID> {

    Optional<KeyDecision> findInInitiative(String municipality, UUID initiativeId, UUID id) {
        return InitiativeRecords.one(this, municipality, initiativeId, id);
    }

    List<KeyDecision> list(String municipality, UUID initiativeId, PageRequest page) {
        return InitiativeRecords.page(this, "KeyDecision", municipality, initiativeId, page);
    }
}
