package nl.speelveld.conventions.paging;

import nl.speelveld.conventions.problem.ApiException;

/**
 * The one reading of a list's {@code limit} query parameter, for every list of every service. Resources take it as
 * text ({@code @QueryParam("limit") String limit}) and pass it here: had they declared an {@code Integer}, the
 * framework would answer {@code limit=abc} with a 404 "no resource"; a client deserves a 400 that names the
 * parameter. {@code abc}, {@code 1.5}, {@code 1e3}, {@code 0}, negative and huge values are all refused.
 */
public final class Limit {

    private Limit() {
    }

    /** The number of items asked for, or null (the default page size) when the parameter is absent or empty. */
    public static Integer parse(String value) {
        return parse(value, Cursors.MAX_LIMIT);
    }

    /** As {@link #parse(String)}, with a list's own largest page (a bulk read's {@link Cursors#MAX_BULK_LIMIT}). */
    public static Integer parse(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        if (!text.matches("[0-9]{1,9}")) {
            throw invalid(max);
        }
        int limit = Integer.parseInt(text);
        if (limit < 1 || limit > max) {
            throw invalid(max);
        }
        return limit;
    }

    private static ApiException invalid(int max) {
        return ApiException.invalidField("limit", "must be a whole number between 1 and " + max, "range");
    }
}
