package nl.speelveld.assessment.shared;

/** The token scopes that gate this service's route families. */
public final class Scopes {

    public static final String READ = "assessments:read";
    public static final String WRITE = "assessments:write";
    /** The municipality's administrator: erasure of a person's reference. */
    public static final String ADMIN = "admin";

    private Scopes() {
    }
}
