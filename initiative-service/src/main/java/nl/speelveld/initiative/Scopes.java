package nl.speelveld.initiative;

/** The token scopes that gate this service's route families. */
final class Scopes {

    static final String READ = "initiatives:read";
    static final String WRITE = "initiatives:write";
    static final String ADMIN = "admin";

    private Scopes() {
    }
}
