package nl.speelveld.stakeholder.group;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import nl.speelveld.conventions.http.Versions;
import nl.speelveld.conventions.json.MergePatch;
import nl.speelveld.conventions.paging.Cursors;
import nl.speelveld.conventions.paging.Page;
import nl.speelveld.conventions.paging.PageRequest;
import nl.speelveld.conventions.persistence.Keyset;
import nl.speelveld.conventions.problem.ApiException;
import nl.speelveld.conventions.tenancy.Tenant;
import nl.speelveld.conventions.vocabulary.StakeholderSource;
import nl.speelveld.stakeholder.client.InitiativeReferences;
import nl.speelveld.stakeholder.shared.Violations;
import nl.speelveld.stakeholder.vocabulary.VoiceMode;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Records, reads, changes and removes stakeholder groups within the caller's municipality. The initiative is checked
 * with initiative-service before the transaction opens.
 */
@ApplicationScoped
class StakeholderGroupService {

    private final StakeholderGroupRepository groups;
    private final InitiativeReferences initiatives;
    private final Tenant tenant;
    private final Cursors cursors;
    private final ObjectMapper json;
    private final Validator validator;

    StakeholderGroupService(StakeholderGroupRepository groups, InitiativeReferences initiatives, Tenant tenant,
            Cursors cursors, ObjectMapper json, Validator validator) {
        this.groups = groups;
        this.initiatives = initiatives;
        this.tenant = tenant;
        this.cursors = cursors;
        this.json = json;
        this.validator = validator;
    }

    public StakeholderGroupResponse create(StakeholderGroupRequest request) {
        String municipality = tenant.code();
        Violations violations = new Violations();
        initiatives.check(request.initiativeId(), "initiativeId", Map.of(), violations);
        violations.throwIfAny();
        return QuarkusTransaction.requiringNew().call(() -> {
            StakeholderGroup group = new StakeholderGroup(municipality, request.initiativeId());
            group.apply(request);
            groups.persistAndFlush(group);
            return StakeholderGroupResponse.of(group);
        });
    }

    /** The group of the caller's municipality; 404 for an unknown id or another municipality's. */
    StakeholderGroup require(UUID id) {
        return groups.findForTenant(tenant.code(), id).orElseThrow(() -> ApiException.notFound("stakeholder group",
                id));
    }

    /** One statement, read-only, outside a transaction: nothing to begin, flush or commit. */
    public StakeholderGroupResponse get(UUID id) {
        return StakeholderGroupResponse.of(groups.findForRead(tenant.code(), id)
                .orElseThrow(() -> ApiException.notFound("stakeholder group", id)));
    }

    /** One statement, read-only, outside a transaction. */
    public Page<StakeholderGroupResponse> list(UUID initiativeId, StakeholderSource source, VoiceMode voice,
            Integer limit, String cursor) {
        String municipality = tenant.code();
        String scope = municipality + "|stakeholder-groups|" + initiativeId + "|" + source + "|" + voice;
        PageRequest page = cursors.read(limit, cursor, scope);
        return cursors.page(groups.list(municipality, initiativeId, source, voice, page), page, scope,
                Keyset::position, StakeholderGroupResponse::of);
    }

    /**
     * The bulk read of an initiative's groups for another service: the list above with pages of up to
     * {@link Cursors#MAX_BULK_LIMIT}, one statement each, read-only, outside a transaction.
     */
    public Page<StakeholderGroupResponse> bulk(UUID initiativeId, Integer limit, String cursor) {
        String municipality = tenant.code();
        String scope = municipality + "|bulk-stakeholder-groups|" + initiativeId;
        PageRequest page = cursors.read(limit, cursor, scope, Cursors.DEFAULT_BULK_LIMIT, Cursors.MAX_BULK_LIMIT);
        return cursors.page(groups.list(municipality, initiativeId, null, null, page), page, scope,
                Keyset::position, StakeholderGroupResponse::of);
    }

    /** A JSON merge patch; the initiative of a group cannot change, so no other service is asked. */
    @Transactional
    public StakeholderGroupResponse patch(UUID id, String ifMatch, JsonNode patch) {
        StakeholderGroup group = require(id);
        Versions.requireMatch(ifMatch, group.version());
        StakeholderGroupRequest current = StakeholderGroupResponse.of(group).toRequest();
        StakeholderGroupRequest changed = MergePatch.apply(json, validator, current, patch,
                StakeholderGroupRequest.class);
        if (!Objects.equals(changed.initiativeId(), current.initiativeId())) {
            throw ApiException.invalidField("initiativeId", "cannot change: record the group again for the other"
                    + " initiative", "read-only");
        }
        group.apply(changed);
        try {
            groups.flush();
        } catch (OptimisticLockException e) {
            throw ApiException.preconditionFailed(group.version());
        }
        return StakeholderGroupResponse.of(group);
    }

    /** Removes a group; 409 while interests or other records still refer to it. */
    @Transactional
    public void delete(UUID id) {
        StakeholderGroup group = require(id);
        List<String> references = groups.references(id);
        if (!references.isEmpty()) {
            throw ApiException.conflict("This stakeholder group is still referred to by "
                    + String.join(", ", references) + ". Remove those first.");
        }
        groups.delete(group);
    }
}
