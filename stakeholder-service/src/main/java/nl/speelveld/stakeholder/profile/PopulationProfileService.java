package nl.speelveld.stakeholder.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.speelveld.conventions.paging.Cursors;
import nl.speelveld.conventions.paging.Page;
import nl.speelveld.conventions.paging.PageRequest;
import nl.speelveld.conventions.persistence.Keyset;
import nl.speelveld.conventions.problem.ApiException;
import nl.speelveld.conventions.tenancy.Tenant;
import nl.speelveld.stakeholder.shared.Violations;

import java.util.UUID;

/** Records and reads the municipality's reference populations. */
@ApplicationScoped
class PopulationProfileService {

    private final PopulationProfileRepository profiles;
    private final Tenant tenant;
    private final Cursors cursors;

    PopulationProfileService(PopulationProfileRepository profiles, Tenant tenant, Cursors cursors) {
        this.profiles = profiles;
        this.tenant = tenant;
        this.cursors = cursors;
    }

    @Transactional
    public PopulationProfileResponse create(PopulationProfileRequest request) {
        Violations violations = new Violations();
        if (request.basis() != ReferenceBasis.ALL_RESIDENTS
                && (request.rationale() == null || request.rationale().isBlank())) {
            violations.add("rationale", "is required when the basis is " + request.basis()
                    + ": say why this population is the right reference", "required");
        }
        ProfileRules.checkShares(request.shares(), violations);
        violations.throwIfAny();
        PopulationProfile profile = new PopulationProfile(tenant.code(), request);
        profiles.persistAndFlush(profile);
        return PopulationProfileResponse.of(profile);
    }

    @Transactional
    public PopulationProfileResponse get(UUID id) {
        return PopulationProfileResponse.of(profiles.findForTenant(tenant.code(), id)
                .orElseThrow(() -> ApiException.notFound("population profile", id)));
    }

    @Transactional
    public Page<PopulationProfileResponse> list(ReferenceBasis basis, Integer limit, String cursor) {
        String municipality = tenant.code();
        String scope = municipality + "|population-profiles|" + basis;
        PageRequest page = cursors.read(limit, cursor, scope);
        return cursors.page(profiles.list(municipality, basis, page), page, scope, Keyset::position,
                PopulationProfileResponse::of);
    }
}
