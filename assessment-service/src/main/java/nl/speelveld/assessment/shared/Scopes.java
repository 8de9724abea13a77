package nl.speelveld.assessment.shared;

/** The token scopes that gate this service's route families. */
public final class Scopes {

    public static final String READ = "assessments:read";
    public static final String WRITE = "assessments:write";

    private Scopes() {
    }
}
