package nl.speelveld.assessment.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import nl.speelveld.assessment.assessment.AssessmentReferences;
import nl.speelveld.conventions.paging.Cursors;
import nl.speelveld.conventions.paging.Page;
import nl.speelveld.conventions.paging.PageRequest;
import nl.speelveld.conventions.persistence.Keyset;
import nl.speelveld.conventions.problem.ApiException;
import nl.speelveld.conventions.tenancy.Tenant;
import nl.speelveld.method.AssessmentInput;
import nl.speelveld.method.AssessmentOutcome;
import nl.speelveld.method.Delta;
import nl.speelveld.method.DilemmaMethod;
import nl.speelveld.method.Scenarios;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.UUID;

/**
 * What-if scenarios. A scenario is computed only from the assessment's stored input snapshot, with the same method
 * code and the thresholds stored with the assessment: it reads no other service (so it works while they are down, and
 * gives the same answer tomorrow) and changes no record anywhere; it stores only itself. The delta compares the
 * method's outcome on the snapshot with its outcome on the changed copy, both computed now by the same code.
 */
@ApplicationScoped
class ScenarioService {

    private static final Logger LOG = Logger.getLogger(ScenarioService.class);
    private static final TypeReference<List<ScenarioChange>> CHANGES = new TypeReference<>() {
    };

    private final AssessmentReferences assessments;
    private final ScenarioRepository scenarios;
    private final Tenant tenant;
    private final Cursors cursors;
    private final ObjectMapper json;
    private final DilemmaMethod method = new DilemmaMethod();

    ScenarioService(AssessmentReferences assessments, ScenarioRepository scenarios, Tenant tenant, Cursors cursors,
            ObjectMapper json) {
        this.assessments = assessments;
        this.scenarios = scenarios;
        this.tenant = tenant;
        this.cursors = cursors;
        this.json = json;
    }

    ScenarioResponse create(UUID assessmentId, ScenarioRequest request) {
        String municipality = tenant.code();
        AssessmentReferences.Basis basis = QuarkusTransaction.joiningExisting().call(() ->
                assessments.basisOf(municipality, assessmentId));
        List<Scenarios.Change> changes = request.changes().stream().map(ScenarioChange::toChange).toList();
        AssessmentInput changed;
        try {
            changed = Scenarios.apply(basis.input(), changes);
        } catch (Scenarios.InvalidChange e) {
            String field = e.index() < 0 ? "changes" : "changes[" + e.index() + "]." + e.field();
            throw ApiException.invalidField(field, e.getMessage(), "does-not-fit");
        }
        AssessmentOutcome before = method.assess(basis.input(), basis.thresholds());
        AssessmentOutcome after = method.assess(changed, basis.thresholds());
        Scenario s = new Scenario(municipality, assessmentId, request.label());
        s.changes = write(request.changes());
        // bounded like an assessment answer: each indicator lists its first inputs and counts them all (the changed
        // copy's inputs are not stored, so there is no link to page through them)
        s.result = write(ScenarioResponse.Result.of(after.withInputsListed(AssessmentOutcome.INPUTS_LISTED,
                code -> null)));
        s.delta = write(Delta.between(before, after));
        QuarkusTransaction.requiringNew().run(() -> scenarios.persist(s));
        LOG.infof("scenario %s on assessment %s: %d changes", s.id(), assessmentId, changes.size());
        return response(s);
    }

    Page<ScenarioResponse> list(UUID assessmentId, Integer limit, String cursor) {
        String municipality = tenant.code();
        QuarkusTransaction.joiningExisting().run(() -> assessments.initiativeOf(municipality, assessmentId));
        String scope = municipality + "|scenarios|" + assessmentId;
        PageRequest page = cursors.read(limit, cursor, scope);
        return QuarkusTransaction.joiningExisting().call(() -> cursors.page(
                scenarios.ofAssessment(municipality, assessmentId, page), page, scope, Keyset::position,
                this::response));
    }

    ScenarioResponse get(UUID assessmentId, UUID id) {
        return response(require(assessmentId, id));
    }

    void delete(UUID assessmentId, UUID id) {
        Scenario s = require(assessmentId, id);
        if (QuarkusTransaction.joiningExisting().call(() -> scenarios.cited(s.municipalityCode(), s.id()))) {
            throw ApiException.conflict("A decision record cites scenario " + id + " as an option weighed; it is kept"
                    + " with the record.");
        }
        QuarkusTransaction.requiringNew().run(() -> scenarios.deleteById(s.id()));
    }

    private Scenario require(UUID assessmentId, UUID id) {
        String municipality = tenant.code();
        return QuarkusTransaction.joiningExisting().call(() -> scenarios.findForTenant(municipality, assessmentId, id)
                .orElseThrow(() -> ApiException.notFound("scenario", id)));
    }

    private ScenarioResponse response(Scenario s) {
        try {
            return new ScenarioResponse(s.id(), s.municipalityCode(), s.version(), s.createdAt(), s.updatedAt(),
                    s.assessmentId, s.label, json.readValue(s.changes, CHANGES),
                    json.readValue(s.result, ScenarioResponse.Result.class), json.readValue(s.delta, Delta.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored scenario " + s.id() + " cannot be read", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a scenario", e);
        }
    }
}
