package nl.speelveld.initiative;

/** OpenAPI examples, taken from worked case A (Energiecoöperatie Zonnewijk); ids are made up. */
final class Examples {

    static final String INITIATIVE_REQUEST = """
            {"title": {"nl": "Energiecoöperatie Zonnewijk", "en": "Zonnewijk energy cooperative"},
             "summary": {"nl": "Leden leggen zonnepanelen op hun daken en kopen samen isolatie in."},
             "type": "CITIZEN_COLLECTIVE", "origin": "BOTTOM_UP", "legalForm": "COOPERATIVE",
             "challengeRight": false, "primaryDomain": "ENERGY", "phase": "IMPLEMENTATION",
             "areaCodes": ["BU03440101"], "startedOn": "2021-03-01",
             "budgetPerYear": 100000, "governmentFundingPerYear": 10000,
             "externalRefs": [{"system": "decidim", "instance": "participatie.example.nl", "type": "initiative",
                               "id": "42", "url": "https://participatie.example.nl/initiatives/i-42"}]}""";

    static final String INITIATIVE = """
            {"id": "3f1c2a9e-8d4b-4c6f-9a1e-2b7d5c8e0f13", "municipalityCode": "GM0344", "version": 0,
             "createdAt": "2026-11-01T09:30:00Z", "updatedAt": "2026-11-01T09:30:00Z",
             "title": {"nl": "Energiecoöperatie Zonnewijk", "en": "Zonnewijk energy cooperative"},
             "summary": {"nl": "Leden leggen zonnepanelen op hun daken en kopen samen isolatie in."},
             "type": "CITIZEN_COLLECTIVE", "origin": "BOTTOM_UP", "legalForm": "COOPERATIVE",
             "challengeRight": false, "primaryDomain": "ENERGY", "secondaryDomains": [], "phase": "IMPLEMENTATION",
             "areaCodes": ["BU03440101"], "startedOn": "2021-03-01",
             "budgetPerYear": 100000, "governmentFundingPerYear": 10000, "coproductionStages": [],
             "externalRefs": [{"system": "decidim", "instance": "participatie.example.nl", "type": "initiative",
                               "id": "42", "url": "https://participatie.example.nl/initiatives/i-42"}]}""";

    static final String ISSUE_REQUEST = """
            {"label": {"nl": "Energiearmoede bij huurders", "en": "Energy poverty among tenants"},
             "description": {"nl": "Huurders van de corporatie kunnen niet meedoen met zonnepanelen op eigen dak."},
             "domain": "ENERGY", "raisedByGroupIds": ["b2d4f6a8-1c3e-4a5b-8d7f-9e0a1b2c3d4e"],
             "raisedOn": "2026-06-12",
             "scopeNote": {"nl": "Buiten de afbakening: de coöperatie richt zich op de daken van haar leden."}}""";

    static final String ISSUE = """
            {"id": "7c4e1b2a-5d3f-4e8a-9b6c-1a2d3e4f5a61", "municipalityCode": "GM0344", "version": 1,
             "createdAt": "2026-11-01T09:31:00Z", "updatedAt": "2026-11-01T09:32:00Z",
             "initiativeId": "3f1c2a9e-8d4b-4c6f-9a1e-2b7d5c8e0f13",
             "label": {"nl": "Energiearmoede bij huurders", "en": "Energy poverty among tenants"},
             "description": {"nl": "Huurders van de corporatie kunnen niet meedoen met zonnepanelen op eigen dak."},
             "domain": "ENERGY", "raisedByGroupIds": ["b2d4f6a8-1c3e-4a5b-8d7f-9e0a1b2c3d4e"],
             "raisedOn": "2026-06-12",
             "scopeNote": {"nl": "Buiten de afbakening: de coöperatie richt zich op de daken van haar leden."},
             "inScope": false}""";

    static final String ISSUE_PATCH = """
            {"scopeNote": {"nl": "Voorlopig buiten de afbakening; de wijkaanpak pakt dit op."}}""";

    static final String PROBLEM_DEFINITION_REQUEST = """
            {"statement": {"nl": "Leden wekken samen duurzame energie op en verlagen hun energieverbruik."},
             "framedBy": "CITIZENS",
             "issueIdsInScope": ["0a6f3c2e-9b1d-4f7e-8c5a-2d4b6e8f0a12", "1b7a4d3f-0c2e-4a8f-9d6b-3e5c7f9a1b23"],
             "rationale": {"nl": "De leden kiezen wat zij zelf kunnen waarmaken: hun eigen daken en isolatie."}}""";

    static final String PROBLEM_DEFINITION = """
            {"id": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", "municipalityCode": "GM0344", "version": 0,
             "createdAt": "2026-11-01T09:35:00Z", "updatedAt": "2026-11-01T09:35:00Z",
             "initiativeId": "3f1c2a9e-8d4b-4c6f-9a1e-2b7d5c8e0f13", "sequence": 1,
             "statement": {"nl": "Leden wekken samen duurzame energie op en verlagen hun energieverbruik."},
             "framedBy": "CITIZENS",
             "issueIdsInScope": ["0a6f3c2e-9b1d-4f7e-8c5a-2d4b6e8f0a12", "1b7a4d3f-0c2e-4a8f-9d6b-3e5c7f9a1b23"],
             "rationale": {"nl": "De leden kiezen wat zij zelf kunnen waarmaken: hun eigen daken en isolatie."},
             "scopeType": "LIMITED"}""";

    static final String ROLE_OBSERVATION_REQUEST = """
            {"kind": "TAKEN", "holderSource": "PUBLIC_ORGANISATION",
             "holderGroupId": "c3e5a7b9-2d4f-4b6a-9e8c-0f1a2b3c4d5e", "role": "FACILITATE",
             "observedOn": "2026-09-01", "evidence": "OBSERVATION",
             "note": "De gemeente verstrekt subsidie en laat de uitvoering aan de coöperatie."}""";

    static final String ROLE_OBSERVATION = """
            {"id": "d4f6b8c0-3e5a-4c7b-8f9d-1a2b3c4d5e6f", "municipalityCode": "GM0344", "version": 0,
             "createdAt": "2026-11-01T09:40:00Z", "updatedAt": "2026-11-01T09:40:00Z",
             "initiativeId": "3f1c2a9e-8d4b-4c6f-9a1e-2b7d5c8e0f13", "kind": "TAKEN",
             "holderSource": "PUBLIC_ORGANISATION", "holderGroupId": "c3e5a7b9-2d4f-4b6a-9e8c-0f1a2b3c4d5e",
             "role": "FACILITATE", "observedOn": "2026-09-01", "evidence": "OBSERVATION",
             "note": "De gemeente verstrekt subsidie en laat de uitvoering aan de coöperatie."}""";

    static final String KEY_DECISION_REQUEST = """
            {"subject": "Isolatie-inkoopactie", "decidedOn": "2026-01-10", "decidedBy": "CITIZENS",
             "issueIds": ["1b7a4d3f-0c2e-4a8f-9d6b-3e5c7f9a1b23"]}""";

    static final String KEY_DECISION = """
            {"id": "e5a7c9d1-4f6b-4d8c-9a0e-2b3c4d5e6f7a", "municipalityCode": "GM0344", "version": 0,
             "createdAt": "2026-11-01T09:45:00Z", "updatedAt": "2026-11-01T09:45:00Z",
             "initiativeId": "3f1c2a9e-8d4b-4c6f-9a1e-2b7d5c8e0f13", "subject": "Isolatie-inkoopactie",
             "decidedOn": "2026-01-10", "decidedBy": "CITIZENS",
             "issueIds": ["1b7a4d3f-0c2e-4a8f-9d6b-3e5c7f9a1b23"]}""";

    static final String PHASE_TRANSITION_REQUEST = """
            {"to": "IMPLEMENTATION", "on": "2023-01-15",
             "reason": "Het dakenplan is rond; de eerste panelen worden gelegd."}""";

    static final String PHASE_TRANSITION = """
            {"id": "f6b8d0e2-5a7c-4e9d-8b1f-3c4d5e6f7a8b", "municipalityCode": "GM0344", "version": 0,
             "createdAt": "2026-11-01T09:50:00Z", "updatedAt": "2026-11-01T09:50:00Z",
             "initiativeId": "3f1c2a9e-8d4b-4c6f-9a1e-2b7d5c8e0f13", "from": "DESIGN", "to": "IMPLEMENTATION",
             "on": "2023-01-15", "reason": "Het dakenplan is rond; de eerste panelen worden gelegd."}""";

    static final String VOCABULARY = """
            {"name": "FramedBy", "description": "Who framed a problem definition",
             "codes": [
              {"code": "CITIZENS", "label": {"nl": "door burgers", "en": "by citizens"},
               "source": "Speelveld design proposal (DOMAIN.md 2.2)"},
              {"code": "GOVERNMENT", "label": {"nl": "door de overheid", "en": "by the government"},
               "source": "Speelveld design proposal (DOMAIN.md 2.2)"},
              {"code": "JOINT", "label": {"nl": "samen", "en": "jointly"},
               "source": "Speelveld design proposal (DOMAIN.md 2.2)"}]}""";

    static final String ISSUE_PAGE = "{\"items\": [" + ISSUE + "], \"next\": null}";
    static final String PROBLEM_DEFINITION_PAGE = "{\"items\": [" + PROBLEM_DEFINITION + "], \"next\": null}";
    static final String ROLE_OBSERVATION_PAGE = "{\"items\": [" + ROLE_OBSERVATION + "], \"next\": null}";
    static final String KEY_DECISION_PAGE = "{\"items\": [" + KEY_DECISION + "], \"next\": null}";
    static final String PHASE_TRANSITION_PAGE = "{\"items\": [" + PHASE_TRANSITION + "], \"next\": null}";
    static final String VOCABULARY_PAGE = "{\"items\": [" + VOCABULARY + "], \"next\": null}";

    private Examples() {
    }
}
