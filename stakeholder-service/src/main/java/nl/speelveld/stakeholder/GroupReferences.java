package nl.speelveld.stakeholder;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Checks, inside a transaction, that a group id names a group of the caller's municipality and initiative. */
@ApplicationScoped
class GroupReferences {

    private final StakeholderGroupRepository groups;

    GroupReferences(StakeholderGroupRepository groups) {
        this.groups = groups;
    }

    /** Records a field error unless {@code groupId} is a group of {@code initiativeId} in {@code municipality}. */
    void check(String municipality, UUID initiativeId, UUID groupId, String field, Violations violations) {
        if (groupId == null) {
            return;
        }
        boolean ok = groups.findForTenant(municipality, groupId)
                .map(g -> g.initiativeId().equals(initiativeId)).orElse(false);
        if (!ok) {
            violations.add(field, "is not a stakeholder group of initiative " + initiativeId
                    + " in your municipality", "unknown-reference");
        }
    }
}
