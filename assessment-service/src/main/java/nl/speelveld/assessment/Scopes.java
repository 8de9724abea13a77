package nl.speelveld.assessment;

/** The token scopes that gate this service's route families. */
final class Scopes {

    static final String READ = "assessments:read";
    static final String WRITE = "assessments:write";

    private Scopes() {
    }
}
