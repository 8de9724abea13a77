package nl.speelveld.stakeholder.interest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.speelveld.conventions.paging.Cursors;
import nl.speelveld.conventions.paging.Page;
import nl.speelveld.conventions.paging.PageRequest;
import nl.speelveld.conventions.persistence.Keyset;
import nl.speelveld.conventions.problem.ApiException;
import nl.speelveld.conventions.tenancy.Tenant;
import nl.speelveld.stakeholder.shared.Violations;

import java.util.Optional;
import java.util.UUID;

/**
 * Records and reads conflict overrides. Both interests must be of the caller's municipality, on the same initiative
 * and issue, from two different groups; initiative and issue are taken from them.
 */
@ApplicationScoped
class ConflictOverrideService {

    private final ConflictOverrideRepository overrides;
    private final InterestRepository interests;
    private final Tenant tenant;
    private final Cursors cursors;

    ConflictOverrideService(ConflictOverrideRepository overrides, InterestRepository interests, Tenant tenant,
            Cursors cursors) {
        this.overrides = overrides;
        this.interests = interests;
        this.tenant = tenant;
        this.cursors = cursors;
    }

    @Transactional
    public ConflictOverrideResponse create(ConflictOverrideRequest request) {
        String municipality = tenant.code();
        Violations violations = new Violations();
        Optional<Interest> a = interests.findForTenant(municipality, request.interestIdA());
        Optional<Interest> b = interests.findForTenant(municipality, request.interestIdB());
        if (a.isEmpty()) {
            violations.add("interestIdA", "is not an interest of your municipality", "unknown-reference");
        }
        if (b.isEmpty()) {
            violations.add("interestIdB", "is not an interest of your municipality", "unknown-reference");
        }
        if (a.isPresent() && b.isPresent()) {
            Interest x = a.get();
            Interest y = b.get();
            if (!x.initiativeId().equals(y.initiativeId()) || !x.issueId().equals(y.issueId())) {
                violations.add("interestIdB", "must be an interest on the same initiative and issue as interestIdA",
                        "other-issue");
            } else if (x.groupId().equals(y.groupId())) {
                violations.add("interestIdB", "must be an interest of another group than interestIdA", "same-group");
            }
        }
        violations.throwIfAny();
        ConflictOverride override = new ConflictOverride(municipality, a.get(), b.get(), request);
        overrides.persistAndFlush(override);
        return ConflictOverrideResponse.of(override);
    }

    @Transactional
    public ConflictOverrideResponse get(UUID id) {
        return ConflictOverrideResponse.of(overrides.findForTenant(tenant.code(), id)
                .orElseThrow(() -> ApiException.notFound("conflict override", id)));
    }

    @Transactional
    public Page<ConflictOverrideResponse> list(UUID initiativeId, UUID issueId, Integer limit, String cursor) {
        String municipality = tenant.code();
        String scope = municipality + "|conflict-overrides|" + initiativeId + "|" + issueId;
        PageRequest page = cursors.read(limit, cursor, scope);
        return cursors.page(overrides.list(municipality, initiativeId, issueId, page), page, scope, Keyset::position,
                ConflictOverrideResponse::of);
    }
}
