package nl.speelveld.conventions.problem;

import java.util.List;
import java.util.Map;

/**
 * A failure that the client is told about as a problem document. Services throw the named factories below;
 * {@link ProblemMappers} turns them into answers. Never carries a stack trace or class name to the client.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;
    private final Map<String, String> headers;

    public ApiException(int status, String type, String title, String detail, List<FieldError> errors,
            Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors;
        this.headers = headers == null ? Map.of() : headers;
    }

    public static ApiException validation(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? "1 field is invalid: " + errors.get(0).field() + " " + errors.get(0).message()
                : errors.size() + " fields are invalid: " + String.join(", ", errors.stream().map(FieldError::field).toList());
        return new ApiException(400, "/problems/validation", "Invalid request", detail, List.copyOf(errors), null);
    }

    public static ApiException invalidField(String field, String message, String code) {
        return validation(List.of(new FieldError(field, message, code)));
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(400, "/problems/bad-request", "Bad request", detail, null, null);
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(404, "/problems/not-found", "Not found",
                "There is no " + what + " with id " + id + " for your municipality.", null, null);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "/problems/conflict", "Conflict", detail, null, null);
    }

    public static ApiException preconditionRequired() {
        return new ApiException(428, "/problems/precondition-required", "Precondition required",
                "This update needs an If-Match header with the ETag of the version you read.", null, null);
    }

    public static ApiException preconditionFailed(long current) {
        return new ApiException(412, "/problems/precondition-failed", "Precondition failed",
                "The resource changed since you read it: the current version is " + current
                        + ". Read it again and retry with its ETag.", null, null);
    }

    public static ApiException methodNotAllowed(String detail, String allow) {
        return new ApiException(405, "/problems/method-not-allowed", "Method not allowed", detail, null,
                Map.of("Allow", allow));
    }

    public static ApiException unprocessable(String detail) {
        return new ApiException(422, "/problems/unprocessable", "Unprocessable request", detail, null, null);
    }

    public static ApiException unavailable(String detail, int retryAfterSeconds) {
        return new ApiException(503, "/problems/dependency-unavailable", "Service unavailable", detail, null,
                Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
    }

    /** The service's own database cannot be reached (connections cut, pool exhausted); see {@link DatabaseFailures}. */
    public static ApiException databaseUnavailable(int retryAfterSeconds) {
        return new ApiException(503, "/problems/database-unavailable", "Service unavailable",
                "The service cannot reach its database at the moment. Retry after " + retryAfterSeconds
                        + " seconds (a create with the same Idempotency-Key, so that it is never made twice).", null,
                Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, "/problems/forbidden", "Forbidden", detail, null, null);
    }

    public static ApiException unauthorized(String detail) {
        return new ApiException(401, "/problems/unauthorized", "Unauthorized", detail, null,
                Map.of("WWW-Authenticate", "Bearer"));
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
