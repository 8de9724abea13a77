package nl.speelveld.conventions.http;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.speelveld.conventions.problem.Problem;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A write must say exactly what it sends. The framework matches a request without {@code Content-Type}, with a
 * wildcard such as {@code *}{@code /*}, or with another charset, to an operation that consumes JSON and reads the body
 * as JSON anyway; here such a request is a 415. The media type must be one the operation declares (so
 * {@code application/merge-patch+json} only where the operation is a merge patch), and a {@code charset}, when
 * given, must be UTF-8 (RFC 8259: JSON exchanged between systems is UTF-8).
 */
public class ContentTypeFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH");

    @ServerRequestFilter
    public Response check(ContainerRequestContext request, ResourceInfo resource) {
        if (!WRITES.contains(request.getMethod()) || resource == null || resource.getResourceMethod() == null) {
            return null;
        }
        List<String> declared = consumed(resource.getResourceMethod(), resource.getResourceClass());
        if (declared.isEmpty()) {
            return null;
        }
        String header = request.getHeaderString("Content-Type");
        String problem = problemWith(header, declared);
        if (problem == null) {
            return null;
        }
        return Response.status(415).type(Problem.MEDIA_TYPE)
                .entity(new Problem("/problems/unsupported-media-type", "Unsupported Media Type", 415,
                        problem + " Send Content-Type: " + String.join(" or ", declared) + ".",
                        "/" + request.getUriInfo().getPath().replaceFirst("^/", ""), null))
                .build();
    }

    /** What is wrong with this {@code Content-Type} for an operation that consumes {@code declared}; null if nothing. */
    static String problemWith(String header, List<String> declared) {
        if (header == null || header.isBlank()) {
            return "The request has no Content-Type.";
        }
        MediaType type;
        try {
            type = MediaType.valueOf(header.trim());
        } catch (IllegalArgumentException e) {
            return "The Content-Type '" + header + "' cannot be read.";
        }
        if (type.isWildcardType() || type.isWildcardSubtype()) {
            return "The Content-Type '" + header + "' is a wildcard, not the type of the body.";
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.replace("\"", "").equalsIgnoreCase("UTF-8")) {
            return "The charset '" + charset + "' is not supported: JSON is read as UTF-8 only.";
        }
        String essence = (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
        if (!declared.contains(essence)) {
            return "This operation does not accept '" + essence + "'.";
        }
        return null;
    }

    private static List<String> consumed(Method method, Class<?> type) {
        Consumes consumes = method.getAnnotation(Consumes.class);
        if (consumes == null && type != null) {
            consumes = type.getAnnotation(Consumes.class);
        }
        if (consumes == null) {
            return List.of();
        }
        return Arrays.stream(consumes.value()).flatMap(v -> Arrays.stream(v.split(",")))
                .map(v -> MediaType.valueOf(v.trim()))
                .map(t -> (t.getType() + "/" + t.getSubtype()).toLowerCase(Locale.ROOT))
                .toList();
    }
}
