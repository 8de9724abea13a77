package nl.speelveld.assessment.report;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import nl.speelveld.assessment.client.Dependency;
import nl.speelveld.assessment.client.Dtos;
import nl.speelveld.assessment.client.InitiativeClient;
import nl.speelveld.assessment.client.StakeholderClient;
import nl.speelveld.assessment.decisionrecord.DecisionRecordReferences;
import nl.speelveld.conventions.problem.ApiException;
import nl.speelveld.conventions.tenancy.Tenant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Builds a participation report from live data: everything is read from initiative-service and stakeholder-service
 * with the caller's token before anything is built, so a report is complete or not given at all (503). The options
 * weighed (scenarios cited by decision records) are read from this service's own database. Nothing is stored.
 */
@ApplicationScoped
class ParticipationReportService {

    private final InitiativeClient initiatives;
    private final StakeholderClient stakeholders;
    private final Tenant tenant;
    private final DecisionRecordReferences decisionRecords;
    private final int retryAfter;

    ParticipationReportService(InitiativeClient initiatives, StakeholderClient stakeholders, Tenant tenant,
            DecisionRecordReferences decisionRecords,
            @ConfigProperty(name = "speelveld.dependency.retry-after", defaultValue = "5") int retryAfter) {
        this.initiatives = initiatives;
        this.stakeholders = stakeholders;
        this.tenant = tenant;
        this.decisionRecords = decisionRecords;
        this.retryAfter = retryAfter;
    }

    public ParticipationReportResponse report(UUID initiativeId) {
        String municipality = tenant.code();
        String auth = tenant.bearer();
        String id = initiativeId.toString();
        String ini = InitiativeClient.NAME;
        String sth = StakeholderClient.NAME;
        Dtos.Initiative initiative;
        try {
            initiative = Dependency.read(ini, retryAfter, () -> initiatives.initiative(auth, id));
        } catch (Dependency.NotFound e) {
            throw ApiException.notFound("initiative", initiativeId);
        }
        Dtos.ProblemDefinition definition;
        try {
            definition = Dependency.read(ini, retryAfter, () -> initiatives.currentProblemDefinition(auth, id));
        } catch (Dependency.NotFound e) {
            definition = null; // no problem definition yet: every issue is out of scope
        }
        List<Dtos.Issue> issues = Dependency.all(ini, retryAfter, c -> initiatives.issues(auth, id, c));
        List<Dtos.RoleObservation> observations = Dependency.all(ini, retryAfter,
                c -> initiatives.roleObservations(auth, id, c));
        List<Dtos.KeyDecision> decisions = Dependency.all(ini, retryAfter, c -> initiatives.keyDecisions(auth, id, c));
        List<Dtos.StakeholderGroup> groups = Dependency.all(sth, retryAfter, c -> stakeholders.groups(auth, id, c));
        List<Dtos.Interest> interests = Dependency.all(sth, retryAfter, c -> stakeholders.interests(auth, id, c));
        List<Dtos.Representation> representations = Dependency.all(sth, retryAfter,
                c -> stakeholders.representations(auth, id, c));
        List<Dtos.ConstituencyConsultation> consultations = Dependency.all(sth, retryAfter,
                c -> stakeholders.consultations(auth, id, c));
        List<Dtos.ConflictOverride> overrides = Dependency.all(sth, retryAfter,
                c -> stakeholders.conflictOverrides(auth, id, c));
        return ParticipationReportBuilder.build(municipality, Instant.now().truncatedTo(ChronoUnit.SECONDS),
                new ParticipationReportBuilder.Sources(initiative, definition, issues, observations, decisions,
                        groups, interests, representations, consultations, overrides,
                        optionsWeighed(municipality, initiativeId)));
    }

    /** The scenarios that decision records of this initiative cite as options weighed, in the records' order. */
    private List<ParticipationReportResponse.OptionWeighed> optionsWeighed(String municipality, UUID initiativeId) {
        return QuarkusTransaction.joiningExisting().call(() -> decisionRecords.ofInitiative(municipality, initiativeId))
                .stream().map(o -> new ParticipationReportResponse.OptionWeighed(o.scenarioId(), o.label(),
                        o.assessmentId(), o.decisionRecordId(), o.axis(), o.choice(), o.decidedOn())).toList();
    }
}
