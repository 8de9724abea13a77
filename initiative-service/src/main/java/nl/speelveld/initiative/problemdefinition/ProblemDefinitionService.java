package nl.speelveld.initiative.problemdefinition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import nl.speelveld.conventions.paging.Cursors;
import nl.speelveld.conventions.paging.Page;
import nl.speelveld.conventions.paging.PageRequest;
import nl.speelveld.conventions.persistence.Keyset;
import nl.speelveld.conventions.problem.ApiException;
import nl.speelveld.initiative.initiative.Initiative;
import nl.speelveld.initiative.initiative.InitiativeService;
import nl.speelveld.initiative.issue.IssueService;

import java.util.HashSet;
import java.util.UUID;

/**
 * Records new versions of an initiative's problem definition. The newest version is the current one: it decides
 * which issues are in scope, and posting a new one moves {@code inScope} of the issues in the same transaction.
 */
@ApplicationScoped
class ProblemDefinitionService {

    private final ProblemDefinitionRepository definitions;
    private final InitiativeService initiatives;
    private final IssueService issues;
    private final Cursors cursors;

    ProblemDefinitionService(ProblemDefinitionRepository definitions, InitiativeService initiatives,
            IssueService issues, Cursors cursors) {
        this.definitions = definitions;
        this.initiatives = initiatives;
        this.issues = issues;
        this.cursors = cursors;
    }

    /**
     * Takes a lock on the initiative first, so two definitions posted at the same moment get sequences one after the
     * other instead of colliding.
     */
    @Transactional
    ProblemDefinitionResponse create(UUID initiativeId, ProblemDefinitionRequest request) {
        Initiative initiative = initiatives.lock(initiativeId);
        String municipality = initiative.municipalityCode();
        issues.requireOwnIssues(municipality, initiative.id(), request.issueIdsInScope(), "issueIdsInScope");
        ProblemDefinition previous = definitions.current(municipality, initiative.id()).orElse(null);
        ProblemDefinition definition = new ProblemDefinition(municipality, initiative.id(), previous, request);
        definitions.persist(definition);
        issues.rescope(municipality, initiative.id(), new HashSet<>(definition.issueIdsInScope));
        try {
            definitions.flush();
        } catch (OptimisticLockException e) {
            throw ApiException.conflict("An issue of this initiative was changed at the same moment."
                    + " Post the problem definition again.");
        }
        return ProblemDefinitionResponse.of(definition);
    }

    @Transactional
    ProblemDefinitionResponse get(UUID initiativeId, UUID definitionId) {
        Initiative initiative = initiatives.require(initiativeId);
        return definitions.findInInitiative(initiative.municipalityCode(), initiative.id(), definitionId)
                .map(ProblemDefinitionResponse::of)
                .orElseThrow(() -> ApiException.notFound("problem definition", definitionId));
    }

    /** The newest version; 404 while the initiative has none. */
    @Transactional
    ProblemDefinitionResponse current(UUID initiativeId) {
        Initiative initiative = initiatives.require(initiativeId);
        return definitions.current(initiative.municipalityCode(), initiative.id())
                .map(ProblemDefinitionResponse::of)
                .orElseThrow(() -> new ApiException(404, "/problems/not-found", "Not found",
                        "Initiative " + initiativeId + " has no problem definition yet. Post the first one to"
                                + " /v1/initiatives/" + initiativeId + "/problem-definitions.", null, null));
    }

    /** All versions, oldest (sequence 1) first. */
    @Transactional
    Page<ProblemDefinitionResponse> list(UUID initiativeId, Integer limit, String cursor) {
        Initiative initiative = initiatives.require(initiativeId);
        String scope = initiative.municipalityCode() + "|problem-definitions|" + initiative.id();
        PageRequest page = cursors.read(limit, cursor, scope);
        return cursors.page(definitions.list(initiative.municipalityCode(), initiative.id(), page), page, scope,
                Keyset::position, ProblemDefinitionResponse::of);
    }
}
