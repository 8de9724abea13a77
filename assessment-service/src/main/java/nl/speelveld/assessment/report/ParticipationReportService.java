package nl.speelveld.assessment.report;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import nl.speelveld.assessment.client.Dtos;
import nl.speelveld.assessment.client.LiveReads;
import nl.speelveld.assessment.client.StakeholderClient;
import nl.speelveld.assessment.decisionrecord.DecisionRecordReferences;
import nl.speelveld.conventions.problem.ApiException;
import nl.speelveld.conventions.tenancy.Tenant;

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

    private final LiveReads reads;
    private final StakeholderClient stakeholders;
    private final Tenant tenant;
    private final DecisionRecordReferences decisionRecords;

    ParticipationReportService(LiveReads reads, StakeholderClient stakeholders, Tenant tenant,
            DecisionRecordReferences decisionRecords) {
        this.reads = reads;
        this.stakeholders = stakeholders;
        this.tenant = tenant;
        this.decisionRecords = decisionRecords;
    }

    public ParticipationReportResponse report(UUID initiativeId) {
        String municipality = tenant.code();
        String auth = tenant.bearer();
        String id = initiativeId.toString();
        // Without a problem definition every issue is out of scope.
        LiveReads.InitiativeData data = reads.initiative(auth, id,
                () -> ApiException.notFound("initiative", initiativeId));
        List<Dtos.Representation> representations = reads.stakeholderItems(
                c -> stakeholders.representations(auth, id, c));
        return ParticipationReportBuilder.build(municipality, Instant.now().truncatedTo(ChronoUnit.SECONDS),
                new ParticipationReportBuilder.Sources(data.initiative(), data.definition(), data.issues(),
                        data.observations(), data.decisions(), data.groups(), data.interests(), representations,
                        data.consultations(), data.overrides(), optionsWeighed(municipality, initiativeId)));
    }

    /** The scenarios that decision records of this initiative cite as options weighed, in the records' order. */
    private List<ParticipationReportResponse.OptionWeighed> optionsWeighed(String municipality, UUID initiativeId) {
        return QuarkusTransaction.joiningExisting().call(() -> decisionRecords.ofInitiative(municipality, initiativeId))
                .stream().map(o -> new ParticipationReportResponse.OptionWeighed(o.scenarioId(), o.label(),
                        o.assessmentId(), o.decisionRecordId(), o.axis(), o.choice(), o.decidedOn())).toList();
    }
}
