package nl.speelveld.stakeholder.group;

import jakarta.enterprise.context.ApplicationScoped;
import nl.speelveld.stakeholder.shared.Violations;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the other features may check and read about stakeholder groups, inside their own transaction: whether a group
 * id names a group of the caller's municipality and initiative, which initiative a group belongs to, and the groups
 * of an initiative. The group's entity and repository stay inside this package.
 */
@ApplicationScoped
public class GroupReferences {

    private final StakeholderGroupRepository groups;

    GroupReferences(StakeholderGroupRepository groups) {
        this.groups = groups;
    }

    /** Records a field error unless {@code groupId} is a group of {@code initiativeId} in {@code municipality}. */
    public void check(String municipality, UUID initiativeId, UUID groupId, String field, Violations violations) {
        if (groupId == null) {
            return;
        }
        boolean ok = initiativeOf(municipality, groupId).map(i -> i.equals(initiativeId)).orElse(false);
        if (!ok) {
            violations.add(field, "is not a stakeholder group of initiative " + initiativeId
                    + " in your municipality", "unknown-reference");
        }
    }

    /** The initiative of group {@code groupId} in {@code municipality}; empty when there is no such group. */
    public Optional<UUID> initiativeOf(String municipality, UUID groupId) {
        return groups.findForTenant(municipality, groupId).map(StakeholderGroup::initiativeId);
    }

    /** Every group of an initiative in {@code municipality}, oldest first, as the API shows them. */
    public List<StakeholderGroupResponse> ofInitiative(String municipality, UUID initiativeId) {
        return groups.ofInitiative(municipality, initiativeId).stream().map(StakeholderGroupResponse::of).toList();
    }
}
