package nl.speelveld.conventions.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The export file (docs/export.md): NDJSON, one JSON object a line. The first line says what the file is
 * ({@code {"export": {...}}}), each record is {@code {"table": "...", "row": {...}}} with the row's columns as
 * PostgreSQL renders them in JSON, and the last line is the manifest ({@code {"manifest": {...}}}): the counts per
 * table and the SHA-256 of every line before it, each with its line feed.
 */
final class ExportFile {

    static final String MEDIA_TYPE = "application/x-ndjson";
    static final int FORMAT = 1;
    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private ExportFile() {
    }

    /** What a file holds: whose records, from which service and schema. */
    record Identity(String service, String municipalityCode, String schemaVersion, Integer format) {
    }

    record Header(Identity export) {
    }

    /** The last line. {@code sha256} is over every line before this one, each followed by its line feed. */
    record Manifest(String service, String municipalityCode, String schemaVersion, Integer format,
            Map<String, Long> counts, Long records, String sha256, String exportedAt) {

        Identity identity() {
            return new Identity(service, municipalityCode, schemaVersion, format);
        }
    }

    record ManifestLine(Manifest manifest) {
    }

    static String line(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String record(String table, String row) {
        return "{\"table\":\"" + table + "\",\"row\":" + row + "}";
    }

    /** The counts per table and the digest of the lines so far. */
    static final class Tally {

        private final Map<String, Long> counts = new LinkedHashMap<>();
        private final MessageDigest digest;
        private long records;
        private String sha256;

        Tally(Iterable<ExportTable> tables) {
            tables.forEach(table -> counts.put(table.name(), 0L));
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        void line(byte[] bytes) {
            digest.update(bytes);
            digest.update((byte) '\n');
        }

        byte[] line(String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            line(bytes);
            return bytes;
        }

        void count(String table) {
            counts.merge(table, 1L, Long::sum);
            records++;
        }

        Map<String, Long> counts() {
            return counts;
        }

        long records() {
            return records;
        }

        /** The digest of every line so far; the first call ends it. */
        String sha256() {
            if (sha256 == null) {
                sha256 = HexFormat.of().formatHex(digest.digest());
            }
            return sha256;
        }
    }
}
