package nl.speelveld.initiative.shared;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/**
 * Conditional reads of resources whose ETag is not a version number: the current problem definition (whose
 * representation changes when a new version is posted, while every version stays at version 0) and the vocabularies.
 * Versioned resources use {@code Versions.read} of the conventions.
 */
public final class ConditionalRead {

    private ConditionalRead() {
    }

    /** 304 when {@code ifNoneMatch} names {@code tag} (or is {@code *}), else 200 with the body and the ETag. */
    public static Response read(String ifNoneMatch, String tag, Object body) {
        EntityTag etag = new EntityTag(tag);
        if (ifNoneMatch != null) {
            for (String value : ifNoneMatch.split(",")) {
                String trimmed = value.trim();
                if (trimmed.equals("*") || trimmed.equals("\"" + tag + "\"") || trimmed.equals("W/\"" + tag + "\"")) {
                    return Response.notModified(etag).build();
                }
            }
        }
        return Response.ok(body).tag(etag).build();
    }
}
