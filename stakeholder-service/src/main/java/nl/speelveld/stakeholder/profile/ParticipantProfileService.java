package nl.speelveld.stakeholder.profile;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.speelveld.conventions.paging.Cursors;
import nl.speelveld.conventions.paging.Page;
import nl.speelveld.conventions.paging.PageRequest;
import nl.speelveld.conventions.persistence.Keyset;
import nl.speelveld.conventions.problem.ApiException;
import nl.speelveld.conventions.tenancy.Tenant;
import nl.speelveld.stakeholder.client.InitiativeReferences;
import nl.speelveld.stakeholder.group.GroupReferences;
import nl.speelveld.stakeholder.shared.Violations;

import java.util.Map;
import java.util.UUID;

/**
 * Records and reads aggregated participant profiles. The initiative is checked with initiative-service before the
 * transaction opens; group and reference population must be of the caller's municipality.
 */
@ApplicationScoped
class ParticipantProfileService {

    private final ParticipantProfileRepository profiles;
    private final PopulationProfileRepository populations;
    private final GroupReferences groups;
    private final InitiativeReferences initiatives;
    private final Tenant tenant;
    private final Cursors cursors;

    ParticipantProfileService(ParticipantProfileRepository profiles, PopulationProfileRepository populations,
            GroupReferences groups, InitiativeReferences initiatives, Tenant tenant, Cursors cursors) {
        this.profiles = profiles;
        this.populations = populations;
        this.groups = groups;
        this.initiatives = initiatives;
        this.tenant = tenant;
        this.cursors = cursors;
    }

    public ParticipantProfileResponse create(ParticipantProfileRequest request) {
        String municipality = tenant.code();
        Violations violations = new Violations();
        violations.notAfterTomorrow(request.measuredOn(), "measuredOn");
        ProfileRules.checkCounts(request.counts(), request.n(), violations);
        initiatives.check(request.initiativeId(), "initiativeId", Map.of(), violations);
        return QuarkusTransaction.requiringNew().call(() -> {
            groups.check(municipality, request.initiativeId(), request.groupId(), "groupId", violations);
            if (request.referenceProfileId() != null
                    && populations.findForTenant(municipality, request.referenceProfileId()).isEmpty()) {
                violations.add("referenceProfileId", "is not a population profile of your municipality",
                        "unknown-reference");
            }
            violations.throwIfAny();
            ParticipantProfile profile = new ParticipantProfile(municipality, request);
            profiles.persistAndFlush(profile);
            return ParticipantProfileResponse.of(profile);
        });
    }

    @Transactional
    public ParticipantProfileResponse get(UUID id) {
        return ParticipantProfileResponse.of(profiles.findForTenant(tenant.code(), id)
                .orElseThrow(() -> ApiException.notFound("participant profile", id)));
    }

    @Transactional
    public Page<ParticipantProfileResponse> list(UUID initiativeId, UUID groupId, ProfileScope scope, Integer limit,
            String cursor) {
        String municipality = tenant.code();
        String scopeKey = municipality + "|participant-profiles|" + initiativeId + "|" + groupId + "|" + scope;
        PageRequest page = cursors.read(limit, cursor, scopeKey);
        return cursors.page(profiles.list(municipality, initiativeId, groupId, scope, page), page, scopeKey,
                Keyset::position, ParticipantProfileResponse::of);
    }
}
