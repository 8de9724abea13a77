package nl.speelveld.assessment.report;

/**
 * Response examples of the OpenAPI document for participation reports (JSON and HTML), from worked case A
 * (Energiecoöperatie Zonnewijk).
 */
final class Examples {

    private Examples() {
    }

    static final String PARTICIPATION_REPORT = """
            {"initiativeId": "3f1c2a9e-8d4b-4c6f-9a1e-2b7d5c8e0f13", "municipalityCode": "GM0344",
             "generatedAt": "2026-11-03T14:05:00Z",
             "initiative": {"title": {"nl": "Energiecoöperatie Zonnewijk"},
                            "type": "CITIZEN_COLLECTIVE", "phase": "IMPLEMENTATION", "areaCodes": ["BU03440101"]},
             "whoWasInvolved": {
              "bySource": [{"source": "BROADER_PUBLIC", "groups": [
               {"id": "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d", "name": "Huurders sociale huur", "category": null,
                "affected": true, "voice": "NOT_INVOLVED", "voiceEvidence": null, "salienceClass": "DEPENDENT",
                "estimatedSize": 905, "hardToReach": true, "barriers": [], "representedBy": []}]}],
              "representations": []},
             "aboutWhat": {
              "problemDefinition": {"sequence": 1, "statement": {"nl": "Leden wekken samen duurzame energie op."},
                                    "framedBy": "CITIZENS", "scopeType": "LIMITED"},
              "inScope": [{"id": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e", "label": {"nl": "Zonnepanelen op daken van leden"},
                           "description": null, "raisedOn": null, "raisedBy": [], "interests": 3}],
              "outOfScope": [{"id": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f", "label": {"nl": "Energiearmoede bij huurders"},
                              "description": null, "raisedOn": null, "raisedBy": [], "interests": 4}]},
             "whenAndHow": {
              "consultations": [{"id": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b", "heldOn": "2026-06-01",
                                 "method": "GENERAL_MEETING",
                                 "representative": {"id": "6f7a8b9c-0d1e-4f2a-9b3c-4d5e6f7a8b9c", "name": "Leden en kerngroep coöperatie"},
                                 "constituency": null, "constituencySize": 175, "respondents": 66, "reach": 0.377,
                                 "issueStances": []}],
              "interestsByEvidence": {"MEETING": 8, "SURVEY": 2, "WRITTEN_RESPONSE": 4, "PETITION": 0,
                                      "INTERVIEW": 0, "OBSERVATION": 0, "ASSUMED": 2}},
             "whatCameOut": {
              "interests": [{"id": "9e8d7c6b-5a4f-4e3d-9c2b-1a0f9e8d7c6b",
                             "group": {"id": "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d", "name": "Huurders sociale huur"},
                             "issue": {"id": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f", "label": {"nl": "Energiearmoede bij huurders"}, "inScope": false},
                             "kind": "INTEREST", "statement": null, "stance": "SUPPORT", "intensity": null,
                             "evidence": "ASSUMED", "assumed": true, "recordedOn": "2026-09-01", "latest": true}],
              "conflictLines": [], "conflictLineCount": 0, "conflictLinesTruncated": false},
             "whatWasDoneWithIt": {
              "countsByStatus": {"OPEN": 15, "ADOPTED": 1, "PARTLY_ADOPTED": 0, "NOT_ADOPTED": 0,
                                 "OUT_OF_SCOPE": 0, "REFERRED": 0},
              "responses": [{"interestId": "9e8d7c6b-5a4f-4e3d-9c2b-1a0f9e8d7c6b",
                             "group": {"id": "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d", "name": "Huurders sociale huur"},
                             "issue": {"id": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f", "label": {"nl": "Energiearmoede bij huurders"}, "inScope": false},
                             "status": "OPEN", "reason": null, "respondedOn": null, "respondedBy": null}]},
             "roles": {
              "observations": [{"kind": "EXPECTED", "holderSource": "POLITICS", "holderGroup": null, "role": "DIRECT",
                                "observedOn": "2026-07-01", "evidence": "MEETING", "note": null}],
              "keyDecisions": [{"subject": "Subsidieaanvraag isolatie", "decidedOn": "2026-05-01",
                                "decidedBy": "JOINT", "issues": []}]}}
            """;

    static final String PARTICIPATION_REPORT_HTML = """
            <!DOCTYPE html>
            <html lang="nl">
            <head>
            <meta charset="utf-8">
            <title>Participatieverslag: Energiecoöperatie Zonnewijk</title>
            </head>
            <body>
            <main>
            <h1>Participatieverslag: Energiecoöperatie Zonnewijk</h1>
            <section aria-labelledby="betrokkenen">
            <h2 id="betrokkenen">1. Wie waren betrokken</h2>
            </section>
            </main>
            </body>
            </html>
            """;
}
