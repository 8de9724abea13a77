package nl.speelveld.stakeholder.representation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.speelveld.conventions.paging.Cursors;
import nl.speelveld.conventions.paging.Page;
import nl.speelveld.conventions.paging.PageRequest;
import nl.speelveld.conventions.persistence.Keyset;
import nl.speelveld.conventions.problem.ApiException;
import nl.speelveld.conventions.tenancy.Tenant;
import nl.speelveld.stakeholder.group.GroupReferences;
import nl.speelveld.stakeholder.shared.Violations;

import java.util.Optional;
import java.util.UUID;

/**
 * Records and reads who speaks for whom. Both groups must be of the caller's municipality and of one initiative,
 * which the representation takes; no other service needs to be asked.
 */
@ApplicationScoped
class RepresentationService {

    private final RepresentationRepository representations;
    private final GroupReferences groups;
    private final Tenant tenant;
    private final Cursors cursors;

    RepresentationService(RepresentationRepository representations, GroupReferences groups, Tenant tenant,
            Cursors cursors) {
        this.representations = representations;
        this.groups = groups;
        this.tenant = tenant;
        this.cursors = cursors;
    }

    @Transactional
    public RepresentationResponse create(RepresentationRequest request) {
        String municipality = tenant.code();
        Violations violations = new Violations();
        Optional<UUID> representative = groups.initiativeOf(municipality, request.representativeGroupId());
        Optional<UUID> represented = groups.initiativeOf(municipality, request.representedGroupId());
        if (representative.isEmpty()) {
            violations.add("representativeGroupId", "is not a stakeholder group of your municipality",
                    "unknown-reference");
        }
        if (represented.isEmpty()) {
            violations.add("representedGroupId", "is not a stakeholder group of your municipality",
                    "unknown-reference");
        } else if (request.representedGroupId().equals(request.representativeGroupId())) {
            violations.add("representedGroupId", "must be another group than the representative", "same-group");
        } else if (representative.isPresent() && !represented.get().equals(representative.get())) {
            violations.add("representedGroupId", "must be a group of the same initiative as the representative",
                    "other-initiative");
        }
        violations.notAfterTomorrow(request.since(), "since");
        violations.notAfterTomorrow(request.lastConsultedOn(), "lastConsultedOn");
        violations.throwIfAny();
        Representation representation = new Representation(municipality, representative.get(), request);
        representations.persistAndFlush(representation);
        return RepresentationResponse.of(representation);
    }

    @Transactional
    public RepresentationResponse get(UUID id) {
        return RepresentationResponse.of(representations.findForTenant(tenant.code(), id)
                .orElseThrow(() -> ApiException.notFound("representation", id)));
    }

    @Transactional
    public Page<RepresentationResponse> list(UUID initiativeId, UUID representativeGroupId, UUID representedGroupId,
            Integer limit, String cursor) {
        String municipality = tenant.code();
        String scope = municipality + "|representations|" + initiativeId + "|" + representativeGroupId + "|"
                + representedGroupId;
        PageRequest page = cursors.read(limit, cursor, scope);
        return cursors.page(representations.list(municipality, initiativeId, representativeGroupId,
                representedGroupId, page), page, scope, Keyset::position, RepresentationResponse::of);
    }
}
