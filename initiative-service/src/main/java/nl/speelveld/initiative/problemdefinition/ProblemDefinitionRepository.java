package nl.speelveld.initiative.problemdefinition;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import nl.speelveld.conventions.paging.PageRequest;
import nl.speelveld.initiative.shared.InitiativeRecords;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The problem-definition versions of one initiative of one municipality at a time. */
@ApplicationScoped
class ProblemDefinitionRepository implements PanacheRepositoryBase<ProblemDefinition, UUID> {

    Optional<ProblemDefinition> findInInitiative(String municipality, UUID initiativeId, UUID id) {
        return InitiativeRecords.one(this, municipality, initiativeId, id);
    }

    List<ProblemDefinition> list(String municipality, UUID initiativeId, PageRequest page) {
        return InitiativeRecords.page(this, "ProblemDefinition", municipality, initiativeId, page);
    }

    /** The current definition: the one with the highest sequence. */
    Optional<ProblemDefinition> current(String municipality, UUID initiativeId) {
        return find("municipalityCode = ?1 and initiativeId = ?2 order by sequence desc", municipality, initiativeId)
                .firstResultOptional();
    }
}
