package nl.speelveld.stakeholder.consultation;

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

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Records and reads constituency consultations. The initiative and every issue of issueStances are checked with
 * initiative-service before the transaction opens.
 */
@ApplicationScoped
class ConstituencyConsultationService {

    private final ConstituencyConsultationRepository consultations;
    private final GroupReferences groups;
    private final InitiativeReferences initiatives;
    private final Tenant tenant;
    private final Cursors cursors;

    ConstituencyConsultationService(ConstituencyConsultationRepository consultations, GroupReferences groups,
            InitiativeReferences initiatives, Tenant tenant, Cursors cursors) {
        this.consultations = consultations;
        this.groups = groups;
        this.initiatives = initiatives;
        this.tenant = tenant;
        this.cursors = cursors;
    }

    public ConstituencyConsultationResponse create(ConstituencyConsultationRequest request) {
        String municipality = tenant.code();
        Violations violations = new Violations();
        violations.notAfterTomorrow(request.heldOn(), "heldOn");
        if (request.respondents() != null && request.constituencySize() != null
                && request.respondents() > request.constituencySize()) {
            violations.add("respondents", "must be at most constituencySize (" + request.constituencySize() + ")",
                    "range");
        }
        Map<String, UUID> issues = new LinkedHashMap<>();
        Set<UUID> seen = new HashSet<>();
        List<IssueStance> stances = request.issueStances() == null ? List.of() : request.issueStances();
        for (int i = 0; i < stances.size(); i++) {
            String field = "issueStances[" + i + "].issueId";
            if (!seen.add(stances.get(i).issueId())) {
                violations.add(field, "repeats issue " + stances.get(i).issueId(), "duplicate");
            } else {
                issues.put(field, stances.get(i).issueId());
            }
        }
        initiatives.check(request.initiativeId(), "initiativeId", issues, violations);
        return QuarkusTransaction.requiringNew().call(() -> {
            groups.check(municipality, request.initiativeId(), request.representativeGroupId(),
                    "representativeGroupId", violations);
            groups.check(municipality, request.initiativeId(), request.constituencyGroupId(), "constituencyGroupId",
                    violations);
            violations.throwIfAny();
            ConstituencyConsultation consultation = new ConstituencyConsultation(municipality, request);
            consultations.persistAndFlush(consultation);
            return ConstituencyConsultationResponse.of(consultation);
        });
    }

    @Transactional
    public ConstituencyConsultationResponse get(UUID id) {
        return ConstituencyConsultationResponse.of(consultations.findForTenant(tenant.code(), id)
                .orElseThrow(() -> ApiException.notFound("constituency consultation", id)));
    }

    @Transactional
    public Page<ConstituencyConsultationResponse> list(UUID initiativeId, UUID representativeGroupId, Integer limit,
            String cursor) {
        String municipality = tenant.code();
        String scope = municipality + "|constituency-consultations|" + initiativeId + "|" + representativeGroupId;
        PageRequest page = cursors.read(limit, cursor, scope);
        return cursors.page(consultations.list(municipality, initiativeId, representativeGroupId, page), page, scope,
                Keyset::position, ConstituencyConsultationResponse::of);
    }
}
