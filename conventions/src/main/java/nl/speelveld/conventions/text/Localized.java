package nl.speelveld.conventions.text;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A localized text: a JSON object from BCP-47 language tags to text ({@code {"nl": "…", "en": "…"}}), with at least
 * one entry, at most 10 languages, and every text non-blank and at most {@link #max()} characters.
 */
@Constraint(validatedBy = LocalizedValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Localized {

    int max() default 2000;

    String message() default "must be a localized text: an object from language tags (nl, en, fy) to text";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
