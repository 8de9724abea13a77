package nl.speelveld.conventions.http;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.speelveld.conventions.problem.ApiException;

/**
 * Strong ETags from a resource's {@code version}, and the preconditions that rest on them: {@code If-Match} on
 * updates (missing 428, stale 412: never a lost update), {@code If-None-Match} on reads (304), and the 201 of every
 * create.
 */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Throws 428 or 412 unless {@code ifMatch} names exactly the current version. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiException.preconditionRequired();
        }
        for (String tag : ifMatch.split(",")) {
            String value = tag.trim();
            if (value.equals("*") || value.equals("\"" + currentVersion + "\"")) {
                return;
            }
        }
        throw ApiException.preconditionFailed(currentVersion);
    }

    /** The answer to a conditional read: 304 when the client already has this version, else 200 with the body. */
    public static Response read(String ifNoneMatch, long version, Object body) {
        return read(ifNoneMatch, Long.toString(version), body);
    }

    /**
     * The answer to a conditional read of a resource whose ETag is not a version number (a current problem definition,
     * a vocabulary, a decision record that can be superseded): 304 when If-None-Match names {@code tag}, else 200.
     */
    public static Response read(String ifNoneMatch, String tag, Object body) {
        EntityTag etag = new EntityTag(tag);
        return matches(ifNoneMatch, tag) ? Response.notModified(etag).build() : Response.ok(body).tag(etag).build();
    }

    /**
     * Whether an If-None-Match header names this opaque tag, strong or weak, or is {@code *}: the one place every
     * conditional read of every service decides a 304 (also for answers that are not JSON, such as the chart).
     */
    public static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String value : ifNoneMatch.split(",")) {
            String trimmed = value.trim();
            if (trimmed.equals("*") || trimmed.equals("\"" + tag + "\"") || trimmed.equals("W/\"" + tag + "\"")) {
                return true;
            }
        }
        return false;
    }

    /** The answer to a create: 201, {@code Location} the request's path plus the new id, the version's ETag, the body. */
    public static Response created(UriInfo uri, Object id, long version, Object body) {
        return created(uri, id, Long.toString(version), body);
    }

    /** The answer to a create whose ETag is not a version number (a decision record, which can be superseded). */
    public static Response created(UriInfo uri, Object id, String tag, Object body) {
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
                .tag(new EntityTag(tag)).entity(body).build();
    }

    /** The answer to a create of an immutable resource without an ETag (a threshold set, named by its version). */
    public static Response created(UriInfo uri, Object id, Object body) {
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build()).entity(body).build();
    }
}
