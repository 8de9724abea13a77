package nl.speelveld.conventions.persistence;

import nl.speelveld.conventions.paging.PageRequest;

import java.util.Map;

/**
 * The HQL fragments of keyset paging in the stable order (creation time, then id), so every list pages the same way.
 */
public final class Keyset {

    private Keyset() {
    }

    /** A condition to AND into a query on alias {@code e}, or an empty string on the first page. */
    public static String after(PageRequest request, Map<String, Object> params) {
        if (request.after() == null) {
            return "";
        }
        params.put("afterCreatedAt", request.after().createdAt());
        params.put("afterId", request.after().id());
        return " and (e.createdAt > :afterCreatedAt or (e.createdAt = :afterCreatedAt and e.id > :afterId))";
    }

    public static final String ORDER = " order by e.createdAt, e.id";

    public static PageRequest.Position position(TenantRecord record) {
        return new PageRequest.Position(record.createdAt(), record.id());
    }
}
