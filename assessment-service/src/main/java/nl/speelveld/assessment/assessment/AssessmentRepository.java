package nl.speelveld.assessment.assessment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import nl.speelveld.conventions.paging.PageRequest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Stored assessments of one municipality at a time. */
@ApplicationScoped
class AssessmentRepository implements PanacheRepositoryBase<Assessment, UUID> {

    Optional<Assessment> findForTenant(String municipality, UUID id) {
        return find("id = ?1 and municipalityCode = ?2", id, municipality).firstResultOptional();
    }

    /** Newest first (creation time, then id, both descending). */
    List<Assessment> newestFirst(String municipality, UUID initiativeId, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("m", municipality);
        StringBuilder q = new StringBuilder("from Assessment e where e.municipalityCode = :m");
        if (initiativeId != null) {
            q.append(" and e.initiativeId = :i");
            params.put("i", initiativeId);
        }
        if (page.after() != null) {
            q.append(" and (e.createdAt < :c or (e.createdAt = :c and e.id < :id))");
            params.put("c", page.after().createdAt());
            params.put("id", page.after().id());
        }
        q.append(" order by e.createdAt desc, e.id desc");
        return find(q.toString(), params).page(0, page.limit() + 1).list();
    }

    /** All assessments of an initiative in time order, for its timeline. */
    List<Assessment> timeline(String municipality, UUID initiativeId) {
        return list("municipalityCode = ?1 and initiativeId = ?2 order by asOf, createdAt, id", municipality,
                initiativeId);
    }
}
