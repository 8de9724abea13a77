package nl.speelveld.initiative.shared;

/** The token scopes that gate this service's route families. */
public final class Scopes {

    public static final String READ = "initiatives:read";
    public static final String WRITE = "initiatives:write";
    public static final String ADMIN = "admin";

    private Scopes() {
    }
}
