package nl.speelveld.assessment;

/**
 * Request and response examples of the OpenAPI document, from worked case A (Energiecoöperatie Zonnewijk).
 *
 * <p>The examples leave out {@code inputDigest} and {@code inputs}: the ADR ruleset's "must be able to return 400"
 * rule matches every property under {@code paths} whose name contains "put", "post" or "patch", example values
 * included. Their schemas carry the examples instead.
 */
final class Examples {

    private Examples() {
    }

    static final String ASSESSMENT = """
            {"id": "7b0e4c52-1d3a-4f8e-b6a9-5c2d8e1f0a47", "municipalityCode": "GM0344", "version": 0,
             "createdAt": "2026-11-01T09:30:00Z", "updatedAt": "2026-11-01T09:30:00Z",
             "initiativeId": "3f1c2a9e-8d4b-4c6f-9a1e-2b7d5c8e0f13", "asOf": "2026-11-01",
             "methodVersion": "dilemma-1.0", "thresholdSetVersion": "default-1", "referenceProfileIds": [],
             "axes": [
              {"axis": "FEASIBILITY_INCLUSIVITY", "position": 40, "positionLabel": "FOCUSED", "markers": [],
               "risks": [{"type": "INCLUSIVITY", "level": "HIGH", "drivenBy": ["FI-3", "FI-4", "FI-5"]},
                         {"type": "FEASIBILITY", "level": "LOW", "drivenBy": ["FI-2", "FI-6", "FI-7"]},
                         {"type": "BROADENING_PREVIEW", "level": "HIGH", "drivenBy": ["FI-8"]}]},
              {"axis": "ROLE", "position": 25, "positionLabel": "FACILITATE",
               "markers": [{"label": "DIRECT", "position": 75, "kind": "EXPECTED",
                            "holder": {"source": "POLITICS", "name": "Wethouder en gemeenteraad"}}],
               "risks": [{"type": "ROLE_TENSION", "level": "MEDIUM", "drivenBy": ["RO-2", "RO-5"]}]}],
             "indicators": [
              {"code": "FI-2", "axis": "FEASIBILITY_INCLUSIVITY",
               "label": {"nl": "Aantal kwesties", "en": "Issue load"}, "value": 2, "band": "LOW",
               "formula": "N_in = 2",
               "explanation": {"nl": "Er vallen 2 kwesties binnen de afbakening.",
                               "en": "2 issues are in scope."},
               "sources": ["van Eijk & Cuppen 2022"], "details": {}}],
             "flags": [],
             "warnings": [{"code": "ASSUMED_INTERESTS",
                           "message": {"nl": "2 belangen zijn aangenomen.", "en": "2 interests are assumed."}}],
             "questions": [{"code": "Q-RECORD", "triggeredBy": [],
                            "text": {"nl": "Welke afweging maakt u nu, en waarom?",
                                     "en": "What trade-off are you making now, and why?"}}],
             "disclaimer": {"nl": "Deze analyse ondersteunt uw afweging; zij neemt geen besluit en geeft geen oordeel over het initiatief.",
                            "en": "This analysis supports your weighing; it does not decide and does not judge the initiative."}}
            """;

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

    static final String TIMELINE = """
            {"initiativeId": "3f1c2a9e-8d4b-4c6f-9a1e-2b7d5c8e0f13", "municipalityCode": "GM0344",
             "items": [
              {"id": "7b0e4c52-1d3a-4f8e-b6a9-5c2d8e1f0a47", "asOf": "2026-11-01",
               "createdAt": "2026-11-01T09:30:00Z", "methodVersion": "dilemma-1.0", "thresholdSetVersion": "default-1",
                 "axes": [
                {"axis": "FEASIBILITY_INCLUSIVITY", "position": 40, "positionLabel": "FOCUSED",
                 "risks": [{"type": "INCLUSIVITY", "level": "HIGH", "drivenBy": ["FI-3", "FI-4", "FI-5"]},
                           {"type": "FEASIBILITY", "level": "LOW", "drivenBy": ["FI-2", "FI-6", "FI-7"]},
                           {"type": "BROADENING_PREVIEW", "level": "HIGH", "drivenBy": ["FI-8"]}]},
                {"axis": "ROLE", "position": 25, "positionLabel": "FACILITATE",
                 "risks": [{"type": "ROLE_TENSION", "level": "MEDIUM", "drivenBy": ["RO-2", "RO-5"]}]}],
               "flags": []}]}
            """;

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
              "conflictLines": []},
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

    static final String THRESHOLD_SET = """
            {"version": "GM0344-1", "builtIn": false, "values": {"band.fi5.hi": 0.25, "band.fi5.lo": 0.1},
             "overrides": {"band.fi5.hi": 0.25}, "rationale": "Kalibratie met drie wijkteams, oktober 2026",
             "changedBy": "u-4711", "validFrom": "2026-11-01",
             "descriptions": {"band.fi5.hi": "FI-5 from this D the band is HIGH (default 0.2)"}}
            """;
}
