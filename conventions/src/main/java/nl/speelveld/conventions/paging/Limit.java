package nl.speelveld.conventions.paging;

import nl.speelveld.conventions.vocabulary.Codes;

/**
 * The one reading of a list's {@code limit} query parameter, for every list of every service (a whole number, read
 * by {@link Codes#wholeNumber}). Resources take it as text ({@code @QueryParam("limit") String limit}) and pass it
 * here: had they declared an {@code Integer}, the framework would answer {@code limit=abc} with a 404 "no resource";
 * a client deserves a 400 that names the parameter. {@code abc}, {@code 1.5}, {@code 1e3}, {@code 0}, negative and
 * huge values are all refused.
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
        return Codes.wholeNumber(value, "limit", 1, max, "must be a whole number between 1 and " + max);
    }
}
