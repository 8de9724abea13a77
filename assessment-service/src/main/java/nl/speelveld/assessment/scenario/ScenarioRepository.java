package nl.speelveld.assessment.scenario;

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

/** Scenarios of one municipality at a time. */
@ApplicationScoped
class ScenarioRepository implements PanacheRepositoryBase<Scenario, UUID> {

    Optional<Scenario> findForTenant(String municipality, UUID assessmentId, UUID id) {
        return find("id = ?1 and municipalityCode = ?2 and assessmentId = ?3", id, municipality, assessmentId)
                .firstResultOptional();
    }

    /** The scenarios of one assessment, oldest first. */
    List<Scenario> ofAssessment(String municipality, UUID assessmentId, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("m", municipality);
        params.put("a", assessmentId);
        String q = "from Scenario e where e.municipalityCode = :m and e.assessmentId = :a"
                + Keyset.after(page, params) + Keyset.ORDER;
        return find(q, params).page(0, page.limit() + 1).list();
    }

    /** These ids that are scenarios of this assessment in this municipality. */
    List<UUID> existing(String municipality, UUID assessmentId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select e.id from Scenario e where e.municipalityCode = :m"
                        + " and e.assessmentId = :a and e.id in :ids", UUID.class)
                .setParameter("m", municipality).setParameter("a", assessmentId).setParameter("ids", ids)
                .getResultList();
    }

    /**
     * Whether a decision record cites this scenario. Decision records are another feature's table; this one native
     * query reads their {@code scenario_ids} so that a cited option is never deleted under an append-only record.
     */
    boolean cited(String municipality, UUID id) {
        Number n = (Number) getEntityManager().createNativeQuery("select count(*) from decision_record"
                        + " where municipality_code = ?1 and scenario_ids @> jsonb_build_array(cast(?2 as text))")
                .setParameter(1, municipality).setParameter(2, id.toString()).getSingleResult();
        return n.longValue() > 0;
    }

    /** Scenarios of these ids with their labels (any assessment of the municipality). */
    List<Scenario> byIds(String municipality, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return list("municipalityCode = ?1 and id in ?2", municipality, ids);
    }
}
