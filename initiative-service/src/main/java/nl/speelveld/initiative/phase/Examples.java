package nl.speelveld.initiative.phase;

/**
 * OpenAPI examples of phase transitions, taken from worked case A (Energiecoöperatie Zonnewijk); ids are made up, and
 * the same in the examples of every feature.
 */
final class Examples {

    static final String PHASE_TRANSITION_REQUEST = """
            {"to": "IMPLEMENTATION", "on": "2023-01-15",
             "reason": "Het dakenplan is rond; de eerste panelen worden gelegd."}""";

    static final String PHASE_TRANSITION = """
            {"id": "f6b8d0e2-5a7c-4e9d-8b1f-3c4d5e6f7a8b", "municipalityCode": "GM0344", "version": 0,
             "createdAt": "2026-11-01T09:50:00Z", "updatedAt": "2026-11-01T09:50:00Z",
             "initiativeId": "3f1c2a9e-8d4b-4c6f-9a1e-2b7d5c8e0f13", "from": "DESIGN", "to": "IMPLEMENTATION",
             "on": "2023-01-15", "reason": "Het dakenplan is rond; de eerste panelen worden gelegd."}""";

    static final String PHASE_TRANSITION_PAGE = "{\"items\": [" + PHASE_TRANSITION + "], \"next\": null}";

    private Examples() {
    }
}
