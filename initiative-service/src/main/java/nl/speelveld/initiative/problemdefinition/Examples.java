package nl.speelveld.initiative.problemdefinition;

/**
 * OpenAPI examples of problem definitions, taken from worked case A (Energiecoöperatie Zonnewijk); ids are made up, and
 * the same in the examples of every feature.
 */
final class Examples {

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

    static final String PROBLEM_DEFINITION_PAGE = "{\"items\": [" + PROBLEM_DEFINITION + "], \"next\": null}";

    private Examples() {
    }
}
