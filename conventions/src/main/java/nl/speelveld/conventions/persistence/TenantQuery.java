package nl.speelveld.conventions.persistence;

import nl.speelveld.conventions.paging.PageRequest;

import java.util.HashMap;
import java.util.Map;

/**
 * An HQL list query on alias {@code e}, always scoped to one municipality, with optional equality filters and the
 * shared keyset order; a filter whose value is null is left out.
 */
public final class TenantQuery {

    private final StringBuilder hql;
    private final Map<String, Object> params = new HashMap<>();

    public TenantQuery(String entity, String municipality) {
        hql = new StringBuilder("from ").append(entity).append(" e where e.municipalityCode = :municipality");
        params.put("municipality", municipality);
    }

    public TenantQuery and(String property, Object value) {
        if (value != null) {
            String name = "p" + params.size();
            hql.append(" and e.").append(property).append(" = :").append(name);
            params.put(name, value);
        }
        return this;
    }

    /**
     * Only the rows of one part of {@code parts}: those whose id ends in a hexadecimal digit (0-15) that leaves
     * {@code part} when divided by {@code parts}. The parts of one query are disjoint and together hold every row, so a
     * reader can read them side by side; with {@code parts} 1 this adds nothing.
     */
    public TenantQuery inPart(int part, int parts) {
        if (parts > 1) {
            String p = "p" + params.size();
            String n = "p" + (params.size() + 1);
            hql.append(" and mod(locate(substring(cast(e.id as String), 36, 1), '0123456789abcdef') - 1, :")
                    .append(n).append(") = :").append(p);
            params.put(p, part);
            params.put(n, parts);
        }
        return this;
    }

    /** The query for one page (the caller fetches {@code limit + 1} rows). */
    public String page(PageRequest page) {
        return hql + Keyset.after(page, params) + Keyset.ORDER;
    }

    /** The query for every row, in the stable order. */
    public String all() {
        return hql + Keyset.ORDER;
    }

    public Map<String, Object> params() {
        return params;
    }
}
