package nl.speelveld.stakeholder.shared;

/** OpenAPI examples, taken from worked case A (Energiecoöperatie Zonnewijk) and case B (Buurtpark De Hoven). */
public final class Examples {

    public static final String INITIATIVE_A = "3f1c2a9e-8d4b-4c6f-9a1e-2b7d5c8e0f13";
    public static final String INITIATIVE_B = "7a2d4e6f-1b3c-4d5e-8f9a-0b1c2d3e4f5a";

    public static final String GROUP_REQUEST = """
            {"initiativeId": "3f1c2a9e-8d4b-4c6f-9a1e-2b7d5c8e0f13", "name": "Huurders sociale huur",
             "source": "BROADER_PUBLIC", "category": "RESIDENTS_SOCIAL_RENT", "affected": true,
             "estimatedSize": 905, "sizeUnit": "HOUSEHOLDS", "power": false, "legitimacy": true,
             "legitimacyJustification": "38% van de huishoudens in de wijk", "urgency": true,
             "urgencyJustification": "Energiearmoede", "voice": "NOT_INVOLVED", "voiceEvidence": "ASSUMED",
             "hardToReach": true, "barriers": ["LANGUAGE", "TRUST"]}""";

    public static final String GROUP_REQUEST_B = """
            {"initiativeId": "7a2d4e6f-1b3c-4d5e-8f9a-0b1c2d3e4f5a", "name": "Hondenbezitters",
             "source": "BROADER_PUBLIC", "affected": true, "power": true, "legitimacy": true, "urgency": true,
             "voice": "ACTIVELY_INVOLVED"}""";

    public static final String GROUP = """
            {"id": "0b6f1f5e-2c3d-4e8f-9a0b-1c2d3e4f5a6b", "municipalityCode": "GM0344", "version": 0,
             "createdAt": "2026-11-01T09:30:00Z", "updatedAt": "2026-11-01T09:30:00Z",
             "initiativeId": "3f1c2a9e-8d4b-4c6f-9a1e-2b7d5c8e0f13", "name": "Huurders sociale huur",
             "source": "BROADER_PUBLIC", "category": "RESIDENTS_SOCIAL_RENT", "affected": true,
             "estimatedSize": 905, "sizeUnit": "HOUSEHOLDS", "power": false, "legitimacy": true,
             "legitimacyJustification": "38% van de huishoudens in de wijk", "urgency": true,
             "urgencyJustification": "Energiearmoede", "salienceClass": "DEPENDENT", "voice": "NOT_INVOLVED",
             "voiceEvidence": "ASSUMED", "hardToReach": true, "barriers": ["LANGUAGE", "TRUST"]}""";

    public static final String INTEREST_REQUEST = """
            {"initiativeId": "7a2d4e6f-1b3c-4d5e-8f9a-0b1c2d3e4f5a", "groupId": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b",
             "issueId": "c4e8a1b2-5d6f-4a7b-9c0d-1e2f3a4b5c6d", "kind": "WISH",
             "statement": {"nl": "Minder maaien is prima, maar de honden moeten ergens los kunnen lopen."},
             "stance": "OPPOSE", "intensity": "HIGH", "evidence": "PETITION", "recordedOn": "2026-11-01"}""";

    public static final String INTEREST = """
            {"id": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a", "municipalityCode": "GM0344", "version": 0,
             "createdAt": "2026-11-01T09:30:00Z", "updatedAt": "2026-11-01T09:30:00Z",
             "initiativeId": "7a2d4e6f-1b3c-4d5e-8f9a-0b1c2d3e4f5a", "groupId": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b",
             "issueId": "c4e8a1b2-5d6f-4a7b-9c0d-1e2f3a4b5c6d", "kind": "WISH",
             "statement": {"nl": "Minder maaien is prima, maar de honden moeten ergens los kunnen lopen."},
             "stance": "OPPOSE", "intensity": "HIGH", "evidence": "PETITION", "recordedOn": "2026-11-01",
             "response": {"status": "OPEN"}}""";

    public static final String RESPONSE_REQUEST = """
            {"status": "REFERRED", "reason": "Een hondenuitlaatzone valt buiten het parkbeheer; doorverwezen naar het wijkprogramma.",
             "respondedOn": "2026-11-01", "respondedBy": "GOVERNMENT"}""";

    public static final String REPRESENTATION_REQUEST = """
            {"representativeGroupId": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
             "representedGroupId": "0b6f1f5e-2c3d-4e8f-9a0b-1c2d3e4f5a6b", "basis": "ELECTED_MANDATE",
             "since": "2024-01-01", "lastConsultedOn": "2026-06-01",
             "note": "De huurdersvereniging spreekt namens de huurders van de corporatie."}""";

    public static final String POPULATION_REQUEST = """
            {"name": "Huishoudens Zonnewijk (CBS 2024)", "areaCodes": ["BU03440101"], "basis": "ALL_RESIDENTS",
             "source": "CBS_KWB", "sourceTable": "85984NED", "referenceYear": 2024,
             "shares": [{"dimension": "TENURE", "category": "OWNER", "value": 0.55},
                        {"dimension": "TENURE", "category": "SOCIAL_RENT", "value": 0.38},
                        {"dimension": "TENURE", "category": "PRIVATE_RENT", "value": 0.07}]}""";

    public static final String POPULATION_REQUEST_B = """
            {"name": "Volwassen bewoners rond het park", "areaCodes": ["BU03440202"], "basis": "ADULTS",
             "rationale": "Het park is van en voor alle volwassen buurtbewoners.", "source": "CBS_KWB",
             "sourceTable": "85984NED", "referenceYear": 2024,
             "shares": [{"dimension": "AGE_BAND", "category": "15-24", "value": 0.14},
                        {"dimension": "AGE_BAND", "category": "25-44", "value": 0.34},
                        {"dimension": "AGE_BAND", "category": "45-64", "value": 0.30},
                        {"dimension": "AGE_BAND", "category": "65+", "value": 0.22}]}""";

    public static final String PARTICIPANT_REQUEST = """
            {"initiativeId": "7a2d4e6f-1b3c-4d5e-8f9a-0b1c2d3e4f5a", "groupId": "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
             "scope": "CORE_GROUP", "measuredOn": "2026-09-01", "n": 12, "method": "ORGANISER_COUNT",
             "referenceProfileId": "6c7d8e9f-0a1b-4c2d-8e3f-4a5b6c7d8e9f",
             "counts": [{"dimension": "AGE_BAND", "category": "15-24", "count": 0},
                        {"dimension": "AGE_BAND", "category": "25-44", "count": 1},
                        {"dimension": "AGE_BAND", "category": "45-64", "count": 4},
                        {"dimension": "AGE_BAND", "category": "65+", "count": 7}]}""";

    public static final String SNAPSHOT_REQUEST = """
            {"initiativeId": "7a2d4e6f-1b3c-4d5e-8f9a-0b1c2d3e4f5a", "groupId": "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
             "takenOn": "2026-10-01", "coreSize": 12, "coreJoinedLast24Months": 0}""";

    public static final String CONSULTATION_REQUEST = """
            {"initiativeId": "3f1c2a9e-8d4b-4c6f-9a1e-2b7d5c8e0f13",
             "representativeGroupId": "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f", "heldOn": "2026-06-01",
             "method": "GENERAL_MEETING", "constituencySize": 175, "respondents": 66,
             "issueStances": [{"issueId": "d5f9b2c3-6e7a-4b8c-8d1e-2f3a4b5c6d7e", "majorityStance": "SUPPORT"}]}""";

    public static final String OVERRIDE_REQUEST = """
            {"interestIdA": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a", "interestIdB": "8c7b6a5f-4e3d-4c2b-9a1f-0e9d8c7b6a5f",
             "relation": "COMPATIBLE",
             "reason": "Een losloopzone aan de rand van het park past bij natuurlijk beheer in de rest."}""";

    private static final String META = """
            "municipalityCode": "GM0344", "version": 0, "createdAt": "2026-11-01T09:30:00Z",
             "updatedAt": "2026-11-01T09:30:00Z",""";

    public static final String REPRESENTATION = """
            {"id": "4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a", """ + META + """
             "initiativeId": "3f1c2a9e-8d4b-4c6f-9a1e-2b7d5c8e0f13",
             "representativeGroupId": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
             "representedGroupId": "0b6f1f5e-2c3d-4e8f-9a0b-1c2d3e4f5a6b", "basis": "ELECTED_MANDATE",
             "since": "2024-01-01", "lastConsultedOn": "2026-06-01",
             "note": "De huurdersvereniging spreekt namens de huurders van de corporatie."}""";

    public static final String POPULATION = """
            {"id": "6c7d8e9f-0a1b-4c2d-8e3f-4a5b6c7d8e9f", """ + META + """
             "name": "Huishoudens Zonnewijk (CBS 2024)", "areaCodes": ["BU03440101"], "basis": "ALL_RESIDENTS",
             "source": "CBS_KWB", "sourceTable": "85984NED", "referenceYear": 2024,
             "shares": [{"dimension": "TENURE", "category": "OWNER", "value": 0.55},
                        {"dimension": "TENURE", "category": "SOCIAL_RENT", "value": 0.38},
                        {"dimension": "TENURE", "category": "PRIVATE_RENT", "value": 0.07}]}""";

    public static final String PARTICIPANT = """
            {"id": "7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a", """ + META + """
             "initiativeId": "7a2d4e6f-1b3c-4d5e-8f9a-0b1c2d3e4f5a", "groupId": "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
             "scope": "CORE_GROUP", "measuredOn": "2026-09-01", "n": 12, "method": "ORGANISER_COUNT",
             "referenceProfileId": "6c7d8e9f-0a1b-4c2d-8e3f-4a5b6c7d8e9f",
             "counts": [{"dimension": "AGE_BAND", "category": "15-24", "count": 0},
                        {"dimension": "AGE_BAND", "category": "25-44", "count": 1},
                        {"dimension": "AGE_BAND", "category": "45-64", "count": 4},
                        {"dimension": "AGE_BAND", "category": "65+", "count": 7}]}""";

    public static final String SNAPSHOT = """
            {"id": "8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b", """ + META + """
             "initiativeId": "7a2d4e6f-1b3c-4d5e-8f9a-0b1c2d3e4f5a", "groupId": "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
             "takenOn": "2026-10-01", "coreSize": 12, "coreJoinedLast24Months": 0}""";

    public static final String CONSULTATION = """
            {"id": "9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c", """ + META + """
             "initiativeId": "3f1c2a9e-8d4b-4c6f-9a1e-2b7d5c8e0f13",
             "representativeGroupId": "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f", "heldOn": "2026-06-01",
             "method": "GENERAL_MEETING", "constituencySize": 175, "respondents": 66,
             "issueStances": [{"issueId": "d5f9b2c3-6e7a-4b8c-8d1e-2f3a4b5c6d7e", "majorityStance": "SUPPORT"}]}""";

    public static final String OVERRIDE = """
            {"id": "0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d", """ + META + """
             "initiativeId": "7a2d4e6f-1b3c-4d5e-8f9a-0b1c2d3e4f5a", "issueId": "e6a0c3d4-7f8b-4c9d-9e2f-3a4b5c6d7e8f",
             "interestIdA": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a", "interestIdB": "8c7b6a5f-4e3d-4c2b-9a1f-0e9d8c7b6a5f",
             "relation": "COMPATIBLE",
             "reason": "Een losloopzone aan de rand van het park past bij natuurlijk beheer in de rest."}""";

    public static final String MAP = """
            {"initiativeId": "7a2d4e6f-1b3c-4d5e-8f9a-0b1c2d3e4f5a", "municipalityCode": "GM0344",
             "sources": [
              {"source": "COPRODUCING_CITIZENS", "label": {"nl": "coproducerende burgers", "en": "co-producing citizens"},
               "groups": [{"id": "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e", "name": "Kerngroep bewoners",
                           "salienceClass": "DEFINITIVE", "power": true, "legitimacy": true, "urgency": true,
                           "voice": "ACTIVE_COPRODUCER", "affected": true, "barriers": [], "estimatedSize": 12}]},
              {"source": "BROADER_PUBLIC", "label": {"nl": "breder publiek", "en": "broader public"},
               "groups": [{"id": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b", "name": "Jongeren",
                           "salienceClass": "DISCRETIONARY", "power": false, "legitimacy": true, "urgency": false,
                           "voice": "NOT_INVOLVED", "affected": true, "hardToReach": true, "barriers": []}]},
              {"source": "PUBLIC_ORGANISATION", "label": {"nl": "(betrokken) publieke organisatie",
               "en": "public organisation"}, "groups": []},
              {"source": "POLITICS", "label": {"nl": "politiek", "en": "politics"}, "groups": []}],
             "unassigned": []}""";

    public static final String MATRIX = """
            {"initiativeId": "7a2d4e6f-1b3c-4d5e-8f9a-0b1c2d3e4f5a", "municipalityCode": "GM0344",
             "groups": [{"id": "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e", "name": "Kerngroep bewoners",
                         "source": "COPRODUCING_CITIZENS", "voice": "ACTIVE_COPRODUCER"},
                        {"id": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b", "name": "Hondenbezitters",
                         "source": "BROADER_PUBLIC", "voice": "ACTIVELY_INVOLVED"}],
             "issues": [{"issueId": "c4e8a1b2-5d6f-4a7b-9c0d-1e2f3a4b5c6d",
               "stances": [{"groupId": "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
                            "interestId": "8c7b6a5f-4e3d-4c2b-9a1f-0e9d8c7b6a5f", "stance": "STRONGLY_SUPPORT",
                            "kind": "IDEA", "evidence": "MEETING", "recordedOn": "2026-11-01",
                            "responseStatus": "OPEN"},
                           {"groupId": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b",
                            "interestId": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a", "stance": "OPPOSE",
                            "kind": "WISH", "evidence": "PETITION", "recordedOn": "2026-11-01",
                            "responseStatus": "OPEN"}],
               "pairs": 1,
               "conflicts": [{"groupIdA": "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
                              "groupIdB": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b",
                              "interestIdA": "8c7b6a5f-4e3d-4c2b-9a1f-0e9d8c7b6a5f",
                              "interestIdB": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a", "stanceA": "STRONGLY_SUPPORT",
                              "stanceB": "OPPOSE"}],
               "conflictCount": 1, "conflictsTruncated": false,
               "overridesApplied": 0}]}""";

    private Examples() {
    }
}
