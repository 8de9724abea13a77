package nl.speelveld.stakeholder.interest;

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
import nl.speelveld.stakeholder.client.InitiativeReferences;
import nl.speelveld.stakeholder.group.GroupReferences;
import nl.speelveld.stakeholder.shared.BulkReads;
import nl.speelveld.stakeholder.shared.Violations;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Records, reads, changes and removes interests, and records the municipality's response to them. The initiative
 * and issue are checked with initiative-service before the transaction opens; the group must be one of the same
 * initiative.
 */
@ApplicationScoped
class InterestService {

    private final InterestRepository interests;
    private final GroupReferences groups;
    private final InitiativeReferences initiatives;
    private final Tenant tenant;
    private final Cursors cursors;
    private final ObjectMapper json;
    private final Validator validator;
    private final ConflictOverrideRepository overrides;

    InterestService(InterestRepository interests, GroupReferences groups, InitiativeReferences initiatives,
            Tenant tenant, Cursors cursors, ObjectMapper json, Validator validator,
            ConflictOverrideRepository overrides) {
        this.interests = interests;
        this.overrides = overrides;
        this.groups = groups;
        this.initiatives = initiatives;
        this.tenant = tenant;
        this.cursors = cursors;
        this.json = json;
        this.validator = validator;
    }

    public InterestResponse create(InterestRequest request) {
        String municipality = tenant.code();
        Violations violations = new Violations();
        violations.notAfterTomorrow(request.recordedOn(), "recordedOn");
        initiatives.check(request.initiativeId(), "initiativeId", Map.of("issueId", request.issueId()), violations);
        return QuarkusTransaction.requiringNew().call(() -> {
            groups.check(municipality, request.initiativeId(), request.groupId(), "groupId", violations);
            violations.throwIfAny();
            Interest interest = new Interest(municipality, request.initiativeId());
            interest.apply(request);
            interests.persistAndFlush(interest);
            return InterestResponse.of(interest);
        });
    }

    Interest require(UUID id) {
        return interests.findForTenant(tenant.code(), id).orElseThrow(() -> ApiException.notFound("interest", id));
    }

    @Transactional
    public InterestResponse get(UUID id) {
        return InterestResponse.of(require(id));
    }

    @Transactional
    public Page<InterestResponse> list(UUID initiativeId, UUID groupId, UUID issueId, Integer limit, String cursor) {
        String municipality = tenant.code();
        String scope = municipality + "|interests|" + initiativeId + "|" + groupId + "|" + issueId;
        PageRequest page = cursors.read(limit, cursor, scope);
        return cursors.page(interests.list(municipality, initiativeId, groupId, issueId, page), page, scope,
                Keyset::position, InterestResponse::of);
    }

    /**
     * The bulk read of an initiative's interests for another service: the list above with pages of up to
     * {@link Cursors#MAX_BULK_LIMIT}, one statement each, read-only; of one part of them when asked (a cursor
     * belongs to its part).
     */
    public Page<InterestResponse> bulk(UUID initiativeId, BulkReads.Part part, Integer limit, String cursor) {
        String municipality = tenant.code();
        String scope = municipality + "|bulk-interests|" + initiativeId + part.scope();
        PageRequest page = cursors.read(limit, cursor, scope, Cursors.DEFAULT_BULK_LIMIT, Cursors.MAX_BULK_LIMIT);
        return cursors.page(interests.readOnlyList(municipality, initiativeId, part, page), page, scope,
                Keyset::position, InterestResponse::of);
    }

    /**
     * A JSON merge patch. The initiative cannot change; a changed issue is checked with initiative-service between
     * two short transactions (read, then write), and If-Match is checked again in the second.
     */
    public InterestResponse patch(UUID id, String ifMatch, JsonNode patch) {
        String municipality = tenant.code();
        InterestRequest current = QuarkusTransaction.requiringNew().call(() -> {
            Interest interest = require(id);
            Versions.requireMatch(ifMatch, interest.version());
            return InterestResponse.of(interest).toRequest();
        });
        InterestRequest changed = MergePatch.apply(json, validator, current, patch, InterestRequest.class);
        if (!Objects.equals(changed.initiativeId(), current.initiativeId())) {
            throw ApiException.invalidField("initiativeId", "cannot change: record the interest again for the other"
                    + " initiative", "read-only");
        }
        Violations violations = new Violations();
        violations.notAfterTomorrow(changed.recordedOn(), "recordedOn");
        if (!Objects.equals(changed.issueId(), current.issueId())) {
            initiatives.check(changed.initiativeId(), "initiativeId", Map.of("issueId", changed.issueId()),
                    violations);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Interest interest = require(id);
            Versions.requireMatch(ifMatch, interest.version());
            groups.check(municipality, changed.initiativeId(), changed.groupId(), "groupId", violations);
            violations.throwIfAny();
            interest.apply(changed);
            return flushed(interest);
        });
    }

    /** Sets the municipality's response; a reason is required unless the status is OPEN or ADOPTED. */
    @Transactional
    public InterestResponse respond(UUID id, String ifMatch, MunicipalResponse response) {
        Interest interest = require(id);
        Versions.requireMatch(ifMatch, interest.version());
        Violations violations = new Violations();
        if (response.status().needsReason() && (response.reason() == null || response.reason().isBlank())) {
            violations.add("reason", "is required when the status is " + response.status()
                    + " (only OPEN and ADOPTED need no reason)", "required");
        }
        violations.notAfterTomorrow(response.respondedOn(), "respondedOn");
        violations.throwIfAny();
        interest.respond(response);
        return flushed(interest);
    }

    /**
     * Removes an interest; conflict overrides that name it go with it. They are removed one by one before it (not
     * left to the database's {@code ON DELETE CASCADE}), so that each writes its {@code deleted} event.
     */
    @Transactional
    public void delete(UUID id) {
        Interest interest = require(id);
        overrides.naming(interest.municipalityCode(), interest.id()).forEach(overrides::delete);
        interests.delete(interest);
    }

    private InterestResponse flushed(Interest interest) {
        try {
            interests.flush();
        } catch (OptimisticLockException e) {
            throw ApiException.preconditionFailed(interest.version());
        }
        return InterestResponse.of(interest);
    }
}
