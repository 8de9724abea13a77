package nl.speelveld.conventions.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.type.ArrayType;
import com.fasterxml.jackson.databind.type.CollectionType;
import nl.speelveld.conventions.openapi.Bounds;

import java.io.IOException;
import java.lang.reflect.Array;
import java.time.LocalDate;
import java.util.Collection;

/**
 * Strict reading of request bodies: unknown (or read-only) properties, numbers sent as strings, strings sent as
 * numbers, numbers for booleans and enum codes, codes with spaces around them, nulls for primitives, duplicate keys,
 * NUL characters in text (which PostgreSQL cannot store), dates in any other form than {@code YYYY-MM-DD} (a number
 * of days, a date-time, an array) and dates outside the years 1-9999 are all refused, so a client learns about its
 * mistake instead of having data silently dropped or guessed, or the database failing later. Every string is at most
 * {@link Bounds#MAX_STRING_LENGTH} characters and every array at most {@link Bounds#MAX_ARRAY_ITEMS} items, the bounds
 * the OpenAPI documents give every field without a tighter one of its own; a longer one is a 400 naming the field.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** Last, so that its deserializers win over the modules the framework registers. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        SimpleModule strict = new SimpleModule("speelveld-strict")
                .addDeserializer(String.class, new NoNulString())
                .addDeserializer(LocalDate.class, new BoundedLocalDate());
        strict.setDeserializerModifier(new StrictShapes());
        mapper.registerModule(strict);
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    }

    private static final String NUL = "must not contain NUL characters";
    private static final String LONE_SURROGATE =
            "must be Unicode text: it holds a lone surrogate (\\ud800-\\udfff without its pair)";

    /**
     * What is wrong with a text PostgreSQL cannot store as sent (a NUL character, a lone surrogate), or null: the one
     * rule for every text of a request, also where a body is read field by field (a webhook subscription's patch).
     */
    public static String unstorableText(String value) {
        if (value == null) {
            return null;
        }
        if (value.indexOf('\u0000') >= 0) {
            return NUL;
        }
        return NoNulString.hasLoneSurrogate(value) ? LONE_SURROGATE : null;
    }

    /**
     * Text without NUL characters and without lone surrogates: {@code "\ud800"} is valid JSON syntax but no Unicode
     * text, and would be stored as {@code ?}.
     */
    static final class NoNulString extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            if (value != null && value.indexOf('\u0000') >= 0) {
                return (String) ctxt.handleWeirdStringValue(String.class, value.replace('\u0000', ' '), NUL);
            }
            if (value != null && value.length() > Bounds.MAX_STRING_LENGTH) {
                return (String) ctxt.handleWeirdStringValue(String.class, value.substring(0, 20) + "…",
                        "must be at most " + Bounds.MAX_STRING_LENGTH + " characters");
            }
            if (value != null && hasLoneSurrogate(value)) {
                return (String) ctxt.handleWeirdStringValue(String.class, printable(value), LONE_SURROGATE);
            }
            return value;
        }

        static boolean hasLoneSurrogate(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c)) {
                    if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        i++;
                    } else {
                        return true;
                    }
                } else if (Character.isLowSurrogate(c)) {
                    return true;
                }
            }
            return false;
        }

        /** The value with each lone surrogate written as its escape, so the problem document is valid UTF-8. */
        private static String printable(String text) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                if (paired) {
                    out.append(c).append(text.charAt(++i));
                } else if (Character.isSurrogate(c)) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
    }

    /**
     * ISO dates, written {@code YYYY-MM-DD}, within the years 1 to 9999. The JSR-310 reader would also take a number
     * (days since 1970), an array {@code [2026, 11, 1]} and a date-time (keeping its date): each is refused.
     */
    static final class BoundedLocalDate extends LocalDateDeserializer {
        private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile(
                "[0-9]{4}-[0-9]{2}-[0-9]{2}");

        BoundedLocalDate() {
            super(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE);
        }

        /** The JSR-310 deserializer would replace itself with a plain one per property: keep the bound. */
        @Override
        public com.fasterxml.jackson.databind.JsonDeserializer<?> createContextual(DeserializationContext ctxt,
                com.fasterxml.jackson.databind.BeanProperty property) {
            return this;
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == com.fasterxml.jackson.core.JsonToken.VALUE_NULL) {
                return null;
            }
            if (p.currentToken() != com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            if (!ISO_DATE.matcher(p.getText()).matches()) {
                return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, p.getText(),
                        "must be a date written YYYY-MM-DD");
            }
            LocalDate value = super.deserialize(p, ctxt);
            if (value != null && (value.getYear() < 1 || value.getYear() > 9999)) {
                return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, value.toString(),
                        "must be a date between the years 1 and 9999");
            }
            return value;
        }
    }

    /**
     * Collections and arrays of at most {@link Bounds#MAX_ARRAY_ITEMS} items, whatever their element type; and enum
     * codes exactly as listed (Jackson would take {@code " ENERGY"} for {@code ENERGY}).
     */
    static final class StrictShapes extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config,
                com.fasterxml.jackson.databind.JavaType type, BeanDescription description,
                JsonDeserializer<?> deserializer) {
            return new ExactCode(deserializer, type.getRawClass());
        }

        @Override
        public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                BeanDescription description, JsonDeserializer<?> deserializer) {
            return new MaxItems(deserializer);
        }

        @Override
        public JsonDeserializer<?> modifyArrayDeserializer(DeserializationConfig config, ArrayType type,
                BeanDescription description, JsonDeserializer<?> deserializer) {
            return new MaxItems(deserializer);
        }
    }

    /** An enum code with nothing around it: {@code " ENERGY"} is an unknown code, as the contract says. */
    static final class ExactCode extends DelegatingDeserializer {
        private final Class<?> type;

        ExactCode(JsonDeserializer<?> delegate, Class<?> type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new ExactCode(delegate, type);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
                String code = p.getText();
                if (!code.isEmpty() && code.strip().length() != code.length()) {
                    throw com.fasterxml.jackson.databind.exc.InvalidFormatException.from(p,
                            "has spaces around the code", code, type);
                }
            }
            return super.deserialize(p, ctxt);
        }
    }

    static final class MaxItems extends DelegatingDeserializer {
        MaxItems(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new MaxItems(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return check(super.deserialize(p, ctxt), p, ctxt);
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object deserialize(JsonParser p, DeserializationContext ctxt, Object intoValue) throws IOException {
            return check(((JsonDeserializer<Object>) _delegatee).deserialize(p, ctxt, intoValue), p, ctxt);
        }

        private static Object check(Object value, JsonParser p, DeserializationContext ctxt) throws IOException {
            int size = value instanceof Collection<?> c ? c.size()
                    : value != null && value.getClass().isArray() ? Array.getLength(value) : 0;
            if (size > Bounds.MAX_ARRAY_ITEMS) {
                throw com.fasterxml.jackson.databind.exc.InvalidFormatException.from(p,
                        "must have at most " + Bounds.MAX_ARRAY_ITEMS + " items", size, value.getClass());
            }
            return value;
        }
    }
}
