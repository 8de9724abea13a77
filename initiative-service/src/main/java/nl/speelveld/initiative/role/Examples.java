package nl.speelveld.initiative.role;

/**
 * OpenAPI examples of role observations, taken from worked case A (Energiecoöperatie Zonnewijk); ids are made up, and
 * the same in the examples of every feature.
 */
final class Examples {

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

    static final String ROLE_OBSERVATION_PAGE = "{\"items\": [" + ROLE_OBSERVATION + "], \"next\": null}";

    private Examples() {
    }
}
