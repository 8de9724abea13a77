package nl.speelveld.assessment.decisionrecord;

/**
 * Request and response examples of the OpenAPI document for decision records, from worked case A (Energiecoöperatie
 * Zonnewijk).
 */
final class Examples {

    private Examples() {
    }

    static final String DECISION_RECORD_REQUEST = """
            {"axis": "FEASIBILITY_INCLUSIVITY", "choice": "KEEP_FOCUS_WITH_MITIGATION",
             "rationale": "De coöperatie blijft bij zonnepanelen en isolatie voor leden. Energiearmoede bij huurders beleggen we in de wijkaanpak.",
             "interestsConsidered": [{"interestId": "9e8d7c6b-5a4f-4e3d-9c2b-1a0f9e8d7c6b",
                                      "note": "Aangenomen belang van huurders; nog niet gehoord."}],
             "groupsConsulted": ["2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d"],
             "mitigations": ["Huurdersvereniging uitnodigen voor de wijkaanpak"],
             "acceptedRisks": ["Huurders profiteren voorlopig niet mee"],
             "mandate": "MANAGER", "decidedBy": "u-4711, beleidsadviseur duurzaamheid",
             "decidedOn": "2026-11-03", "reviewOn": "2027-05-01"}
            """;

    static final String DECISION_RECORD = """
            {"id": "c4a8e2f1-6b3d-4e9a-8f7c-1d2e3b4a5c69", "municipalityCode": "GM0344", "version": 0,
             "createdAt": "2026-11-03T14:05:00Z", "updatedAt": "2026-11-03T14:05:00Z",
             "assessmentId": "7b0e4c52-1d3a-4f8e-b6a9-5c2d8e1f0a47",
             "initiativeId": "3f1c2a9e-8d4b-4c6f-9a1e-2b7d5c8e0f13",
             "axis": "FEASIBILITY_INCLUSIVITY", "choice": "KEEP_FOCUS_WITH_MITIGATION",
             "rationale": "De coöperatie blijft bij zonnepanelen en isolatie voor leden. Energiearmoede bij huurders beleggen we in de wijkaanpak.",
             "interestsConsidered": [{"interestId": "9e8d7c6b-5a4f-4e3d-9c2b-1a0f9e8d7c6b",
                                      "note": "Aangenomen belang van huurders; nog niet gehoord."}],
             "groupsConsulted": ["2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d"],
             "mitigations": ["Huurdersvereniging uitnodigen voor de wijkaanpak"],
             "acceptedRisks": ["Huurders profiteren voorlopig niet mee"],
             "mandate": "MANAGER", "decidedBy": "u-4711, beleidsadviseur duurzaamheid",
             "decidedOn": "2026-11-03", "reviewOn": "2027-05-01", "supersedes": null, "supersededBy": null}
            """;
}
