package nl.speelveld.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.speelveld.client.assessment.api.AssessmentsApi;
import nl.speelveld.client.assessment.model.Assessment;
import nl.speelveld.client.assessment.model.AssessmentRequest;
import nl.speelveld.client.assessment.model.Axis;
import nl.speelveld.client.assessment.model.Indicator;
import nl.speelveld.client.assessment.model.Question;
import nl.speelveld.client.assessment.model.Risk;
import nl.speelveld.client.assessment.model.Warning;
import nl.speelveld.client.initiative.api.InitiativesApi;
import nl.speelveld.client.initiative.api.IssuesApi;
import nl.speelveld.client.initiative.api.KeyDecisionsApi;
import nl.speelveld.client.initiative.api.ProblemDefinitionsApi;
import nl.speelveld.client.initiative.api.RoleObservationsApi;
import nl.speelveld.client.initiative.model.Initiative;
import nl.speelveld.client.initiative.model.InitiativeRequest;
import nl.speelveld.client.initiative.model.IssueRequest;
import nl.speelveld.client.initiative.model.KeyDecisionRequest;
import nl.speelveld.client.initiative.model.ProblemDefinitionRequest;
import nl.speelveld.client.initiative.model.RoleObservationRequest;
import nl.speelveld.client.stakeholder.api.ConstituencyConsultationsApi;
import nl.speelveld.client.stakeholder.api.CoreGroupSnapshotsApi;
import nl.speelveld.client.stakeholder.api.InterestsApi;
import nl.speelveld.client.stakeholder.api.ParticipantProfilesApi;
import nl.speelveld.client.stakeholder.api.PopulationProfilesApi;
import nl.speelveld.client.stakeholder.api.StakeholderGroupsApi;
import nl.speelveld.client.stakeholder.model.ConstituencyConsultationRequest;
import nl.speelveld.client.stakeholder.model.CoreGroupSnapshotRequest;
import nl.speelveld.client.stakeholder.model.DecisionMaker;
import nl.speelveld.client.stakeholder.model.Interest;
import nl.speelveld.client.stakeholder.model.InterestRequest;
import nl.speelveld.client.stakeholder.model.IssueStance;
import nl.speelveld.client.stakeholder.model.MunicipalResponse;
import nl.speelveld.client.stakeholder.model.ParticipantProfileRequest;
import nl.speelveld.client.stakeholder.model.PopulationProfileRequest;
import nl.speelveld.client.stakeholder.model.ResponseStatus;
import nl.speelveld.client.stakeholder.model.Stance;
import nl.speelveld.client.stakeholder.model.StakeholderGroupRequest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Worked case A (examples/cases/case-a-energy.json, Energiecoöperatie Zonnewijk) run with nothing but the generated
 * Java clients against the three packaged services: the initiative, its issues and problem definition, the groups,
 * interests (with the municipality's responses), role observations, key decisions, population and participant
 * profiles, core-group snapshots and the constituency consultation, then the assessment, whose axes, risks,
 * indicators, warnings and questions must be the case's expected outcome. The case file's items become the generated
 * request models through the generated client's own object mapper; every call goes through a generated API class.
 */
class WorkedCaseAClientIT {

    @Test
    void shouldRunWorkedCaseAWithTheGeneratedClientOnly() throws Exception {
        Services services = Services.get();
        ObjectMapper json = services.initiative.getObjectMapper();
        JsonNode kase = json.readTree(Files.readString(Services.ROOT.resolve("examples/cases/case-a-energy.json")));
        LocalDate asOf = LocalDate.parse(kase.get("asOf").asText());

        // initiative-service
        Initiative initiative = new InitiativesApi(services.initiative).createInitiative(
                json.convertValue(kase.get("initiative"), InitiativeRequest.class), null);
        UUID initiativeId = initiative.getId();
        IssuesApi issuesApi = new IssuesApi(services.initiative);
        Map<String, UUID> issues = new HashMap<>();
        List<UUID> inScope = new ArrayList<>();
        for (JsonNode issue : kase.get("issues")) {
            UUID id = issuesApi.createIssue(initiativeId, new IssueRequest()
                    .label(json.convertValue(issue.get("label"), Map.class)), null).getId();
            issues.put(issue.get("key").asText(), id);
            if (issue.get("inScope").asBoolean()) {
                inScope.add(id);
            }
        }
        ProblemDefinitionRequest definition = json.convertValue(kase.get("problemDefinition"),
                ProblemDefinitionRequest.class).issueIdsInScope(inScope);
        new ProblemDefinitionsApi(services.initiative).createProblemDefinition(initiativeId, definition, null);

        // stakeholder-service: groups
        ObjectMapper sjson = services.stakeholder.getObjectMapper();
        StakeholderGroupsApi groupsApi = new StakeholderGroupsApi(services.stakeholder);
        Map<String, UUID> groups = new HashMap<>();
        for (JsonNode group : kase.get("groups")) {
            ObjectNode body = group.deepCopy();
            body.remove("key");
            groups.put(group.get("key").asText(), groupsApi.createStakeholderGroup(
                    sjson.convertValue(body, StakeholderGroupRequest.class).initiativeId(initiativeId), null).getId());
        }

        // role observations and key decisions (initiative-service), now that the groups have ids
        RoleObservationsApi observations = new RoleObservationsApi(services.initiative);
        for (JsonNode o : kase.get("roleObservations")) {
            ObjectNode body = o.deepCopy();
            body.remove("holderGroup");
            RoleObservationRequest request = json.convertValue(body, RoleObservationRequest.class);
            if (o.has("holderGroup")) {
                request.holderGroupId(groups.get(o.get("holderGroup").asText()));
            }
            observations.createRoleObservation(initiativeId, request, null);
        }
        KeyDecisionsApi decisions = new KeyDecisionsApi(services.initiative);
        for (JsonNode d : kase.get("keyDecisions")) {
            decisions.createKeyDecision(initiativeId, json.convertValue(d, KeyDecisionRequest.class), null);
        }

        // interests, and the municipality's response where the case has one (PUT with the interest's ETag)
        InterestsApi interestsApi = new InterestsApi(services.stakeholder);
        for (JsonNode it : kase.get("interests")) {
            InterestRequest request = new InterestRequest()
                    .initiativeId(initiativeId)
                    .groupId(groups.get(it.get("group").asText()))
                    .issueId(issues.get(it.get("issue").asText()))
                    .kind(sjson.convertValue(it.get("kind"), nl.speelveld.client.stakeholder.model.InterestKind.class))
                    .stance(Stance.fromValue(it.get("stance").asText()))
                    .evidence(sjson.convertValue(it.get("evidence"),
                            nl.speelveld.client.stakeholder.model.EvidenceType.class))
                    .statement(Map.of("nl", it.get("kind").asText().toLowerCase() + " van " + it.get("group").asText()
                            + " over " + it.get("issue").asText()))
                    .recordedOn(asOf);
            var created = interestsApi.createInterestWithHttpInfo(request, null);
            if (it.has("response")) {
                Interest interest = created.getData();
                String etag = created.getHeaders().get("etag").get(0);
                MunicipalResponse response = new MunicipalResponse()
                        .status(ResponseStatus.fromValue(it.get("response").asText()))
                        .respondedOn(asOf).respondedBy(DecisionMaker.GOVERNMENT);
                if (it.has("reason")) {
                    response.reason(it.get("reason").asText());
                }
                interestsApi.respondToInterest(interest.getId(), response, etag);
            }
        }

        // profiles, core-group snapshots, the constituency consultation
        PopulationProfilesApi populations = new PopulationProfilesApi(services.stakeholder);
        Map<String, UUID> populationIds = new HashMap<>();
        for (JsonNode p : kase.get("populationProfiles")) {
            ObjectNode body = p.deepCopy();
            body.remove("key");
            populationIds.put(p.get("key").asText(), populations.createPopulationProfile(
                    sjson.convertValue(body, PopulationProfileRequest.class), null).getId());
        }
        ParticipantProfilesApi participants = new ParticipantProfilesApi(services.stakeholder);
        for (JsonNode p : kase.get("participantProfiles")) {
            ObjectNode body = p.deepCopy();
            body.remove("group");
            body.remove("reference");
            participants.createParticipantProfile(sjson.convertValue(body, ParticipantProfileRequest.class)
                    .initiativeId(initiativeId).groupId(groups.get(p.get("group").asText()))
                    .referenceProfileId(populationIds.get(p.get("reference").asText())), null);
        }
        CoreGroupSnapshotsApi snapshots = new CoreGroupSnapshotsApi(services.stakeholder);
        for (JsonNode s : kase.get("coreGroupSnapshots")) {
            ObjectNode body = s.deepCopy();
            body.remove("group");
            snapshots.createCoreGroupSnapshot(sjson.convertValue(body, CoreGroupSnapshotRequest.class)
                    .initiativeId(initiativeId).groupId(groups.get(s.get("group").asText())), null);
        }
        ConstituencyConsultationsApi consultations = new ConstituencyConsultationsApi(services.stakeholder);
        for (JsonNode c : kase.get("constituencyConsultations")) {
            ObjectNode body = c.deepCopy();
            body.remove("representativeGroup");
            body.remove("issueStances");
            List<IssueStance> stances = new ArrayList<>();
            for (JsonNode s : c.get("issueStances")) {
                stances.add(new IssueStance().issueId(issues.get(s.get("issue").asText()))
                        .majorityStance(Stance.fromValue(s.get("majorityStance").asText())));
            }
            consultations.createConstituencyConsultation(sjson.convertValue(body,
                            ConstituencyConsultationRequest.class).initiativeId(initiativeId)
                    .representativeGroupId(groups.get(c.get("representativeGroup").asText()))
                    .issueStances(stances), null);
        }

        // the assessment, checked against the case's expected outcome
        AssessmentsApi assessments = new AssessmentsApi(services.assessment);
        Assessment assessment = assessments.createAssessment(new AssessmentRequest().initiativeId(initiativeId)
                .asOf(asOf), null);
        JsonNode expected = kase.get("assessments").get(0).get("expected");
        Map<String, Axis> axes = new HashMap<>();
        assessment.getAxes().forEach(a -> axes.put(String.valueOf(a.getAxis()), a));
        checkAxis(axes.get("FEASIBILITY_INCLUSIVITY"), expected.get("feasibilityInclusivity"));
        checkAxis(axes.get("ROLE"), expected.get("role"));
        Map<String, Indicator> indicators = new HashMap<>();
        assessment.getIndicators().forEach(i -> indicators.put(i.getCode(), i));
        int numeric = 0;
        for (var e : iterable(expected.get("indicators"))) {
            Indicator indicator = indicators.get(e.getKey());
            assertTrue(indicator != null, "indicator " + e.getKey() + " is missing");
            assertEquals(e.getValue().get("band").asText(), String.valueOf(indicator.getBand()), e.getKey() + " band");
            JsonNode value = e.getValue().get("value");
            if (value.isNumber()) {
                assertTrue(indicator.getValue() != null && indicator.getValue().subtract(value.decimalValue()).abs()
                        .compareTo(new BigDecimal("0.0005")) <= 0,
                        e.getKey() + " value: expected " + value + ", got " + indicator.getValue());
                numeric++;
            }
        }
        assertTrue(numeric >= 10, "too few numeric indicator values were compared: " + numeric);
        assertEquals(sorted(expected.get("warnings")),
                assessment.getWarnings().stream().map(Warning::getCode).sorted().toList());
        assertEquals(sorted(expected.get("questions")),
                assessment.getQuestions().stream().map(Question::getCode).sorted().toList());
        assertEquals(sorted(expected.get("flags")), assessment.getFlags().stream().sorted().toList());

        // the chart comes back as the SVG document (a file), not parsed as JSON
        String svg = Files.readString(assessments.getAssessmentChart(assessment.getId(), "en", null, null).toPath());
        assertTrue(svg.startsWith("<svg") || svg.startsWith("<?xml"), svg.substring(0, Math.min(80, svg.length())));
    }

    private static void checkAxis(Axis axis, JsonNode expected) {
        assertTrue(axis != null, "axis missing for " + expected);
        assertEquals(Integer.valueOf(expected.get("position").asInt()), axis.getPosition(), "position of " + axis.getAxis());
        assertEquals(expected.get("positionLabel").asText(), axis.getPositionLabel(), "label of " + axis.getAxis());
        Map<String, String> risks = new TreeMap<>();
        for (Risk risk : axis.getRisks()) {
            risks.put(risk.getType(), String.valueOf(risk.getLevel()));
        }
        for (var e : iterable(expected.get("risks"))) {
            assertEquals(e.getValue().asText(), risks.get(e.getKey()), "risk " + e.getKey() + " of " + axis.getAxis()
                    + " in " + risks);
        }
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode object) {
        return object::fields;
    }

    private static List<String> sorted(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out.stream().sorted().toList();
    }
}
