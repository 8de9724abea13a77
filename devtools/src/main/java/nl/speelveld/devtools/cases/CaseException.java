package nl.speelveld.devtools.cases;

/**
 * A case that cannot be run to the end: a malformed case file, a service that cannot be reached, or a load request
 * that a service refused. The runner stops that case; no check counts are reported for it.
 */
public final class CaseException extends RuntimeException {

    public CaseException(String message) {
        super(message);
    }

    public CaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
