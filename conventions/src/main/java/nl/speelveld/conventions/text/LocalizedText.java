package nl.speelveld.conventions.text;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a localized text in an answer: a map from language tags to text ({@code {"nl": "…", "en": "…"}}). It
 * serializes itself ({@link LocalizedTextSerializer}): with every language, or, when the client asked for one
 * ({@code ?locale=} or {@code Accept-Language}, see {@link LanguageFilter}), with the one chosen language only. The
 * OpenAPI schema is the map's, unchanged. Requests are validated with {@link Localized}.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@JacksonAnnotationsInside
@JsonSerialize(using = LocalizedTextSerializer.class)
public @interface LocalizedText {
}
