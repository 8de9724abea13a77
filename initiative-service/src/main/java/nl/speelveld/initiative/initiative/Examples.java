package nl.speelveld.initiative.initiative;

/**
 * OpenAPI examples of initiatives, taken from worked case A (Energiecoöperatie Zonnewijk); ids are made up, and the
 * same in the examples of every feature.
 */
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

    private Examples() {
    }
}
