package nl.speelveld.initiative.initiative;

/**
 * The list filters of {@code GET /v1/initiatives}; {@code externalRef} is split into system, instance, type and id.
 */
record InitiativeFilter(InitiativeType type, LifecyclePhase phase, PolicyDomain primaryDomain, String areaCode,
        String[] externalRef, String text) {

    /** The filters as part of the cursor's scope, so a cursor only works for the list it came from. */
    String scope() {
        return type + "|" + phase + "|" + primaryDomain + "|" + areaCode + "|"
                + (externalRef == null ? null : String.join(":", externalRef)) + "|" + text;
    }
}
