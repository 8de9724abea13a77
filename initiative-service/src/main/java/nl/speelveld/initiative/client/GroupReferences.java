package nl.speelveld.initiative.client;

import jakarta.enterprise.context.ApplicationScoped;
import nl.speelveld.conventions.problem.ApiException;
import nl.speelveld.conventions.problem.FieldError;
import nl.speelveld.conventions.tenancy.Tenant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Checks the stakeholder group ids an issue ({@code raisedByGroupIds}) or a role observation ({@code holderGroupId})
 * names, against stakeholder-service with the caller's token: each must be a group of the caller's municipality and
 * of the same initiative. An unknown, another municipality's or another initiative's group is a 400 naming the field;
 * stakeholder-service out of reach is a 503 with Retry-After. Called before any database transaction opens, so no
 * connection is held while another service is asked and nothing is stored when a check fails.
 */
@ApplicationScoped
public class GroupReferences {

    private final StakeholderClient client;
    private final Tenant tenant;

    GroupReferences(StakeholderClient client, Tenant tenant) {
        this.client = client;
        this.tenant = tenant;
    }

    /**
     * @param groups the group ids to check by the field that carries them (e.g. {@code raisedByGroupIds[1]}); nulls
     *               are skipped (bean validation names them)
     */
    public void require(UUID initiativeId, Map<String, UUID> groups) {
        if (groups.values().stream().allMatch(java.util.Objects::isNull)) {
            return;
        }
        String authorization = tenant.bearer();
        Map<UUID, Optional<GroupRef>> answers = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        groups.forEach((field, id) -> {
            if (id == null) {
                return;
            }
            Optional<GroupRef> group = answers.computeIfAbsent(id, g -> client.group(g, authorization));
            if (group.isEmpty()) {
                errors.add(new FieldError(field, "is not a stakeholder group of your municipality (stakeholder-service"
                        + " does not know " + id + ")", "unknown-reference"));
            } else if (initiativeId != null && !initiativeId.equals(group.get().initiativeId())) {
                errors.add(new FieldError(field, "is a stakeholder group of another initiative ("
                        + group.get().initiativeId() + "), not of " + initiativeId, "unknown-reference"));
            }
        });
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
    }

    /** The ids of a list field, by position: {@code raisedByGroupIds[0]}, {@code raisedByGroupIds[1]}, ... */
    public static Map<String, UUID> listed(String field, List<UUID> ids) {
        Map<String, UUID> named = new LinkedHashMap<>();
        if (ids != null) {
            for (int i = 0; i < ids.size(); i++) {
                named.put(field + "[" + i + "]", ids.get(i));
            }
        }
        return named;
    }

    /**
     * The UUIDs of a list field of a merge patch, before it is applied (so they can be checked outside the
     * transaction). Entries that are no UUIDs are left to the patch's own validation, which names them.
     */
    public static List<UUID> ids(com.fasterxml.jackson.databind.JsonNode patch, String field) {
        List<UUID> ids = new ArrayList<>();
        com.fasterxml.jackson.databind.JsonNode list = patch == null ? null : patch.get(field);
        if (list != null && list.isArray()) {
            for (com.fasterxml.jackson.databind.JsonNode item : list) {
                UUID id = null;
                if (item.isTextual()) {
                    try {
                        id = UUID.fromString(item.asText());
                    } catch (IllegalArgumentException notAnId) {
                        // named by the patch's validation
                    }
                }
                ids.add(id);
            }
        }
        return ids;
    }
}
