package nl.speelveld.stakeholder.group;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import nl.speelveld.conventions.paging.PageRequest;
import nl.speelveld.conventions.persistence.TenantQuery;
import nl.speelveld.conventions.vocabulary.StakeholderSource;
import nl.speelveld.stakeholder.vocabulary.VoiceMode;
import org.hibernate.jpa.HibernateHints;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stakeholder groups of one municipality at a time: every query takes the tenant. */
@ApplicationScoped
class StakeholderGroupRepository implements PanacheRepositoryBase<StakeholderGroup, UUID> {

    Optional<StakeholderGroup> findForTenant(String municipality, UUID id) {
        return find("id = ?1 and municipalityCode = ?2", id, municipality).firstResultOptional();
    }

    /** GET one: one statement, loaded read-only (the caller needs no transaction). */
    Optional<StakeholderGroup> findForRead(String municipality, UUID id) {
        return find("id = ?1 and municipalityCode = ?2", id, municipality)
                .withHint(HibernateHints.HINT_READ_ONLY, true).singleResultOptional();
    }

    /** One page: one statement (a group has no collections of its own), loaded read-only. */
    List<StakeholderGroup> list(String municipality, UUID initiativeId, StakeholderSource source, VoiceMode voice,
            PageRequest page) {
        TenantQuery q = new TenantQuery("StakeholderGroup", municipality).and("initiativeId", initiativeId)
                .and("source", source).and("voice", voice);
        return find(q.page(page), q.params()).withHint(HibernateHints.HINT_READ_ONLY, true)
                .page(0, page.limit() + 1).list();
    }

    /** Every group of an initiative, oldest first, loaded read-only (the callers only read them). */
    List<StakeholderGroup> ofInitiative(String municipality, UUID initiativeId) {
        TenantQuery q = new TenantQuery("StakeholderGroup", municipality).and("initiativeId", initiativeId);
        return find(q.all(), q.params()).withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    /** How many records of each kind still refer to the group, by kind; empty when nothing does. */
    List<String> references(UUID id) {
        Object[] counts = (Object[]) getEntityManager().createNativeQuery("SELECT"
                + " (SELECT count(*) FROM interest WHERE group_id = ?1),"
                + " (SELECT count(*) FROM representation WHERE representative_group_id = ?1"
                + " OR represented_group_id = ?1),"
                + " (SELECT count(*) FROM participant_profile WHERE group_id = ?1),"
                + " (SELECT count(*) FROM core_group_snapshot WHERE group_id = ?1),"
                + " (SELECT count(*) FROM constituency_consultation WHERE representative_group_id = ?1"
                + " OR constituency_group_id = ?1)")
                .setParameter(1, id).getSingleResult();
        String[] kinds = {"interests", "representations", "participant profiles", "core-group snapshots",
                "constituency consultations"};
        List<String> found = new java.util.ArrayList<>();
        for (int i = 0; i < kinds.length; i++) {
            long n = ((Number) counts[i]).longValue();
            if (n > 0) {
                found.add(n + " " + kinds[i]);
            }
        }
        return found;
    }
}
