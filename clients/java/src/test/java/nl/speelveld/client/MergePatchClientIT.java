package nl.speelveld.client;

import nl.speelveld.client.initiative.ApiResponse;
import nl.speelveld.client.initiative.api.InitiativesApi;
import nl.speelveld.client.initiative.api.IssuesApi;
import nl.speelveld.client.initiative.model.Initiative;
import nl.speelveld.client.initiative.model.InitiativePatch;
import nl.speelveld.client.initiative.model.InitiativeRequest;
import nl.speelveld.client.initiative.model.InitiativeType;
import nl.speelveld.client.initiative.model.Issue;
import nl.speelveld.client.initiative.model.IssueRequest;
import nl.speelveld.client.initiative.model.PolicyDomain;
import nl.speelveld.client.stakeholder.api.StakeholderGroupsApi;
import nl.speelveld.client.stakeholder.model.StakeholderGroup;
import nl.speelveld.client.stakeholder.model.StakeholderGroupPatch;
import nl.speelveld.client.stakeholder.model.StakeholderGroupRequest;
import nl.speelveld.client.stakeholder.model.StakeholderSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A merge patch built with the generated Java client for one field changes only that field on the live resource
 * (issue 11: a patch that set {@code budgetPerYear} also sent {@code []} for every list and wiped {@code areaCodes}
 * and {@code secondaryDomains} of a live initiative). And a new issue without description or scope note is accepted
 * (the generated model sent {@code {}} for both).
 */
class MergePatchClientIT {

    @Test
    void shouldChangeOnlyTheFieldTheInitiativePatchSets() throws Exception {
        Services services = Services.get();
        InitiativesApi initiatives = new InitiativesApi(services.initiative);
        Initiative created = initiatives.createInitiative(new InitiativeRequest()
                .title(Map.of("nl", "Buurtbatterij Oost"))
                .type(InitiativeType.CITIZEN_COLLECTIVE)
                .primaryDomain(PolicyDomain.ENERGY)
                .secondaryDomains(List.of(PolicyDomain.HOUSING, PolicyDomain.COMMUNITY_FACILITIES))
                .areaCodes(List.of("BU03440101", "BU03440102"))
                .summary(Map.of("nl", "Een batterij voor de hele straat"))
                .budgetPerYear(50000L), null);

        ApiResponse<Initiative> read = initiatives.getInitiativeWithHttpInfo(created.getId(), null);
        String etag = read.getHeaders().get("etag").get(0);
        Initiative patched = initiatives.updateInitiative(created.getId(),
                new InitiativePatch().budgetPerYear(120000L), etag);

        Initiative after = initiatives.getInitiative(created.getId(), null);
        assertEquals(Long.valueOf(120000L), after.getBudgetPerYear());
        assertEquals(patched.getBudgetPerYear(), after.getBudgetPerYear());
        assertEquals(List.of("BU03440101", "BU03440102"), after.getAreaCodes());
        assertEquals(List.of(PolicyDomain.HOUSING, PolicyDomain.COMMUNITY_FACILITIES), after.getSecondaryDomains());
        assertEquals(Map.of("nl", "Een batterij voor de hele straat"), after.getSummary());
        assertEquals(Map.of("nl", "Buurtbatterij Oost"), after.getTitle());
        assertEquals(Long.valueOf(created.getVersion() + 1), after.getVersion());
    }

    @Test
    void shouldCreateAnIssueWithoutDescriptionAndPatchOnlyItsLabel() throws Exception {
        Services services = Services.get();
        Initiative initiative = new InitiativesApi(services.initiative).createInitiative(new InitiativeRequest()
                .title(Map.of("nl", "Moestuin Noord")).type(InitiativeType.CITIZEN_INITIATIVE), null);
        IssuesApi issues = new IssuesApi(services.initiative);
        Issue issue = issues.createIssue(initiative.getId(), new IssueRequest().label(Map.of("nl", "Water")), null);
        // accepted without description (the model sent {} before); the answer has none
        assertTrue(issue.getDescription() == null || issue.getDescription().isEmpty(), issue.toString());

        Issue labelled = issues.createIssue(initiative.getId(), new IssueRequest().label(Map.of("nl", "Grond"))
                .description(Map.of("nl", "Wie is eigenaar van de grond?"))
                .scopeNote(Map.of("nl", "Hoort erbij")), null);
        String etag = issues.getIssueWithHttpInfo(initiative.getId(), labelled.getId(), null)
                .getHeaders().get("etag").get(0);
        issues.updateIssue(initiative.getId(), labelled.getId(),
                new nl.speelveld.client.initiative.model.IssuePatch().label(Map.of("nl", "Grond en water")), etag);
        Issue after = issues.getIssue(initiative.getId(), labelled.getId(), null);
        assertEquals(Map.of("nl", "Grond en water"), after.getLabel());
        assertEquals(Map.of("nl", "Wie is eigenaar van de grond?"), after.getDescription());
        assertEquals(Map.of("nl", "Hoort erbij"), after.getScopeNote());
    }

    @Test
    void shouldChangeOnlyTheFieldTheStakeholderGroupPatchSets() throws Exception {
        Services services = Services.get();
        Initiative initiative = new InitiativesApi(services.initiative).createInitiative(new InitiativeRequest()
                .title(Map.of("nl", "Speeltuin West")).type(InitiativeType.CITIZEN_INITIATIVE), null);
        StakeholderGroupsApi groups = new StakeholderGroupsApi(services.stakeholder);
        StakeholderGroup group = groups.createStakeholderGroup(new StakeholderGroupRequest()
                .initiativeId(initiative.getId()).name("Ouders van jonge kinderen")
                .source(StakeholderSource.BROADER_PUBLIC).affected(true).legitimacy(true)
                .estimatedSize(120), null);
        String etag = groups.getStakeholderGroupWithHttpInfo(group.getId(), null).getHeaders().get("etag").get(0);
        groups.updateStakeholderGroup(group.getId(), new StakeholderGroupPatch().estimatedSize(150), etag);
        StakeholderGroup after = groups.getStakeholderGroup(group.getId(), null);
        assertEquals(Integer.valueOf(150), after.getEstimatedSize());
        assertEquals("Ouders van jonge kinderen", after.getName());
        assertEquals(StakeholderSource.BROADER_PUBLIC, after.getSource());
        assertEquals(Boolean.TRUE, after.getAffected());
        assertEquals(Boolean.TRUE, after.getLegitimacy());
    }
}
