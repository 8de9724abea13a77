package nl.speelveld.assessment.decisionrecord;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import nl.speelveld.conventions.paging.PageRequest;
import nl.speelveld.conventions.persistence.Keyset;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Decision records of one municipality at a time. */
@ApplicationScoped
class DecisionRecordRepository implements PanacheRepositoryBase<DecisionRecord, UUID> {

    Optional<DecisionRecord> findForTenant(String municipality, UUID id) {
        return find("id = ?1 and municipalityCode = ?2", id, municipality).firstResultOptional();
    }

    /** The records answering one assessment, oldest first. */
    List<DecisionRecord> ofAssessment(String municipality, UUID assessmentId, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("m", municipality);
        params.put("a", assessmentId);
        String q = "from DecisionRecord e where e.municipalityCode = :m and e.assessmentId = :a"
                + Keyset.after(page, params) + Keyset.ORDER;
        return find(q, params).page(0, page.limit() + 1).list();
    }

    /** Which record supersedes each of these (old id to new id); a record is superseded at most once. */
    Map<UUID, UUID> supersededBy(String municipality, Collection<UUID> ids) {
        Map<UUID, UUID> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        getEntityManager().createQuery("select e.supersedes, e.id from DecisionRecord e where e.municipalityCode = :m"
                        + " and e.supersedes in :ids", Object[].class)
                .setParameter("m", municipality).setParameter("ids", ids).getResultList()
                .forEach(row -> out.put((UUID) row[0], (UUID) row[1]));
        return out;
    }
}
