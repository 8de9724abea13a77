package nl.speelveld.initiative.shared;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import nl.speelveld.conventions.paging.PageRequest;
import nl.speelveld.conventions.persistence.TenantQuery;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The two queries every record that belongs to one initiative needs (issues, problem definitions, observations,
 * decisions, transitions): one record, and one keyset page. Both are scoped to the tenant and the initiative, so
 * another municipality's record, or one of another initiative, is simply not found.
 */
public final class InitiativeRecords {

    private InitiativeRecords() {
    }

    public static <E> Optional<E> one(PanacheRepositoryBase<E, UUID> repository, String municipality,
            UUID initiativeId, UUID id) {
        return repository.find("id = ?1 and municipalityCode = ?2 and initiativeId = ?3", id, municipality,
                initiativeId).firstResultOptional();
    }

    /** Up to {@code limit + 1} records in the stable order (creation time, id); the extra one signals a next page. */
    public static <E> List<E> page(PanacheRepositoryBase<E, UUID> repository, String entity, String municipality,
            UUID initiativeId, PageRequest page) {
        TenantQuery query = new TenantQuery(entity, municipality).and("initiativeId", initiativeId);
        return repository.find(query.page(page), query.params()).page(0, page.limit() + 1).list();
    }
}
