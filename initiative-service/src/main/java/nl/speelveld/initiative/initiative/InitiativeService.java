package nl.speelveld.initiative.initiative;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import nl.speelveld.conventions.http.Versions;
import nl.speelveld.conventions.json.MergePatch;
import nl.speelveld.conventions.paging.Cursors;
import nl.speelveld.conventions.paging.Page;
import nl.speelveld.conventions.paging.PageRequest;
import nl.speelveld.conventions.persistence.Keyset;
import nl.speelveld.conventions.problem.ApiException;
import nl.speelveld.conventions.problem.FieldError;
import nl.speelveld.conventions.tenancy.Tenant;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Registers, reads, changes and removes initiatives within the caller's municipality. */
@ApplicationScoped
public class InitiativeService {

    private final InitiativeRepository initiatives;
    private final Tenant tenant;
    private final Cursors cursors;
    private final ObjectMapper json;
    private final Validator validator;

    InitiativeService(InitiativeRepository initiatives, Tenant tenant, Cursors cursors, ObjectMapper json,
            Validator validator) {
        this.initiatives = initiatives;
        this.tenant = tenant;
        this.cursors = cursors;
        this.json = json;
        this.validator = validator;
    }

    @Transactional
    InitiativeResponse create(InitiativeRequest request) {
        String municipality = tenant.code();
        checkExternalRefs(municipality, request.externalRefs(), null);
        Initiative initiative = new Initiative(municipality);
        initiative.apply(request, true);
        initiatives.persistAndFlush(initiative);
        return InitiativeResponse.of(initiative);
    }

    /** The initiative of the caller's municipality; 404 for an unknown id or another municipality's. */
    public Initiative require(UUID id) {
        return initiatives.findForTenant(tenant.code(), id)
                .orElseThrow(() -> ApiException.notFound("initiative", id));
    }

    /**
     * The same as {@link #require}, locked until the transaction ends: for changes to what belongs to the initiative
     * that must happen one after the other (problem-definition sequences, phase transitions).
     */
    public Initiative lock(UUID id) {
        return initiatives.findForTenantLocked(tenant.code(), id)
                .orElseThrow(() -> ApiException.notFound("initiative", id));
    }

    /** One statement, read-only, outside a transaction: nothing to begin, flush or commit. */
    InitiativeResponse get(UUID id) {
        return InitiativeResponse.of(initiatives.findForRead(tenant.code(), id)
                .orElseThrow(() -> ApiException.notFound("initiative", id)));
    }

    /** A page and its collections: one statement, read-only, outside a transaction, like {@link #get}. */
    Page<InitiativeResponse> list(InitiativeFilter filter, Integer limit, String cursor) {
        String municipality = tenant.code();
        String scope = municipality + "|initiatives|" + filter.scope();
        PageRequest page = cursors.read(limit, cursor, scope);
        return cursors.page(initiatives.list(municipality, filter, page), page, scope, Keyset::position,
                InitiativeResponse::of);
    }

    @Transactional
    InitiativeResponse patch(UUID id, String ifMatch, JsonNode patch) {
        Initiative initiative = require(id);
        Versions.requireMatch(ifMatch, initiative.version());
        InitiativeResponse current = InitiativeResponse.of(initiative);
        InitiativeRequest changed = MergePatch.apply(json, validator, current.toRequest(), patch,
                InitiativeRequest.class);
        if (changed.phase() != current.phase()) {
            throw ApiException.invalidField("phase", "changes only through POST /v1/initiatives/{id}/phase-transitions,"
                    + " which keeps the history", "read-only");
        }
        checkExternalRefs(initiative.municipalityCode(), changed.externalRefs(), id);
        initiative.apply(changed, false);
        initiatives.flush();
        return InitiativeResponse.of(initiative);
    }

    /**
     * Removes an initiative. While its history exists (issues, problem definitions, observations, decisions) that
     * is a 409, unless an administrator asks for {@code cascade}.
     */
    @Transactional
    void delete(UUID id, boolean cascade, boolean admin) {
        Initiative initiative = require(id);
        long dependents = initiatives.dependents(id);
        if (dependents > 0 && !cascade) {
            throw ApiException.conflict("This initiative still has " + dependents + " issues, problem definitions,"
                    + " role observations or key decisions. Remove them first, or ask an administrator to delete"
                    + " with ?cascade=true.");
        }
        if (cascade && !admin) {
            throw new io.quarkus.security.ForbiddenException();
        }
        initiatives.deleteWithHistory(initiative);
    }

    private void checkExternalRefs(String municipality, List<ExternalReference> refs, UUID self) {
        if (refs == null) {
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < refs.size(); i++) {
            ExternalReference ref = refs.get(i);
            if (!seen.add(ref.key())) {
                errors.add(new FieldError("externalRefs[" + i + "]", "repeats reference " + ref.key(), "duplicate"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        for (ExternalReference ref : refs) {
            initiatives.withExternalRef(municipality, ref).filter(other -> !other.id().equals(self))
                    .ifPresent(other -> {
                        throw ApiException.conflict("The external reference " + ref.key()
                                + " already belongs to initiative " + other.id() + ".");
                    });
        }
    }
}
