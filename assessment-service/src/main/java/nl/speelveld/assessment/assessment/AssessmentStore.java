package nl.speelveld.assessment.assessment;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import nl.speelveld.method.AssessmentOutcome;
import org.hibernate.Session;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The large parts of a stored assessment, kept out of its row and compressed (gzip): the input snapshot it was
 * computed from (table {@code assessment_snapshot}) and every indicator's full list of inputs in chunks of
 * {@link #CHUNK} (table {@code assessment_input_chunk}), which {@code GET /v1/assessments/{id}/inputs} pages through.
 * The assessment row keeps the bounded outcome, so reading, listing, charting or embedding an assessment never
 * reads these. Callers check the tenant on the assessment row first; these tables are reached only through it.
 */
@ApplicationScoped
class AssessmentStore {

    /** Inputs per stored chunk: a page (at most 100) touches at most two chunks. */
    static final int CHUNK = 1000;
    private static final TypeReference<List<AssessmentOutcome.Input>> INPUTS = new TypeReference<>() {
    };

    private final AssessmentRepository assessments;
    private final ObjectMapper json;

    AssessmentStore(AssessmentRepository assessments, ObjectMapper json) {
        this.assessments = assessments;
        this.json = json;
    }

    /** Stores the compressed snapshot and every indicator's inputs of a just persisted (and flushed) assessment. */
    void store(UUID assessmentId, byte[] snapshotGzip, long snapshotBytes, AssessmentOutcome full) {
        assessments.getEntityManager().unwrap(Session.class).doWork(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO assessment_snapshot (assessment_id, json_gzip, json_bytes) VALUES (?, ?, ?)")) {
                s.setObject(1, assessmentId);
                s.setBytes(2, snapshotGzip);
                s.setLong(3, snapshotBytes);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO assessment_input_chunk"
                    + " (assessment_id, indicator, chunk, inputs) VALUES (?, ?, ?, ?)")) {
                for (AssessmentOutcome.Indicator i : full.indicators()) {
                    List<AssessmentOutcome.Input> all = i.inputs();
                    for (int from = 0, chunk = 0; from < all.size(); from += CHUNK, chunk++) {
                        s.setObject(1, assessmentId);
                        s.setString(2, i.code());
                        s.setInt(3, chunk);
                        s.setBytes(4, gzip(json.writeValueAsBytes(all.subList(from,
                                Math.min(all.size(), from + CHUNK)))));
                        s.addBatch();
                    }
                }
                s.executeBatch();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The inputs {@code offset} to {@code offset + count - 1} of an indicator (fewer at the end); empty when the
     * assessment has no stored chunks (stored before they existed: its outcome then lists every input itself).
     */
    List<AssessmentOutcome.Input> inputs(UUID assessmentId, String indicator, int offset, int count) {
        int first = offset / CHUNK;
        int last = (offset + count - 1) / CHUNK;
        List<AssessmentOutcome.Input> out = new ArrayList<>();
        assessments.getEntityManager().unwrap(Session.class).doWork(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT chunk, inputs FROM assessment_input_chunk"
                    + " WHERE assessment_id = ? AND indicator = ? AND chunk BETWEEN ? AND ? ORDER BY chunk")) {
                s.setObject(1, assessmentId);
                s.setString(2, indicator);
                s.setInt(3, first);
                s.setInt(4, last);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        int base = r.getInt(1) * CHUNK;
                        List<AssessmentOutcome.Input> chunk;
                        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(r.getBytes(2)))) {
                            chunk = json.readValue(in, INPUTS);
                        }
                        for (int k = 0; k < chunk.size(); k++) {
                            if (base + k >= offset && base + k < offset + count) {
                                out.add(chunk.get(k));
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return out;
    }

    /**
     * Whether this assessment's snapshot and inputs are stored here (every assessment stored since these tables
     * exist); an older one keeps them in its own row, its outcome listing every input.
     */
    boolean stored(UUID assessmentId) {
        return ((Number) assessments.getEntityManager().createNativeQuery(
                "SELECT count(*) FROM assessment_snapshot WHERE assessment_id = ?1")
                .setParameter(1, assessmentId).getSingleResult()).longValue() > 0;
    }

    /** The snapshot's JSON text, uncompressed; null when it is stored in the assessment row (older assessments). */
    InputStream snapshot(UUID assessmentId) {
        List<?> rows = assessments.getEntityManager().createNativeQuery(
                "SELECT json_gzip FROM assessment_snapshot WHERE assessment_id = ?1")
                .setParameter(1, assessmentId).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        try {
            return new GZIPInputStream(new ByteArrayInputStream((byte[]) rows.get(0)), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** gzip at its fastest level: JSON of ids and codes shrinks about tenfold even so. */
    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length / 8));
        try (OutputStream z = fastGzip(out)) {
            z.write(data);
        }
        return out.toByteArray();
    }

    /** A gzip stream at {@link Deflater#BEST_SPEED}. */
    static GZIPOutputStream fastGzip(OutputStream out) throws IOException {
        return new GZIPOutputStream(out, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        };
    }
}
