package nl.speelveld.initiative.issue;

/**
 * OpenAPI examples of issues, taken from worked case A (Energiecoöperatie Zonnewijk); ids are made up, and the same in
 * the examples of every feature.
 */
final class Examples {

    static final String ISSUE_REQUEST = """
            {"label": {"nl": "Energiearmoede bij huurders", "en": "Energy poverty among tenants"},
             "description": {"nl": "Huurders van de corporatie kunnen niet meedoen met zonnepanelen op eigen dak."},
             "domain": "ENERGY", "raisedByGroupIds": ["b2d4f6a8-1c3e-4a5b-8d7f-9e0a1b2c3d4e"],
             "raisedOn": "2026-06-12",
             "scopeNote": {"nl": "Buiten de afbakening: de coöperatie richt zich op de daken van haar leden."}}""";

    static final String ISSUE = """
            {"id": "7c4e1b2a-5d3f-4e8a-9b6c-1a2d3e4f5a61", "municipalityCode": "GM0344", "version": 1,
             "createdAt": "2026-11-01T09:31:00Z", "updatedAt": "2026-11-01T09:32:00Z",
             "initiativeId": "3f1c2a9e-8d4b-4c6f-9a1e-2b7d5c8e0f13",
             "label": {"nl": "Energiearmoede bij huurders", "en": "Energy poverty among tenants"},
             "description": {"nl": "Huurders van de corporatie kunnen niet meedoen met zonnepanelen op eigen dak."},
             "domain": "ENERGY", "raisedByGroupIds": ["b2d4f6a8-1c3e-4a5b-8d7f-9e0a1b2c3d4e"],
             "raisedOn": "2026-06-12",
             "scopeNote": {"nl": "Buiten de afbakening: de coöperatie richt zich op de daken van haar leden."},
             "inScope": false}""";

    static final String ISSUE_PATCH = """
            {"scopeNote": {"nl": "Voorlopig buiten de afbakening; de wijkaanpak pakt dit op."}}""";

    static final String ISSUE_PAGE = "{\"items\": [" + ISSUE + "], \"next\": null}";

    private Examples() {
    }
}
