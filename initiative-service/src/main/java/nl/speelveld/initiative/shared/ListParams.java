package nl.speelveld.initiative.shared;

import nl.speelveld.conventions.paging.Cursors;
import nl.speelveld.conventions.problem.ApiException;

/**
 * Reads the {@code limit} query parameter of a list. It is taken as text, because the framework would answer a
 * {@code limit} that is not a number with a 404; a client deserves a 400 that names the parameter.
 */
public final class ListParams {

    private ListParams() {
    }

    public static Integer limit(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.invalidField("limit", "must be a whole number between 1 and " + Cursors.MAX_LIMIT,
                    "wrong-type");
        }
    }
}
