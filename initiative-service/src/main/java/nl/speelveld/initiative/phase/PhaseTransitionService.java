package nl.speelveld.initiative.phase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.speelveld.conventions.http.Versions;
import nl.speelveld.conventions.paging.Cursors;
import nl.speelveld.conventions.paging.Page;
import nl.speelveld.conventions.paging.PageRequest;
import nl.speelveld.conventions.persistence.Keyset;
import nl.speelveld.conventions.problem.ApiException;
import nl.speelveld.conventions.time.MunicipalDates;
import nl.speelveld.initiative.initiative.Initiative;
import nl.speelveld.initiative.initiative.InitiativeService;
import nl.speelveld.initiative.initiative.LifecyclePhase;

import java.util.UUID;

/**
 * Moves an initiative from one lifecycle phase to another and keeps the history. The move changes the initiative's
 * {@code phase} and therefore its version (ETag).
 */
@ApplicationScoped
class PhaseTransitionService {

    private final PhaseTransitionRepository transitions;
    private final InitiativeService initiatives;
    private final Cursors cursors;

    PhaseTransitionService(PhaseTransitionRepository transitions, InitiativeService initiatives, Cursors cursors) {
        this.transitions = transitions;
        this.initiatives = initiatives;
        this.cursors = cursors;
    }

    /**
     * A move to the phase the initiative is already in is a 409: the request is well-formed, but it conflicts with
     * the initiative's current state. {@code ifMatch} is optional; when given it must name the initiative's version.
     */
    @Transactional
    PhaseTransitionResponse create(UUID initiativeId, PhaseTransitionRequest request, String ifMatch) {
        Initiative initiative = initiatives.lock(initiativeId);
        if (ifMatch != null && !ifMatch.isBlank()) {
            Versions.requireMatch(ifMatch, initiative.version());
        }
        LifecyclePhase from = initiative.phase();
        if (from == request.to()) {
            throw ApiException.conflict("The initiative is already in phase " + from + ".");
        }
        PhaseTransition transition = new PhaseTransition(initiative.municipalityCode(), initiative.id(), from,
                request.to(), request.on() == null ? MunicipalDates.today() : request.on(),
                request.reason());
        initiative.moveTo(request.to());
        transitions.persist(transition);
        transitions.flush();
        return PhaseTransitionResponse.of(transition);
    }

    @Transactional
    PhaseTransitionResponse get(UUID initiativeId, UUID transitionId) {
        Initiative initiative = initiatives.require(initiativeId);
        return transitions.findInInitiative(initiative.municipalityCode(), initiative.id(), transitionId)
                .map(PhaseTransitionResponse::of)
                .orElseThrow(() -> ApiException.notFound("phase transition", transitionId));
    }

    @Transactional
    Page<PhaseTransitionResponse> list(UUID initiativeId, Integer limit, String cursor) {
        Initiative initiative = initiatives.require(initiativeId);
        String scope = initiative.municipalityCode() + "|phase-transitions|" + initiative.id();
        PageRequest page = cursors.read(limit, cursor, scope);
        return cursors.page(transitions.list(initiative.municipalityCode(), initiative.id(), page), page, scope,
                Keyset::position, PhaseTransitionResponse::of);
    }
}
