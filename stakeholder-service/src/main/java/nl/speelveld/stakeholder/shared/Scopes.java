package nl.speelveld.stakeholder.shared;

/** The token scopes that gate this service's route families. */
public final class Scopes {

    public static final String READ = "stakeholders:read";
    public static final String WRITE = "stakeholders:write";

    private Scopes() {
    }
}
