package nl.speelveld.conventions.vocabulary;

import nl.speelveld.conventions.problem.ApiException;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads codes and ids from query parameters. The framework would answer an unknown code in a query parameter with
 * a 404; a client deserves a 400 that names the parameter and lists the allowed codes.
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
}
