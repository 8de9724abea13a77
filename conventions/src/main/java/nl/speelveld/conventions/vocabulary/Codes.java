package nl.speelveld.conventions.vocabulary;

import nl.speelveld.conventions.problem.ApiException;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads codes, ids and whole numbers from query parameters. The framework would answer an unknown code (or, for a
 * parameter declared as a number, {@code abc}) with a 404; a client deserves a 400 that names the parameter and says
 * what it accepts.
 */
public final class Codes {

    private Codes() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField(parameter, "has an unknown code '" + value + "'; allowed: "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")),
                    "unknown-code");
        }
    }

    public static UUID uuid(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField(parameter, "must be a UUID", "wrong-format");
        }
    }

    /**
     * A whole number from {@code min} to {@code max}, or null when the parameter is absent or empty. {@code abc},
     * {@code 1.5}, {@code 1e3}, a sign, spaces around the digits and values out of range are a 400 naming the
     * parameter, with {@code detail} (for example "must be a whole number from 1 to 100") as its message.
     */
    public static Integer wholeNumber(String value, String parameter, int min, int max, String detail) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        // at most 9 digits: any such number fits an int, so a huge value is refused as out of range, not overflowed
        if (value.matches("[0-9]{1,9}")) {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        }
        throw ApiException.invalidField(parameter, detail, "range");
    }
}
