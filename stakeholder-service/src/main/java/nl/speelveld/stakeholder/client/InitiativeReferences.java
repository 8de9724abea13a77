package nl.speelveld.stakeholder.client;

import jakarta.enterprise.context.ApplicationScoped;
import nl.speelveld.conventions.problem.ApiException;
import nl.speelveld.conventions.tenancy.Tenant;
import nl.speelveld.stakeholder.shared.Violations;

import java.util.Map;
import java.util.UUID;

/**
 * Checks ids that belong to initiative-service for the caller's municipality, by passing the caller's token on.
 * Called before any database transaction opens: no connection is held while another service is asked.
 */
@ApplicationScoped
public class InitiativeReferences {

    private final InitiativeClient client;
    private final Tenant tenant;

    InitiativeReferences(InitiativeClient client, Tenant tenant) {
        this.client = client;
        this.tenant = tenant;
    }

    /**
     * Records an unknown initiative, and, when the initiative exists, every unknown issue, as field errors.
     *
     * @param issues the issue ids to check, by the field that carries them (e.g. {@code issueStances[0].issueId})
     */
    public void check(UUID initiativeId, String field, Map<String, UUID> issues, Violations violations) {
        if (initiativeId == null) {
            return;
        }
        String authorization = tenant.bearer();
        if (!client.initiativeExists(initiativeId, authorization)) {
            violations.add(field, "is not an initiative of your municipality (initiative-service does not know "
                    + initiativeId + ")", "unknown-reference");
            return;
        }
        issues.forEach((issueField, issueId) -> {
            if (issueId != null && !client.issueExists(initiativeId, issueId, authorization)) {
                violations.add(issueField, "is not an issue of initiative " + initiativeId
                        + " (initiative-service does not know " + issueId + ")", "unknown-reference");
            }
        });
    }

    /** For the read models: 404 when the initiative is not one of the caller's municipality. */
    public void requireInitiative(UUID initiativeId) {
        if (!client.initiativeExists(initiativeId, tenant.bearer())) {
            throw ApiException.notFound("initiative", initiativeId);
        }
    }
}
