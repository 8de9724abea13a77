package nl.speelveld.conventions.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one place where failures become RFC 9457 problem documents, for the service's own exceptions and for the
 * framework's (unknown path, wrong method, wrong media type, malformed JSON, failed authentication). Nothing about
 * the implementation (class names, stack traces, SQL) ever reaches the client; 5xx are logged with the request id.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response apiException(ApiException e, UriInfo uri) {
        if (e.status() >= 500) {
            LOG.warnf("%d %s: %s", e.status(), path(uri), e.getMessage());
        }
        Response.ResponseBuilder builder = answer(new Problem(e.type(), e.title(), e.status(), e.getMessage(),
                path(uri), e.errors()));
        e.headers().forEach(builder::header);
        return builder.build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v.getPropertyPath()), v.getMessage(), codeOf(v)))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return apiException(ApiException.validation(errors), uri);
    }

    @ServerExceptionMapper(value = {JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class,
            ValueInstantiationException.class}, priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response json(JsonProcessingException e, UriInfo uri) {
        return apiException(ApiException.validation(List.of(fieldErrorOf(e))), uri);
    }

    private final nl.speelveld.conventions.http.ResourceMethods resourceMethods;

    ProblemMappers(nl.speelveld.conventions.http.ResourceMethods resourceMethods) {
        this.resourceMethods = resourceMethods;
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, jakarta.ws.rs.core.Request request) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        if (cause instanceof ConstraintViolationException violation) {
            return constraintViolation(violation, uri);
        }
        int status = e.getResponse().getStatus();
        java.util.Set<String> allowed = status == 404 || status == 405
                ? resourceMethods.allowed(path(uri)) : java.util.Set.of();
        if (status == 404 && !allowed.isEmpty() && !allowed.contains(request.getMethod())) {
            status = 405;
        }
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error";
        String detail = switch (status) {
            case 404 -> "There is no resource at " + path(uri) + ".";
            case 405 -> "This resource does not support this method."
                    + (allowed.isEmpty() ? "" : " Allowed: " + String.join(", ", allowed) + ".");
            case 406 -> "This resource cannot answer in any media type your Accept header lists.";
            case 413 -> "The request body is larger than the limit of 256 KiB.";
            case 415 -> "This resource does not accept that Content-Type. Send application/json"
                    + " (application/merge-patch+json for PATCH).";
            default -> status >= 500 ? "The service could not answer this request." : title + ".";
        };
        if (status >= 500) {
            LOG.errorf(e, "%d on %s", status, path(uri));
        }
        Response.ResponseBuilder builder = answer(new Problem("/problems/" + slug(title), title, status, detail,
                path(uri), null));
        if (status == 405 && !allowed.isEmpty()) {
            builder.header("Allow", String.join(", ", allowed));
        }
        return builder.build();
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return apiException(ApiException.unauthorized(
                "A valid bearer token is required: it is missing, expired, wrongly signed, or issued for another"
                        + " issuer or audience."), uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return answer(new Problem("/problems/forbidden", "Forbidden", 403,
                "Your token does not carry the scope this operation needs.", path(uri), null)).build();
    }

    /** Two writers raced on the same version: the later one is told, as with a stale If-Match. */
    @ServerExceptionMapper({jakarta.persistence.OptimisticLockException.class,
            org.hibernate.StaleStateException.class})
    public Response lostRace(RuntimeException e, UriInfo uri) {
        return answer(new Problem("/problems/precondition-failed", "Precondition failed", 412,
                "The resource changed while your update was applied. Read it again and retry with its ETag.",
                path(uri), null)).build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseFailures.isUnavailable(e)) {
            LOG.warnf("503 %s: the database cannot be reached (%s)", path(uri), DatabaseFailures.describe(e));
            return apiException(ApiException.databaseUnavailable(DatabaseFailures.RETRY_AFTER_SECONDS), uri);
        }
        LOG.errorf(e, "Unexpected failure on %s", path(uri));
        return answer(new Problem("/problems/internal", "Internal Server Error", 500,
                "The service could not answer this request. The failure was logged with this request's id.",
                path(uri), null)).build();
    }

    private static Response.ResponseBuilder answer(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }


    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** Renders a Bean Validation path as the JSON path of the field, without method and parameter names. */
    static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CROSS_PARAMETER || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.isInIterable()) {
                if (node.getKey() != null) {
                    field.append('.').append(node.getKey());
                } else if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                }
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (node.getName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static String codeOf(ConstraintViolation<?> v) {
        String annotation = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (annotation) {
            case "NotNull", "NotBlank", "NotEmpty" -> "required";
            case "Size" -> "size";
            case "Max", "Min", "DecimalMax", "DecimalMin", "Positive", "PositiveOrZero" -> "range";
            case "Pattern" -> "pattern";
            default -> annotation.substring(0, 1).toLowerCase() + annotation.substring(1);
        };
    }

    /** Names the field of a JSON mapping failure and says, for unknown codes, which codes are allowed. */
    public static FieldError fieldErrorOf(JsonProcessingException e) {
        if (e instanceof JsonParseException) {
            return new FieldError("body", "is not well-formed JSON (" + e.getOriginalMessage() + ")", "malformed-json");
        }
        String field = e instanceof JsonMappingException m ? pathOf(m.getPath()) : "body";
        if (e instanceof UnrecognizedPropertyException u) {
            String name = pathOf(u.getPath());
            return new FieldError(name, "is not a property you can send here (unknown or read-only)",
                    "unknown-property");
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            String allowed = Arrays.stream(f.getTargetType().getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return new FieldError(field, "has an unknown code '" + f.getValue() + "'; allowed: " + allowed,
                    "unknown-code");
        }
        if (e instanceof InvalidFormatException f && (f.getTargetType() == Boolean.class
                || f.getTargetType() == boolean.class) && f.getValue() instanceof Number) {
            // a JSON number where a boolean belongs (1 for true): the type is wrong, not its format
            return new FieldError(field, "must be " + simpleTypeName(f.getTargetType()), "wrong-type");
        }
        if (e instanceof InvalidFormatException f) {
            // the strict reader's own refusals say what is wrong ("must be at most 10000 characters")
            String said = f.getOriginalMessage() == null ? "" : f.getOriginalMessage();
            int must = said.startsWith("must ") ? 0 : said.lastIndexOf(": must ") + 2;
            if (must >= 0 && said.startsWith("must ", must)) {
                String message = said.substring(must);
                return new FieldError(field, message, message.contains(" at most ") ? "size" : "wrong-format");
            }
            return new FieldError(field, "has a value of the wrong format: '" + f.getValue() + "'", "wrong-format");
        }
        if (e instanceof ValueInstantiationException v && v.getCause() instanceof ApiException api
                && api.errors() != null && !api.errors().isEmpty()) {
            return api.errors().get(0);
        }
        if (e instanceof MismatchedInputException mi) {
            String type = mi.getTargetType() == null ? "value" : simpleTypeName(mi.getTargetType());
            return new FieldError(field, "must be " + type, "wrong-type");
        }
        return new FieldError(field, "cannot be read", "invalid");
    }

    private static String simpleTypeName(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type == java.time.LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        return "an object";
    }

    private static String pathOf(List<JsonMappingException.Reference> refs) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
