package nl.speelveld.initiative.role;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.speelveld.conventions.paging.Cursors;
import nl.speelveld.conventions.paging.Page;
import nl.speelveld.conventions.paging.PageRequest;
import nl.speelveld.conventions.persistence.Keyset;
import nl.speelveld.conventions.problem.ApiException;
import nl.speelveld.initiative.initiative.Initiative;
import nl.speelveld.initiative.initiative.InitiativeService;

import java.util.UUID;

/** Records and reads the append-only observations of the government's role in an initiative. */
@ApplicationScoped
class RoleObservationService {

    private final RoleObservationRepository observations;
    private final InitiativeService initiatives;
    private final Cursors cursors;

    RoleObservationService(RoleObservationRepository observations, InitiativeService initiatives, Cursors cursors) {
        this.observations = observations;
        this.initiatives = initiatives;
        this.cursors = cursors;
    }

    @Transactional
    RoleObservationResponse create(UUID initiativeId, RoleObservationRequest request) {
        Initiative initiative = initiatives.require(initiativeId);
        RoleObservation observation = new RoleObservation(initiative.municipalityCode(), initiative.id(), request);
        observations.persistAndFlush(observation);
        return RoleObservationResponse.of(observation);
    }

    @Transactional
    RoleObservationResponse get(UUID initiativeId, UUID observationId) {
        Initiative initiative = initiatives.require(initiativeId);
        return observations.findInInitiative(initiative.municipalityCode(), initiative.id(), observationId)
                .map(RoleObservationResponse::of)
                .orElseThrow(() -> ApiException.notFound("role observation", observationId));
    }

    @Transactional
    Page<RoleObservationResponse> list(UUID initiativeId, Integer limit, String cursor) {
        Initiative initiative = initiatives.require(initiativeId);
        String scope = initiative.municipalityCode() + "|role-observations|" + initiative.id();
        PageRequest page = cursors.read(limit, cursor, scope);
        return cursors.page(observations.list(initiative.municipalityCode(), initiative.id(), page), page, scope,
                Keyset::position, RoleObservationResponse::of);
    }
}
