package nl.speelveld.assessment.decisionrecord;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import nl.speelveld.assessment.assessment.AssessmentReferences;
import nl.speelveld.assessment.client.Dependency;
import nl.speelveld.assessment.client.Dtos;
import nl.speelveld.assessment.client.StakeholderClient;
import nl.speelveld.assessment.scenario.ScenarioReferences;
import nl.speelveld.conventions.client.Outbound;
import nl.speelveld.conventions.paging.Cursors;
import nl.speelveld.conventions.paging.Page;
import nl.speelveld.conventions.paging.PageRequest;
import nl.speelveld.conventions.persistence.Keyset;
import nl.speelveld.conventions.problem.ApiException;
import nl.speelveld.conventions.problem.FieldError;
import nl.speelveld.conventions.tenancy.Tenant;
import nl.speelveld.conventions.time.MunicipalDates;
import nl.speelveld.conventions.vocabulary.GovernmentRole;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Records the civil servant's weighings. A record answers one assessment; the ids it names from stakeholder-service
 * are checked there with the caller's token (outside any transaction), and the record is then stored in one short
 * transaction. Records are never changed: a correction supersedes an earlier record of the same initiative and axis,
 * and each record can be superseded only once, so the corrections form one line.
 */
@ApplicationScoped
class DecisionRecordService {

    private static final Logger LOG = Logger.getLogger(DecisionRecordService.class);
    private static final Set<String> FI_CHOICES = names(FiChoice.values());
    private static final Set<String> ROLES = names(GovernmentRole.values());

    private final AssessmentReferences assessments;
    private final ScenarioReferences scenarios;
    private final DecisionRecordRepository records;
    private final StakeholderClient stakeholders;
    private final Tenant tenant;
    private final Cursors cursors;
    private final int retryAfter;

    DecisionRecordService(AssessmentReferences assessments, ScenarioReferences scenarios,
            DecisionRecordRepository records,
            StakeholderClient stakeholders, Tenant tenant, Cursors cursors,
            Outbound outbound) {
        this.assessments = assessments;
        this.scenarios = scenarios;
        this.records = records;
        this.stakeholders = stakeholders;
        this.tenant = tenant;
        this.cursors = cursors;
        this.retryAfter = outbound.retryAfterSeconds();
    }

    public DecisionRecordResponse create(UUID assessmentId, DecisionRecordRequest request) {
        String municipality = tenant.code();
        List<FieldError> errors = new ArrayList<>(checkFields(request));
        UUID initiativeId = QuarkusTransaction.joiningExisting().call(() ->
                assessments.initiativeOf(municipality, assessmentId));
        boolean alreadySuperseded = false;
        if (request.supersedes() != null) {
            DecisionRecord earlier = QuarkusTransaction.joiningExisting().call(() ->
                    records.findForTenant(municipality, request.supersedes()).orElse(null));
            if (earlier == null || !earlier.initiativeId.equals(initiativeId)) {
                errors.add(new FieldError("supersedes", "is not a decision record of this initiative",
                        "unknown-id"));
            } else if (earlier.axis != request.axis()) {
                errors.add(new FieldError("supersedes", "is a record on axis " + earlier.axis
                        + "; a correction stays on the same axis", "axis-mismatch"));
            } else {
                alreadySuperseded = QuarkusTransaction.joiningExisting().call(() ->
                        !records.supersededBy(municipality, List.of(earlier.id())).isEmpty());
            }
        }
        errors.addAll(checkReferences(initiativeId.toString(), request));
        if (request.scenarioIds() != null && !request.scenarioIds().isEmpty()) {
            List<UUID> unknown = QuarkusTransaction.joiningExisting().call(() ->
                    scenarios.notOfAssessment(municipality, assessmentId, request.scenarioIds()));
            for (int i = 0; i < request.scenarioIds().size(); i++) {
                if (unknown.contains(request.scenarioIds().get(i))) {
                    errors.add(new FieldError("scenarioIds[" + i + "]", "is not a scenario of this assessment",
                            "unknown-id"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        if (alreadySuperseded) {
            throw supersededTwice(request.supersedes());
        }
        DecisionRecord stored = QuarkusTransaction.requiringNew().call(() -> {
            DecisionRecord record = new DecisionRecord(municipality, assessmentId, initiativeId, request);
            try {
                records.persistAndFlush(record);
            } catch (PersistenceException e) {
                // Only the partial unique index on supersedes can refuse this insert: a concurrent correction.
                throw supersededTwice(request.supersedes());
            }
            return record;
        });
        LOG.infof("decision record %s on %s stored for assessment %s", stored.id(), stored.axis, assessmentId);
        return DecisionRecordResponse.of(stored, null);
    }

    public Page<DecisionRecordResponse> list(UUID assessmentId, Integer limit, String cursor) {
        String municipality = tenant.code();
        String scope = municipality + "|decision-records|" + assessmentId;
        PageRequest page = cursors.read(limit, cursor, scope);
        return QuarkusTransaction.joiningExisting().call(() -> {
            assessments.initiativeOf(municipality, assessmentId);
            List<DecisionRecord> rows = records.ofAssessment(municipality, assessmentId, page);
            Map<UUID, UUID> later = records.supersededBy(municipality, rows.stream().map(DecisionRecord::id).toList());
            return cursors.page(rows, page, scope, Keyset::position,
                    r -> DecisionRecordResponse.of(r, later.get(r.id())));
        });
    }

    public DecisionRecordResponse get(UUID assessmentId, UUID recordId) {
        String municipality = tenant.code();
        return QuarkusTransaction.joiningExisting().call(() -> {
            DecisionRecord record = records.findForTenant(municipality, recordId)
                    .filter(r -> r.assessmentId.equals(assessmentId))
                    .orElseThrow(() -> ApiException.notFound("decision record", recordId));
            return DecisionRecordResponse.of(record,
                    records.supersededBy(municipality, List.of(recordId)).get(recordId));
        });
    }

    /** The rules a single field cannot express: the choice must fit the axis, and the dates must make sense. */
    static List<FieldError> checkFields(DecisionRecordRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> allowed = request.axis() == DecisionAxis.ROLE ? ROLES : FI_CHOICES;
        if (!allowed.contains(request.choice())) {
            errors.add(new FieldError("choice", "'" + request.choice() + "' is not a choice on axis " + request.axis()
                    + "; allowed: " + String.join(", ", allowed), "choice-axis-mismatch"));
        }
        if (MunicipalDates.isMoreThanOneDayAhead(request.decidedOn())) {
            errors.add(new FieldError("decidedOn", "must not be more than one day in the future", "range"));
        }
        if (request.reviewOn() != null && request.reviewOn().isBefore(request.decidedOn())) {
            errors.add(new FieldError("reviewOn", "must not be before decidedOn", "range"));
        }
        return errors;
    }

    /** The interests and groups named must be this initiative's in stakeholder-service (caller's token). */
    private List<FieldError> checkReferences(String initiativeId, DecisionRecordRequest request) {
        List<FieldError> errors = new ArrayList<>();
        String auth = request.interests().isEmpty() && request.groups().isEmpty() ? null : tenant.bearer();
        if (!request.interests().isEmpty()) {
            Set<String> known = Dependency.all(StakeholderClient.NAME, retryAfter,
                    c -> stakeholders.interests(auth, initiativeId, c)).stream().map(Dtos.Interest::id)
                    .collect(Collectors.toSet());
            for (int i = 0; i < request.interests().size(); i++) {
                if (!known.contains(request.interests().get(i).interestId().toString())) {
                    errors.add(new FieldError("interestsConsidered[" + i + "].interestId",
                            "is not an interest of this initiative", "unknown-id"));
                }
            }
        }
        if (!request.groups().isEmpty()) {
            Set<String> known = Dependency.all(StakeholderClient.NAME, retryAfter,
                    c -> stakeholders.groups(auth, initiativeId, c)).stream().map(Dtos.StakeholderGroup::id)
                    .collect(Collectors.toSet());
            for (int i = 0; i < request.groups().size(); i++) {
                if (!known.contains(request.groups().get(i).toString())) {
                    errors.add(new FieldError("groupsConsulted[" + i + "]",
                            "is not a stakeholder group of this initiative", "unknown-id"));
                }
            }
        }
        return errors;
    }

    private static ApiException supersededTwice(UUID earlier) {
        return ApiException.conflict("Decision record " + earlier + " is already superseded. Supersede the newest"
                + " record of the chain (see its supersededBy).");
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
