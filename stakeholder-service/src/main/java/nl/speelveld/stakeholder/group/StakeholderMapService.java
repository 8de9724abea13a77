package nl.speelveld.stakeholder.group;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import nl.speelveld.conventions.tenancy.Tenant;
import nl.speelveld.conventions.vocabulary.StakeholderSource;
import nl.speelveld.stakeholder.client.InitiativeReferences;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds the stakeholder map of an initiative; the initiative is checked with initiative-service first (404). */
@ApplicationScoped
class StakeholderMapService {

    private final StakeholderGroupRepository groups;
    private final InitiativeReferences initiatives;
    private final Tenant tenant;

    StakeholderMapService(StakeholderGroupRepository groups, InitiativeReferences initiatives, Tenant tenant) {
        this.groups = groups;
        this.initiatives = initiatives;
        this.tenant = tenant;
    }

    public StakeholderMapResponse map(UUID initiativeId) {
        String municipality = tenant.code();
        initiatives.requireInitiative(initiativeId);
        List<StakeholderGroup> all = QuarkusTransaction.requiringNew()
                .call(() -> groups.ofInitiative(municipality, initiativeId));
        List<StakeholderMapResponse.SourceGroups> sources = Arrays.stream(StakeholderSource.values())
                .map(source -> new StakeholderMapResponse.SourceGroups(source,
                        Map.of("nl", source.labelNl(), "en", source.labelEn()),
                        all.stream().filter(g -> g.source == source).map(StakeholderMapResponse.MapGroup::of)
                                .toList()))
                .toList();
        List<StakeholderMapResponse.MapGroup> unassigned = new ArrayList<>();
        all.stream().filter(g -> g.source == null).map(StakeholderMapResponse.MapGroup::of).forEach(unassigned::add);
        return new StakeholderMapResponse(initiativeId, municipality, sources, unassigned);
    }
}
