package nl.speelveld.stakeholder.interest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import nl.speelveld.conventions.paging.PageRequest;
import nl.speelveld.conventions.persistence.TenantQuery;
import nl.speelveld.conventions.vocabulary.EvidenceType;
import nl.speelveld.stakeholder.shared.BulkReads;
import nl.speelveld.stakeholder.vocabulary.Stance;
import org.hibernate.jpa.HibernateHints;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

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

    /**
     * One page of an initiative's interests, of one part of them (BulkReads.Part): one statement, loaded read-only
     * (the caller needs no transaction).
     */
    List<Interest> readOnlyList(String municipality, UUID initiativeId, BulkReads.Part part, PageRequest page) {
        TenantQuery q = new TenantQuery("Interest", municipality).and("initiativeId", initiativeId)
                .inPart(part.index(), part.of());
        return find(q.page(page), q.params()).withHint(HibernateHints.HINT_READ_ONLY, true)
                .page(0, page.limit() + 1).list();
    }

    /**
     * What the interest matrix needs of every interest of an initiative, oldest first: one statement, columns only
     * (no entities, so nothing for the persistence context to hold or check), repeated ids shared.
     */
    List<InterestRow> matrixRows(String municipality, UUID initiativeId) {
        Map<Object, Object> shared = new HashMap<>();
        List<InterestRow> out = new ArrayList<>();
        // streamed with a fetch size (the caller's transaction keeps the cursor open): no list of 100,000 rows as
        // read next to the rows made of them
        try (Stream<Object[]> rows = getEntityManager().createQuery("SELECT i.id, i.groupId, i.issueId, i.kind,"
                + " i.stance, i.evidence, i.recordedOn, i.createdAt, i.responseStatus FROM Interest i"
                + " WHERE i.municipalityCode = :municipality AND i.initiativeId = :initiative"
                + " ORDER BY i.createdAt, i.id", Object[].class)
                .setParameter("municipality", municipality).setParameter("initiative", initiativeId)
                .setHint(HibernateHints.HINT_FETCH_SIZE, 1000).setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream()) {
            rows.forEach(r -> out.add(new InterestRow((UUID) r[0], shared(shared, r[1]), shared(shared, r[2]),
                    (InterestKind) r[3], (Stance) r[4], (EvidenceType) r[5], shared(shared, r[6]), (Instant) r[7],
                    (ResponseStatus) r[8])));
        }
        return out;
    }

    /** One instance of each equal value (group and issue ids, dates) among the rows. */
    @SuppressWarnings("unchecked")
    private static <T> T shared(Map<Object, Object> seen, Object value) {
        return value == null ? null : (T) seen.computeIfAbsent(value, v -> v);
    }
}
