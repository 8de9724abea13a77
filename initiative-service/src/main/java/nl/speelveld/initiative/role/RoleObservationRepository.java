package nl.speelveld.initiative.role;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import nl.speelveld.conventions.paging.PageRequest;
import nl.speelveld.initiative.shared.InitiativeRecords;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Role observations of one initiative of one municipality at a time. */
@ApplicationScoped
class RoleObservationRepository implements PanacheRepositoryBase<RoleObservation, UUID> {

    Optional<RoleObservation> findInInitiative(String municipality, UUID initiativeId, UUID id) {
        return InitiativeRecords.one(this, municipality, initiativeId, id);
    }

    List<RoleObservation> list(String municipality, UUID initiativeId, PageRequest page) {
        return InitiativeRecords.page(this, "RoleObservation", municipality, initiativeId, page);
    }
}
