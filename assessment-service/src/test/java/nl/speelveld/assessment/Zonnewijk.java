package nl.speelveld.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * Worked case A (Energiecoöperatie Zonnewijk, examples/cases/case-a-energy.json) as the two services
 * would answer it: every record with fresh ids, shaped like their API (API guide), stubbed for one caller's token only.
 * Another municipality's token matches no stub, so WireMock answers 404, as the real services do for another
 * tenant's initiative. The interests come in two pages, so paging is exercised too.
 */
public final class Zonnewijk {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PROBLEM_404 = "{\"type\": \"/problems/not-found\", \"title\": \"Not found\", \"status\": 404,"
            + " \"detail\": \"There is no initiative with this id for your municipality.\"}";

    final String municipality;
    final String token;
    public final String initiativeId = id();
    final String populationId = id();
    public final Map<String, String> issues = new LinkedHashMap<>();
    public final Map<String, String> groups = new LinkedHashMap<>();
    final Map<String, String> names = new LinkedHashMap<>();
    public final List<String> interestIds = new ArrayList<>();
    private final List<Map<String, Object>> interests = new ArrayList<>();
    private int clock;
    private boolean smallCells;
    private boolean everyIssueInScope;
    private final Map<String, String> voices = new LinkedHashMap<>();
    private int extra;

    public Zonnewijk(String municipality, String token) {
        this.municipality = municipality;
        this.token = token;
        for (String key : List.of("I1", "I2", "I3", "I4", "I5")) {
            issues.put(key, id());
        }
        group("members", "Leden en kerngroep coöperatie");
        group("owners", "Eigenaar-bewoners die geen lid zijn");
        group("tenants", "Huurders sociale huur");
        group("corporation", "Woningcorporatie");
        group("grid", "Netbeheerder");
        group("gemeente", "Gemeente, afdeling duurzaamheid");
        group("council", "Wethouder en gemeenteraad");
        interest("members", "I1", "INTEREST", "SUPPORT", "MEETING", null);
        interest("owners", "I1", "WISH", "SUPPORT", "SURVEY", null);
        interest("grid", "I1", "INTEREST", "NEUTRAL", "MEETING", null);
        interest("members", "I2", "WISH", "SUPPORT", "MEETING", null);
        interest("gemeente", "I2", "INTEREST", "SUPPORT", "MEETING", "ADOPTED");
        interest("tenants", "I3", "INTEREST", "SUPPORT", "ASSUMED", null);
        interest("corporation", "I3", "INTEREST", "SUPPORT", "WRITTEN_RESPONSE", null);
        interest("members", "I3", "PREFERENCE", "NEUTRAL", "MEETING", null);
        interest("gemeente", "I3", "INTEREST", "SUPPORT", "MEETING", null);
        interest("corporation", "I4", "INTEREST", "OPPOSE", "WRITTEN_RESPONSE", null);
        interest("tenants", "I4", "WISH", "SUPPORT", "ASSUMED", null);
        interest("members", "I4", "IDEA", "SUPPORT", "MEETING", null);
        interest("owners", "I5", "INTEREST", "OPPOSE", "SURVEY", null);
        interest("members", "I5", "IDEA", "SUPPORT", "MEETING", null);
        interest("gemeente", "I5", "INTEREST", "STRONGLY_SUPPORT", "MEETING", null);
        interest("corporation", "I5", "INTEREST", "SUPPORT", "WRITTEN_RESPONSE", null);
    }

    /**
     * Replaces the members' profile by one of 40 people with categories of 1, 2, 3 and 4 (small cells, DOMAIN.md
     * §3.9): TENURE 33 / 4 / 3 and EDUCATION_LEVEL 1 / 2 / 37.
     */
    Zonnewijk withSmallCells() {
        smallCells = true;
        return this;
    }

    /** Puts every raised issue in scope (the problem definition takes all five) before stubbing. */
    public Zonnewijk withEveryIssueInScope() {
        everyIssueInScope = true;
        return this;
    }

    /** Gives a group another voice before stubbing. */
    public Zonnewijk withVoice(String group, String voice) {
        voices.put(group, voice);
        return this;
    }

    /** Gives a group another name before stubbing (e.g. one that needs escaping). */
    public Zonnewijk rename(String group, String name) {
        names.put(group, name);
        return this;
    }

    /** Registers every read of both services for this initiative and this token. */
    public Zonnewijk stub(WireMockServer initiativeService, WireMockServer stakeholderService) {
        String base = "/v1/initiatives/" + initiativeId;
        initiativeService.stubFor(read(base).willReturn(ok(initiative())));
        initiativeService.stubFor(read(base + "/issues").willReturn(ok(page(issueList(), null))));
        initiativeService.stubFor(read(base + "/problem-definitions/current").willReturn(ok(problemDefinition())));
        initiativeService.stubFor(read(base + "/role-observations").willReturn(ok(page(roleObservations(), null))));
        initiativeService.stubFor(read(base + "/key-decisions").willReturn(ok(page(keyDecisions(), null))));

        paged(stakeholderService, "/v1/bulk/stakeholder-groups", groupList(), extra > 0 ? 1000 : groups.size());
        inParts(stakeholderService, "/v1/bulk/interests", interests, extra > 0 ? 1000 : 10, 2);
        stakeholderService.stubFor(list("/v1/conflict-overrides").willReturn(ok(page(List.of(), null))));
        stakeholderService.stubFor(list("/v1/participant-profiles").willReturn(ok(page(participantProfiles(), null))));
        stakeholderService.stubFor(list("/v1/core-group-snapshots").willReturn(ok(page(coreGroupSnapshots(), null))));
        stakeholderService.stubFor(list("/v1/constituency-consultations")
                .willReturn(ok(page(consultations(), null))));
        stakeholderService.stubFor(list("/v1/representations").willReturn(ok(page(representations(), null))));
        stakeholderService.stubFor(read("/v1/population-profiles/" + populationId).willReturn(ok(population())));
        return this;
    }

    /**
     * Adds {@code n} groups of the broader public before stubbing, each with ten interests over the five issues
     * (mixed stances, two per issue of which the later counts): a large initiative, which the stubs hand out in
     * pages of 1,000 as stakeholder-service's bulk reads do.
     */
    public Zonnewijk grown(int n) {
        String[] stances = {"SUPPORT", "OPPOSE", "NEUTRAL", "STRONGLY_SUPPORT", "UNKNOWN", "STRONGLY_OPPOSE"};
        String[] voice = {"NOT_INVOLVED", "ACTIVELY_INVOLVED", "SPOKEN_FOR"};
        for (int g = 1; g <= n; g++) {
            String key = "g" + g;
            group(key, "Groep " + g + " aan de Dorpsstraat");
            voices.put(key, voice[g % voice.length]);
            for (int j = 0; j < 10; j++) {
                interest(key, "I" + (1 + (g + j) % 5), "INTEREST", stances[(g * 7 + j * 3) % stances.length],
                        "MEETING", null);
            }
        }
        extra = n;
        return this;
    }

    /** Stubs a collection of this initiative in pages of {@code size}, linked by the cursors "page-2", "page-3", …. */
    private void paged(WireMockServer service, String path, List<Map<String, Object>> items, int size) {
        paged(service, () -> list(path), "page-", items, size);
    }

    private void paged(WireMockServer service, Supplier<MappingBuilder> list, String cursors,
            List<Map<String, Object>> items, int size) {
        int pages = Math.max(1, (items.size() + size - 1) / size);
        for (int p = 1; p <= pages; p++) {
            // a new builder for each page: a builder keeps its stub id, and a second stub with it would replace the first
            MappingBuilder request = list.get().withQueryParam("cursor", p == 1 ? absent() : equalTo(cursors + p));
            service.stubFor(request.willReturn(ok(page(items.subList((p - 1) * size,
                    Math.min(items.size(), p * size)), p < pages ? cursors + (p + 1) : null))));
        }
    }

    /**
     * Stubs a bulk read split into {@code parts} as stakeholder-service splits it: part {@code k} holds the items
     * whose id ends in a hexadecimal digit {@code d} with {@code d mod parts = k}, each part paged on its own.
     */
    private void inParts(WireMockServer service, String path, List<Map<String, Object>> items, int size, int parts) {
        // the read not split (no part asked for), below the parts' stubs: a request for a part matches both
        paged(service, () -> list(path).atPriority(6), "page-", items, size);
        for (int k = 0; k < parts; k++) {
            int part = k;
            List<Map<String, Object>> mine = items.stream().filter(x -> {
                String id = (String) x.get("id");
                return Character.digit(id.charAt(id.length() - 1), 16) % parts == part;
            }).toList();
            paged(service, () -> list(path).withQueryParam("part", equalTo("" + part)).withQueryParam("parts",
                    equalTo("" + parts)), "part-" + part + "-page-", mine, size);
        }
    }

    /** A GET of this path with this caller's token. */
    public MappingBuilder read(String path) {
        return get(urlPathEqualTo(path)).withHeader("Authorization", equalTo("Bearer " + token)).atPriority(5);
    }

    /** A GET of a stakeholder-service collection filtered on this initiative. */
    public MappingBuilder list(String path) {
        return read(path).withQueryParam("initiativeId", equalTo(initiativeId));
    }

    public static ResponseDefinitionBuilder ok(Object body) {
        try {
            return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                    .withHeader("API-Version", "1.0.0").withBody(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ResponseDefinitionBuilder notFound() {
        return aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                .withBody(PROBLEM_404);
    }

    private Map<String, Object> initiative() {
        Map<String, Object> i = record(initiativeId);
        i.put("title", Map.of("nl", "Energiecoöperatie Zonnewijk", "en", "Zonnewijk energy cooperative"));
        i.put("summary", Map.of("nl", "Leden leggen zonnepanelen op hun daken en kopen samen isolatie in."));
        i.put("type", "CITIZEN_COLLECTIVE");
        i.put("origin", "BOTTOM_UP");
        i.put("legalForm", "COOPERATIVE");
        i.put("challengeRight", false);
        i.put("primaryDomain", "ENERGY");
        i.put("secondaryDomains", List.of());
        i.put("phase", "IMPLEMENTATION");
        i.put("areaCodes", List.of("BU03440101"));
        i.put("startedOn", "2021-03-01");
        i.put("budgetPerYear", 100000);
        i.put("governmentFundingPerYear", 10000);
        i.put("externalRefs", List.of());
        return i;
    }

    private List<Map<String, Object>> issueList() {
        String[] labels = {"Zonnepanelen op daken van leden", "Collectieve inkoop isolatie",
            "Energiearmoede bij huurders", "Zonnepanelen op daken van de corporatie", "Warmtetransitie van de wijk"};
        List<Map<String, Object>> out = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, String> e : issues.entrySet()) {
            Map<String, Object> i = record(e.getValue());
            i.put("initiativeId", initiativeId);
            i.put("label", Map.of("nl", labels[n]));
            i.put("domain", "ENERGY");
            i.put("raisedByGroupIds", n == 2 ? List.of(groups.get("corporation")) : List.of());
            i.put("raisedOn", "2026-0" + (n + 1) + "-15");
            i.put("inScope", everyIssueInScope || n < 2);
            out.add(i);
            n++;
        }
        return out;
    }

    private Map<String, Object> problemDefinition() {
        Map<String, Object> d = record(id());
        d.put("initiativeId", initiativeId);
        d.put("sequence", 1);
        d.put("supersedes", null);
        d.put("statement", Map.of("nl", "Leden wekken samen duurzame energie op en verlagen hun energieverbruik."));
        d.put("framedBy", "CITIZENS");
        d.put("issueIdsInScope", everyIssueInScope ? List.copyOf(issues.values())
                : List.of(issues.get("I1"), issues.get("I2")));
        d.put("scopeType", "LIMITED");
        return d;
    }

    private List<Map<String, Object>> roleObservations() {
        return List.of(
                observation("TAKEN", "PUBLIC_ORGANISATION", "gemeente", "FACILITATE", "2026-09-01", "OBSERVATION"),
                observation("WANTED", "COPRODUCING_CITIZENS", "members", "FACILITATE", "2026-09-01", "MEETING"),
                observation("EXPECTED", "POLITICS", "council", "DIRECT", "2026-07-01", "MEETING"),
                observation("EXPECTED", "PUBLIC_ORGANISATION", "corporation", "DIRECT", "2026-07-01",
                        "WRITTEN_RESPONSE"),
                observation("EXPECTED", "PUBLIC_ORGANISATION", "grid", "STIMULATE", "2026-07-01", "MEETING"));
    }

    private Map<String, Object> observation(String kind, String source, String group, String role, String on,
            String evidence) {
        Map<String, Object> o = record(id());
        o.put("initiativeId", initiativeId);
        o.put("kind", kind);
        o.put("holderSource", source);
        o.put("holderGroupId", groups.get(group));
        o.put("role", role);
        o.put("observedOn", on);
        o.put("evidence", evidence);
        o.put("note", null);
        return o;
    }

    private List<Map<String, Object>> keyDecisions() {
        String[][] decisions = {{"Dakenproject fase 2", "2025-01-15", "CITIZENS"},
            {"Leverancierskeuze panelen", "2025-04-01", "CITIZENS"}, {"Ledenwerving", "2025-09-01", "CITIZENS"},
            {"Isolatie-inkoopactie", "2026-01-10", "CITIZENS"}, {"Contributie", "2026-03-01", "CITIZENS"},
            {"Subsidieaanvraag isolatie", "2026-05-01", "JOINT"}};
        List<Map<String, Object>> out = new ArrayList<>();
        for (String[] d : decisions) {
            Map<String, Object> k = record(id());
            k.put("initiativeId", initiativeId);
            k.put("subject", d[0]);
            k.put("decidedOn", d[1]);
            k.put("decidedBy", d[2]);
            k.put("issueIds", List.of());
            out.add(k);
        }
        return out;
    }

    private void group(String key, String name) {
        groups.put(key, id());
        names.put(key, name);
    }

    private List<Map<String, Object>> groupList() {
        // key, source, affected, power, legitimacy, urgency, voice, estimatedSize, hardToReach
        Object[][] rows = {
            {"members", "COPRODUCING_CITIZENS", true, true, true, true, "ACTIVE_COPRODUCER", 175, false},
            {"owners", "BROADER_PUBLIC", true, false, true, false, "SPOKEN_FOR", 1159, false},
            {"tenants", "BROADER_PUBLIC", true, false, true, true, "NOT_INVOLVED", 905, true},
            {"corporation", "PUBLIC_ORGANISATION", true, true, true, false, "NOT_INVOLVED", null, false},
            {"grid", "PUBLIC_ORGANISATION", true, true, true, false, "ACTIVELY_INVOLVED", null, false},
            {"gemeente", "PUBLIC_ORGANISATION", false, true, true, false, "ACTIVELY_INVOLVED", null, false},
            {"council", "POLITICS", false, true, true, false, "ACTIVELY_INVOLVED", null, false}};
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object[] r : rows) {
            Map<String, Object> g = record(groups.get((String) r[0]));
            g.put("initiativeId", initiativeId);
            g.put("name", names.get((String) r[0]));
            g.put("source", r[1]);
            g.put("affected", r[2]);
            g.put("power", r[3]);
            g.put("legitimacy", r[4]);
            g.put("urgency", r[5]);
            g.put("voice", voices.getOrDefault((String) r[0], (String) r[6]));
            g.put("estimatedSize", r[7]);
            g.put("hardToReach", r[8]);
            g.put("barriers", List.of());
            out.add(g);
        }
        int n = 0;
        for (String key : groups.keySet()) {
            if (key.matches("g[0-9]+")) {
                Map<String, Object> g = record(groups.get(key));
                g.put("initiativeId", initiativeId);
                g.put("name", names.get(key));
                g.put("source", "BROADER_PUBLIC");
                g.put("affected", true);
                g.put("power", false);
                g.put("legitimacy", true);
                g.put("urgency", ++n % 2 == 0);
                g.put("voice", voices.get(key));
                g.put("estimatedSize", 100 + n);
                g.put("hardToReach", false);
                g.put("barriers", List.of());
                out.add(g);
            }
        }
        return out;
    }

    private void interest(String group, String issue, String kind, String stance, String evidence, String status) {
        String id = id();
        interestIds.add(id);
        Map<String, Object> i = record(id);
        i.put("initiativeId", initiativeId);
        i.put("groupId", groups.get(group));
        i.put("issueId", issues.get(issue));
        i.put("kind", kind);
        i.put("statement", Map.of("nl", "Standpunt van " + group + " over " + issue));
        i.put("stance", stance);
        i.put("intensity", null);
        i.put("evidence", evidence);
        i.put("recordedOn", "2026-09-01");
        i.put("response", status == null ? null : Map.of("status", status, "respondedOn", "2026-10-01",
                "respondedBy", "GOVERNMENT"));
        interests.add(i);
    }

    private List<Map<String, Object>> participantProfiles() {
        Map<String, Object> p = record(id());
        p.put("initiativeId", initiativeId);
        p.put("groupId", groups.get("members"));
        p.put("scope", "MEMBERS");
        p.put("measuredOn", "2026-09-01");
        p.put("n", smallCells ? 40 : 175);
        p.put("method", "REGISTRATION");
        p.put("referenceProfileId", populationId);
        p.put("counts", smallCells
                ? List.of(count("TENURE", "OWNER", 33), count("TENURE", "SOCIAL_RENT", 4),
                        count("TENURE", "PRIVATE_RENT", 3), count("EDUCATION_LEVEL", "LOW", 1),
                        count("EDUCATION_LEVEL", "MIDDLE", 2), count("EDUCATION_LEVEL", "HIGH", 37))
                : List.of(count("TENURE", "OWNER", 161), count("TENURE", "SOCIAL_RENT", 7),
                        count("TENURE", "PRIVATE_RENT", 7), count("EDUCATION_LEVEL", "LOW", 14),
                        count("EDUCATION_LEVEL", "MIDDLE", 42), count("EDUCATION_LEVEL", "HIGH", 119)));
        return List.of(p);
    }

    private Map<String, Object> population() {
        Map<String, Object> p = record(populationId);
        p.put("name", "Huishoudens Zonnewijk (CBS 2024)");
        p.put("areaCodes", List.of("BU03440101"));
        p.put("basis", "ALL_RESIDENTS");
        p.put("source", "CBS_KWB");
        p.put("sourceTable", "85984NED");
        p.put("referenceYear", 2024);
        p.put("shares", List.of(share("TENURE", "OWNER", 0.55), share("TENURE", "SOCIAL_RENT", 0.38),
                share("TENURE", "PRIVATE_RENT", 0.07), share("EDUCATION_LEVEL", "LOW", 0.32),
                share("EDUCATION_LEVEL", "MIDDLE", 0.38), share("EDUCATION_LEVEL", "HIGH", 0.30)));
        return p;
    }

    private List<Map<String, Object>> coreGroupSnapshots() {
        return List.of(snapshot("2024-12-01", 8, 2, 140), snapshot("2026-10-01", 9, 3, 175));
    }

    private Map<String, Object> snapshot(String takenOn, int core, int joined, int members) {
        Map<String, Object> s = record(id());
        s.put("initiativeId", initiativeId);
        s.put("groupId", groups.get("members"));
        s.put("takenOn", takenOn);
        s.put("coreSize", core);
        s.put("coreJoinedLast24Months", joined);
        s.put("membersTotal", members);
        return s;
    }

    private List<Map<String, Object>> consultations() {
        Map<String, Object> c = record(id());
        c.put("initiativeId", initiativeId);
        c.put("representativeGroupId", groups.get("members"));
        c.put("constituencyGroupId", null);
        c.put("heldOn", "2026-06-01");
        c.put("method", "GENERAL_MEETING");
        c.put("constituencySize", 175);
        c.put("respondents", 66);
        c.put("issueStances", List.of(Map.of("issueId", issues.get("I1"), "majorityStance", "SUPPORT"),
                Map.of("issueId", issues.get("I2"), "majorityStance", "SUPPORT")));
        return List.of(c);
    }

    private List<Map<String, Object>> representations() {
        Map<String, Object> r = record(id());
        r.put("initiativeId", initiativeId);
        r.put("representativeGroupId", groups.get("members"));
        r.put("representedGroupId", groups.get("owners"));
        r.put("basis", "SELF_APPOINTED");
        r.put("since", "2023-01-01");
        r.put("lastConsultedOn", "2026-06-01");
        r.put("note", null);
        return List.of(r);
    }

    private static Map<String, Object> count(String dimension, String category, int count) {
        return Map.of("dimension", dimension, "category", category, "count", count);
    }

    private static Map<String, Object> share(String dimension, String category, double value) {
        return Map.of("dimension", dimension, "category", category, "value", value);
    }

    /** The fields every resource of the two services carries. */
    private Map<String, Object> record(String id) {
        Instant at = Instant.parse("2026-09-01T08:00:00Z").plusSeconds(60L * clock++);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", id);
        r.put("municipalityCode", municipality);
        r.put("version", 0);
        r.put("createdAt", at.toString());
        r.put("updatedAt", at.toString());
        return r;
    }

    private static Map<String, Object> page(List<Map<String, Object>> items, String next) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("items", items);
        page.put("next", next);
        return page;
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
