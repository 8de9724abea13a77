package nl.speelveld.devtools.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How the case runner reads and compares JSON values. Equality is by value: numbers compare numerically whatever
 * their notation ({@code 2} equals {@code 2.0}; {@code true} counts as 1 and {@code false} as 0), arrays element by
 * element in order, objects field by field in any order; an absent field reads as {@code null}.
 */
final class Values {

    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final ObjectNode EMPTY = NODES.objectNode();

    private static final Pattern DECIMAL = Pattern.compile(
            "[+-]?(\\d+(_\\d+)*(\\.(\\d+(_\\d+)*)?)?|\\.\\d+(_\\d+)*)([eE][+-]?\\d+(_\\d+)*)?");

    private Values() {
    }

    /** {@code null} and a missing node read as JSON {@code null}. */
    static JsonNode orNull(JsonNode node) {
        return node == null || node.isMissingNode() ? NullNode.getInstance() : node;
    }

    /** The field of an object, or {@code null} when absent or when {@code node} is not an object. */
    static JsonNode get(JsonNode node, String field) {
        return node != null && node.isObject() ? orNull(node.get(field)) : NullNode.getInstance();
    }

    /** The value as an object, or the empty object when it is absent, empty or not an object. */
    static JsonNode objectOrEmpty(JsonNode node) {
        return node != null && node.isObject() ? node : EMPTY;
    }

    /** Whether a value counts as present: not null, false, 0, "", [] or {}. */
    static boolean truthy(JsonNode node) {
        JsonNode n = orNull(node);
        if (n.isNull()) {
            return false;
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isNumber()) {
            return n.decimalValue().signum() != 0;
        }
        if (n.isTextual()) {
            return !n.textValue().isEmpty();
        }
        return n.size() > 0;
    }

    /** Whether the value is written as a floating-point number ({@code 0.4}, {@code 1e3}). */
    static boolean isFloat(JsonNode node) {
        return node != null && node.isFloatingPointNumber();
    }

    /**
     * The value as a floating-point number, or {@code null} when it has none: numbers, booleans and strings that
     * spell a decimal number ({@code "0.4"}, {@code "nan"}, {@code "inf"}) convert; {@code null}, arrays and objects
     * do not.
     */
    static Double toFloat(JsonNode node) {
        JsonNode n = orNull(node);
        if (n.isNumber()) {
            return n.doubleValue();
        }
        if (n.isBoolean()) {
            return n.booleanValue() ? 1.0 : 0.0;
        }
        if (n.isTextual()) {
            String s = n.textValue().strip().toLowerCase(java.util.Locale.ROOT);
            String unsigned = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
            double sign = s.startsWith("-") ? -1.0 : 1.0;
            if (unsigned.equals("nan")) {
                return Double.NaN;
            }
            if (unsigned.equals("inf") || unsigned.equals("infinity")) {
                return sign * Double.POSITIVE_INFINITY;
            }
            if (DECIMAL.matcher(s).matches()) {
                return Double.parseDouble(s.replace("_", ""));
            }
        }
        return null;
    }

    /** Equality by value (see the class comment). */
    static boolean same(JsonNode left, JsonNode right) {
        JsonNode a = orNull(left);
        JsonNode b = orNull(right);
        if (a.isNull() || b.isNull()) {
            return a.isNull() && b.isNull();
        }
        if (numeric(a) && numeric(b)) {
            return decimal(a).compareTo(decimal(b)) == 0;
        }
        if (a.isTextual() && b.isTextual()) {
            return a.textValue().equals(b.textValue());
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!same(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!b.has(field.getKey()) || !same(field.getValue(), b.get(field.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean numeric(JsonNode n) {
        return n.isNumber() || n.isBoolean();
    }

    private static BigDecimal decimal(JsonNode n) {
        if (n.isBoolean()) {
            return n.booleanValue() ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (n.isFloatingPointNumber() && !n.isBigDecimal()) {
            return new BigDecimal(n.doubleValue());
        }
        return n.decimalValue();
    }

    /** Orders values as a sort of a JSON list would: numbers by value, strings by code point, else by kind. */
    static final Comparator<JsonNode> ORDER = (left, right) -> {
        JsonNode a = orNull(left);
        JsonNode b = orNull(right);
        if (numeric(a) && numeric(b)) {
            return decimal(a).compareTo(decimal(b));
        }
        if (a.isTextual() && b.isTextual()) {
            return compareCodePoints(a.textValue(), b.textValue());
        }
        int kind = Integer.compare(a.getNodeType().ordinal(), b.getNodeType().ordinal());
        return kind != 0 ? kind : compareCodePoints(a.toString(), b.toString());
    };

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    /**
     * A list value sorted: absent or empty reads as {@code []}; a value that is not an array is returned as it is,
     * so that comparing it with an expected list fails.
     */
    static JsonNode sorted(JsonNode node) {
        if (!truthy(node)) {
            return NODES.arrayNode();
        }
        if (!node.isArray()) {
            return node;
        }
        return array(sortedList(elements(node)));
    }

    static List<JsonNode> sortedList(List<JsonNode> values) {
        List<JsonNode> copy = new ArrayList<>(values);
        copy.sort(ORDER);
        return copy;
    }

    /** The distinct values (by {@link #same}), sorted. */
    static JsonNode sortedDistinct(List<JsonNode> values) {
        List<JsonNode> distinct = new ArrayList<>();
        for (JsonNode v : values) {
            if (distinct.stream().noneMatch(d -> same(d, v))) {
                distinct.add(orNull(v));
            }
        }
        return array(sortedList(distinct));
    }

    /** The elements of an array; absent, empty and non-array values have none. */
    static List<JsonNode> elements(JsonNode node) {
        List<JsonNode> list = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(list::add);
        }
        return list;
    }

    static ArrayNode array(List<? extends JsonNode> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }

    /**
     * The objects of a list keyed by the string in their field {@code key}; a later object with the same key replaces
     * an earlier one.
     */
    static Map<String, JsonNode> by(JsonNode items, String key) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        for (JsonNode item : elements(items)) {
            JsonNode k = get(item, key);
            if (k.isTextual()) {
                map.put(k.textValue(), item);
            }
        }
        return map;
    }

    /** The fields of an object in their order. */
    static List<Map.Entry<String, JsonNode>> fields(JsonNode object) {
        List<Map.Entry<String, JsonNode>> list = new ArrayList<>();
        object.fields().forEachRemaining(list::add);
        return list;
    }

    /** A key or id as text: a string as it is, anything else as its JSON. */
    static String text(JsonNode node) {
        JsonNode n = orNull(node);
        return n.isTextual() ? n.textValue() : n.toString();
    }

    /** A value as JSON, for messages ({@code "LOW"}, {@code 0.4}, {@code null}, {@code ["a","b"]}). */
    static String json(JsonNode node) {
        return orNull(node).toString();
    }
}
