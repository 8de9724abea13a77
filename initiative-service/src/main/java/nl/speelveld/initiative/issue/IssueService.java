package nl.speelveld.initiative.issue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import nl.speelveld.conventions.problem.FieldError;
import nl.speelveld.conventions.tenancy.Tenant;
import nl.speelveld.initiative.initiative.Initiative;
import nl.speelveld.initiative.initiative.InitiativeService;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Records, reads and changes the issues (kwesties) of an initiative, and keeps their derived scope. */
@ApplicationScoped
public class IssueService {

    private final IssueRepository issues;
    private final InitiativeService initiatives;
    private final Tenant tenant;
    private final Cursors cursors;
    private final ObjectMapper json;
    private final Validator validator;

    IssueService(IssueRepository issues, InitiativeService initiatives, Tenant tenant, Cursors cursors,
            ObjectMapper json, Validator validator) {
        this.issues = issues;
        this.initiatives = initiatives;
        this.tenant = tenant;
        this.cursors = cursors;
        this.json = json;
        this.validator = validator;
    }

    /** A new issue is out of scope until a problem definition names it. */
    @Transactional
    IssueResponse create(UUID initiativeId, IssueRequest request) {
        Initiative initiative = initiatives.require(initiativeId);
        Issue issue = new Issue(initiative.municipalityCode(), initiative.id());
        issue.apply(request);
        issues.persistAndFlush(issue);
        return IssueResponse.of(issue);
    }

    @Transactional
    IssueResponse get(UUID initiativeId, UUID issueId) {
        return IssueResponse.of(require(initiativeId, issueId));
    }

    @Transactional
    Page<IssueResponse> list(UUID initiativeId, Integer limit, String cursor) {
        Initiative initiative = initiatives.require(initiativeId);
        String scope = initiative.municipalityCode() + "|issues|" + initiative.id();
        PageRequest page = cursors.read(limit, cursor, scope);
        return cursors.page(issues.list(initiative.municipalityCode(), initiative.id(), page), page, scope,
                Keyset::position, IssueResponse::of);
    }

    @Transactional
    IssueResponse patch(UUID initiativeId, UUID issueId, String ifMatch, JsonNode patch) {
        Issue issue = require(initiativeId, issueId);
        Versions.requireMatch(ifMatch, issue.version());
        IssueRequest changed = MergePatch.apply(json, validator, IssueResponse.of(issue).toRequest(), patch,
                IssueRequest.class);
        issue.apply(changed);
        try {
            issues.flush();
        } catch (OptimisticLockException e) {
            throw ApiException.conflict("The issue was changed by another request at the same moment."
                    + " Read it again and retry with its new ETag.");
        }
        return IssueResponse.of(issue);
    }

    /**
     * Checks that {@code ids} name distinct issues of this initiative; every other id is a 400 that names its
     * position, e.g. {@code issueIdsInScope[2]}. Another initiative's or municipality's issue counts as unknown.
     */
    public void requireOwnIssues(String municipality, UUID initiativeId, List<UUID> ids, String field) {
        if (ids == null || ids.isEmpty()) {
            return;
        }
        Set<UUID> known = issues.idsOf(municipality, initiativeId);
        Set<UUID> seen = new HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            if (!known.contains(id)) {
                errors.add(new FieldError(field + "[" + i + "]", "is not an issue of this initiative: " + id,
                        "unknown-issue"));
            } else if (!seen.add(id)) {
                errors.add(new FieldError(field + "[" + i + "]", "repeats issue " + id, "duplicate"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
    }

    /** Sets {@code inScope} of every issue of the initiative from the new current problem definition. */
    public void rescope(String municipality, UUID initiativeId, Set<UUID> inScope) {
        for (Issue issue : issues.allOf(municipality, initiativeId)) {
            issue.scopedBy(inScope.contains(issue.id()));
        }
    }

    private Issue require(UUID initiativeId, UUID issueId) {
        Initiative initiative = initiatives.require(initiativeId);
        return issues.findInInitiative(initiative.municipalityCode(), initiative.id(), issueId)
                .orElseThrow(() -> ApiException.notFound("issue", issueId));
    }
}
