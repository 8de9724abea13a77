package nl.speelveld.initiative.shared;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A date on which something happened (raised, observed, decided, moved): not before 1900 and not later than tomorrow
 * in the Netherlands. Tomorrow, not today, so that a portal in another time zone is not refused around midnight.
 */
@Constraint(validatedBy = UpToTomorrowValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface UpToTomorrow {

    String message() default "must be a date from 1900-01-01 up to tomorrow";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
