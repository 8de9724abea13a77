package nl.speelveld.conventions.text;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.Map;
import java.util.regex.Pattern;

/** Checks {@link Localized} texts; names the offending language in the field path (e.g. {@code title.nl}). */
public class LocalizedValidator implements ConstraintValidator<Localized, Map<String, String>> {

    private static final Pattern BCP47 = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private int max;

    @Override
    public void initialize(Localized annotation) {
        this.max = annotation.max();
    }

    @Override
    public boolean isValid(Map<String, String> value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        if (value.isEmpty()) {
            context.buildConstraintViolationWithTemplate("must hold at least one language, e.g. nl")
                    .addConstraintViolation();
            return false;
        }
        if (value.size() > 10) {
            context.buildConstraintViolationWithTemplate("may hold at most 10 languages").addConstraintViolation();
            return false;
        }
        boolean valid = true;
        for (Map.Entry<String, String> entry : value.entrySet()) {
            String problem = null;
            if (!BCP47.matcher(entry.getKey()).matches()) {
                problem = "is not a BCP-47 language tag such as nl, en or fy";
            } else if (entry.getValue() == null || entry.getValue().isBlank()) {
                problem = "must not be blank";
            } else if (entry.getValue().length() > max) {
                problem = "must be at most " + max + " characters";
            }
            if (problem != null) {
                valid = false;
                context.buildConstraintViolationWithTemplate(problem.replace("{", "\\{"))
                        .addPropertyNode(entry.getKey()).addConstraintViolation();
            }
        }
        return valid;
    }
}
