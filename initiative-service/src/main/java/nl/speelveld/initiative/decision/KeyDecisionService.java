package nl.speelveld.initiative.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.speelveld.conventions.paging.Cursors;
import nl.speelveld.conventions.paging.Page;
import nl.speelveld.conventions.paging.PageRequest;
import nl.speelveld.conventions.persistence.Keyset;
import nl.speelveld.conventions.problem.ApiException;
import nl.speelveld.initiative.initiative.Initiative;
import nl.speelveld.initiative.initiative.InitiativeService;
import nl.speelveld.initiative.issue.IssueService;

import java.util.UUID;

/** Records and reads the append-only key decisions of an initiative. */
@ApplicationScoped
class KeyDecisionService {

    private final KeyDecisionRepository decisions;
    private final InitiativeService initiatives;
    private final IssueService issues;
    private final Cursors cursors;

    KeyDecisionService(KeyDecisionRepository decisions, InitiativeService initiatives, IssueService issues,
            Cursors cursors) {
        this.decisions = decisions;
        this.initiatives = initiatives;
        this.issues = issues;
        this.cursors = cursors;
    }

    /** The issue ids must be issues of this initiative; anything else is a 400 that names the position. */
    @Transactional
    KeyDecisionResponse create(UUID initiativeId, KeyDecisionRequest request) {
        Initiative initiative = initiatives.require(initiativeId);
        issues.requireOwnIssues(initiative.municipalityCode(), initiative.id(), request.issueIds(), "issueIds");
        KeyDecision decision = new KeyDecision(initiative.municipalityCode(), initiative.id(), request);
        decisions.persistAndFlush(decision);
        return KeyDecisionResponse.of(decision);
    }

    @Transactional
    KeyDecisionResponse get(UUID initiativeId, UUID decisionId) {
        Initiative initiative = initiatives.require(initiativeId);
        return decisions.findInInitiative(initiative.municipalityCode(), initiative.id(), decisionId)
                .map(KeyDecisionResponse::of)
                .orElseThrow(() -> ApiException.notFound("key decision", decisionId));
    }

    @Transactional
    Page<KeyDecisionResponse> list(UUID initiativeId, Integer limit, String cursor) {
        Initiative initiative = initiatives.require(initiativeId);
        String scope = initiative.municipalityCode() + "|key-decisions|" + initiative.id();
        PageRequest page = cursors.read(limit, cursor, scope);
        return cursors.page(decisions.list(initiative.municipalityCode(), initiative.id(), page), page, scope,
                Keyset::position, KeyDecisionResponse::of);
    }
}
