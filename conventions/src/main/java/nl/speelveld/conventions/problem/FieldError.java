package nl.speelveld.conventions.problem;

/**
 * One invalid field of a request, as listed in the {@code errors} member of a validation problem.
 *
 * @param field   the JSON path of the field, e.g. {@code title.nl} or {@code externalRefs[0].system}
 * @param message what is wrong, in words a portal developer can act on
 * @param code    a stable machine code, e.g. {@code required}, {@code unknown-code}, {@code too-long}
 */
public record FieldError(String field, String message, String code) {
}
