package nl.speelveld.assessment.assessment;

/**
 * Response examples of the OpenAPI document for assessments and their timeline, from worked case A
 * (Energiecoöperatie Zonnewijk).
 *
 * <p>The examples leave out {@code inputDigest} and {@code inputs}: the ADR ruleset's "must be able to return 400"
 * rule matches every property under {@code paths} whose name contains "put", "post" or "patch", example values
 * included. Their schemas carry the examples instead.
 */
final class Examples {

    private Examples() {
    }

    /** A page of FI-3's inputs (worked case A): the affected groups and the voice each was read with. */
    static final String INPUTS = """
            {"items": [{"ref": "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e", "label": "Leden en kerngroep",
                        "value": "ACTIVE_COPRODUCER"},
                       {"ref": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b", "label": "Huurders sociale huur",
                        "value": "NOT_INVOLVED"}],
             "next": "aTIwfFdfT0R1bkxtNVhRa3pVY0hEUkZ0M0xNbXk2TkFZVjZhQUNQV3ZwNzQ"}""";

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
}
