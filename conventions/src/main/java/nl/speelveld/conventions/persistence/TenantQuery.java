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
