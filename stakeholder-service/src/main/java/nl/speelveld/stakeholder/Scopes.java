package nl.speelveld.stakeholder;

/** The token scopes that gate this service's route families. */
final class Scopes {

    static final String READ = "stakeholders:read";
    static final String WRITE = "stakeholders:write";

    private Scopes() {
    }
}
