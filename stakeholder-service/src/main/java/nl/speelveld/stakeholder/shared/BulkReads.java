package nl.speelveld.stakeholder.shared;

import nl.speelveld.conventions.problem.ApiException;
import nl.speelveld.conventions.vocabulary.Codes;

import java.util.UUID;

/** What the bulk reads ({@code /v1/bulk/...}) share. */
public final class BulkReads {

    private BulkReads() {
    }

    /** The most parts a bulk read can be split into: one per last hexadecimal digit of the ids. */
    public static final int MAX_PARTS = 16;

    /**
     * Which part of a bulk read is asked for: {@code part} of {@code parts} (both optional: the whole read is part 0
     * of 1). Part {@code k} of {@code n} holds the records whose id ends in a hexadecimal digit {@code d} with
     * {@code d mod n = k}; the parts are disjoint and together hold every record, each in the list's order, so a
     * reader can read them at the same time and merge them by creation time and id.
     */
    public record Part(int index, int of) {

        /** The cursor scope of this part ("" for the whole read, so cursors of unsplit reads stay as they were). */
        public String scope() {
            return of == 1 ? "" : "|part " + index + " of " + of;
        }
    }

    /** Reads {@code part} and {@code parts}; a 400 naming the parameter when either is not a whole number in range. */
    public static Part part(String part, String parts) {
        int of = number(parts, "parts", 1, MAX_PARTS, "");
        int index = number(part, "part", 0, of - 1, " (one less than parts)");
        return new Part(index, of);
    }

    private static int number(String value, String name, int min, int max, String hint) {
        Integer number = Codes.wholeNumber(value, name, min, max,
                "must be a whole number from " + min + " to " + max + hint);
        return number == null ? min : number;
    }

    /** The initiative a bulk read is of: required (a bulk read of a whole municipality is no use), a UUID. */
    public static UUID initiativeId(String value) {
        UUID id = Codes.uuid(value, "initiativeId");
        if (id == null) {
            throw ApiException.invalidField("initiativeId", "is required", "required");
        }
        return id;
    }
}
