package nl.speelveld.initiative.initiative;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.inject.Inject;
import nl.speelveld.conventions.events.Outbox;
import nl.speelveld.conventions.paging.PageRequest;
import nl.speelveld.conventions.persistence.Keyset;
import nl.speelveld.conventions.persistence.TenantRecord;
import org.hibernate.jpa.HibernateHints;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Initiatives of one municipality at a time: every query takes the tenant. */
@ApplicationScoped
class InitiativeRepository implements PanacheRepositoryBase<Initiative, UUID> {

    /** A kind of record of the initiative's history: its entity and its table. */
    private record History(String entity, String table) {
    }

    /** The initiative's history, in the order the cascade removes it. */
    private static final List<History> HISTORY = List.of(new History("Issue", "issue"),
            new History("ProblemDefinition", "problem_definition"), new History("RoleObservation", "role_observation"),
            new History("KeyDecision", "key_decision"), new History("PhaseTransition", "phase_transition"));

    @Inject
    Outbox outbox;

    Optional<Initiative> findForTenant(String municipality, UUID id) {
        return find("id = ?1 and municipalityCode = ?2", id, municipality).firstResultOptional();
    }

    /**
     * GET one: the initiative with its area codes and external references in one statement (two left join fetches of
     * indexed lists: one row per pair of them, a few rows), loaded read-only.
     */
    Optional<Initiative> findForRead(String municipality, UUID id) {
        return find("select e from Initiative e left join fetch e.areaCodes left join fetch e.externalRefs"
                + " where e.id = ?1 and e.municipalityCode = ?2", id, municipality)
                .withHint(HibernateHints.HINT_READ_ONLY, true).singleResultOptional();
    }

    /** The same, locked for update until the transaction ends, for changes that must happen one at a time. */
    Optional<Initiative> findForTenantLocked(String municipality, UUID id) {
        return find("id = ?1 and municipalityCode = ?2", id, municipality)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /**
     * A page (one row more than asked, which tells that a next page exists) with its area codes and external
     * references, in one statement, loaded read-only: the page's ids are chosen by a subquery with the filters, the
     * keyset condition, the order and the limit, and the outer query fetches those initiatives with both collections
     * (one row per pair of them, a few rows per initiative). One statement needs no transaction (the caller has none).
     */
    List<Initiative> list(String municipality, InitiativeFilter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder q = new StringBuilder("select e.id from Initiative e where e.municipalityCode = :m");
        params.put("m", municipality);
        if (filter.type() != null) {
            q.append(" and e.type = :type");
            params.put("type", filter.type());
        }
        if (filter.phase() != null) {
            q.append(" and e.phase = :phase");
            params.put("phase", filter.phase());
        }
        if (filter.primaryDomain() != null) {
            q.append(" and e.primaryDomain = :domain");
            params.put("domain", filter.primaryDomain());
        }
        if (filter.areaCode() != null) {
            q.append(" and :area member of e.areaCodes");
            params.put("area", filter.areaCode());
        }
        if (filter.externalRef() != null) {
            q.append(" and exists (select 1 from Initiative x join x.externalRefs r where x = e and r.system = :rs"
                    + " and r.instance = :ri and r.type = :rt and r.externalId = :rid)");
            params.put("rs", filter.externalRef()[0]);
            params.put("ri", filter.externalRef()[1]);
            params.put("rt", filter.externalRef()[2]);
            params.put("rid", filter.externalRef()[3]);
        }
        if (filter.text() != null) {
            q.append(" and e.searchText like :text escape '\\'");
            params.put("text", "%" + filter.text().toLowerCase().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        q.append(Keyset.after(page, params)).append(Keyset.ORDER).append(" limit :rows");
        params.put("rows", page.limit() + 1);
        return find("select p from Initiative p left join fetch p.areaCodes left join fetch p.externalRefs"
                + " where p.id in (" + q + ") order by p.createdAt, p.id", params)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    /** The initiative of this tenant that already carries {@code ref}, if any. */
    Optional<Initiative> withExternalRef(String municipality, ExternalReference ref) {
        return find("select e from Initiative e join e.externalRefs r where e.municipalityCode = ?1"
                + " and r.system = ?2 and r.instance = ?3 and r.type = ?4 and r.externalId = ?5",
                municipality, ref.system(), ref.instance(), ref.type(), ref.id()).firstResultOptional();
    }

    /** How many records of the initiative's history refer to it (issues, definitions, observations, decisions). */
    long dependents(UUID id) {
        Object count = getEntityManager().createNativeQuery("SELECT (SELECT count(*) FROM issue WHERE initiative_id = ?1)"
                + " + (SELECT count(*) FROM problem_definition WHERE initiative_id = ?1)"
                + " + (SELECT count(*) FROM role_observation WHERE initiative_id = ?1)"
                + " + (SELECT count(*) FROM key_decision WHERE initiative_id = ?1)").setParameter(1, id)
                .getSingleResult();
        return ((Number) count).longValue();
    }

    /**
     * Removes the initiative and its history with one SQL delete per table. A bulk delete bypasses the entity
     * listener, so every removed record is read first and its {@code deleted} event written in this transaction
     * (docs/events.md); then the initiative's own {@code deleted} event comes last.
     */
    void deleteWithHistory(Initiative initiative) {
        var em = getEntityManager();
        for (History kind : HISTORY) {
            List<TenantRecord> records = em.createQuery("select e from " + kind.entity()
                    + " e where e.initiativeId = :i order by e.createdAt, e.id", TenantRecord.class)
                    .setParameter("i", initiative.id()).getResultList();
            for (TenantRecord record : records) {
                outbox.deleted(record);
                em.detach(record);
            }
            em.createNativeQuery("DELETE FROM " + kind.table() + " WHERE initiative_id = ?1")
                    .setParameter(1, initiative.id()).executeUpdate();
        }
        delete(initiative);
    }
}
