package nl.speelveld.initiative.decision;

/**
 * OpenAPI examples of key decisions, taken from worked case A (Energiecoöperatie Zonnewijk); ids are made up, and the
 * same in the examples of every feature.
 */
final class Examples {

    static final String KEY_DECISION_REQUEST = """
            {"subject": "Isolatie-inkoopactie", "decidedOn": "2026-01-10", "decidedBy": "CITIZENS",
             "issueIds": ["1b7a4d3f-0c2e-4a8f-9d6b-3e5c7f9a1b23"]}""";

    static final String KEY_DECISION = """
            {"id": "e5a7c9d1-4f6b-4d8c-9a0e-2b3c4d5e6f7a", "municipalityCode": "GM0344", "version": 0,
             "createdAt": "2026-11-01T09:45:00Z", "updatedAt": "2026-11-01T09:45:00Z",
             "initiativeId": "3f1c2a9e-8d4b-4c6f-9a1e-2b7d5c8e0f13", "subject": "Isolatie-inkoopactie",
             "decidedOn": "2026-01-10", "decidedBy": "CITIZENS",
             "issueIds": ["1b7a4d3f-0c2e-4a8f-9d6b-3e5c7f9a1b23"]}""";

    static final String KEY_DECISION_PAGE = "{\"items\": [" + KEY_DECISION + "], \"next\": null}";

    private Examples() {
    }
}
