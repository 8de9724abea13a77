package nl.speelveld.initiative.phase;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import nl.speelveld.conventions.paging.PageRequest;
import nl.speelveld.initiative.shared.InitiativeRecords;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Phase transitions of one initiative of one municipality at a time. */
@ApplicationScoped
class PhaseTransitionRepository implements PanacheRepositoryBase<PhaseTransition, UUID> {

    Optional<PhaseTransition> findInInitiative(String municipality, UUID initiativeId, UUID id) {
        return InitiativeRecords.one(this, municipality, initiativeId, id);
    }

    List<PhaseTransition> list(String municipality, UUID initiativeId, PageRequest page) {
        return InitiativeRecords.page(this, "PhaseTransition", municipality, initiativeId, page);
    }
}
