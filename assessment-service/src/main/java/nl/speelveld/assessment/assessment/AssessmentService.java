package nl.speelveld.assessment.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import nl.speelveld.assessment.threshold.ThresholdSetService;
import nl.speelveld.conventions.paging.Cursors;
import nl.speelveld.conventions.paging.Page;
import nl.speelveld.conventions.paging.PageRequest;
import nl.speelveld.conventions.persistence.Keyset;
import nl.speelveld.conventions.problem.ApiException;
import nl.speelveld.conventions.tenancy.Tenant;
import nl.speelveld.conventions.time.MunicipalDates;
import nl.speelveld.method.AssessmentInput;
import nl.speelveld.method.AssessmentOutcome;
import nl.speelveld.method.DilemmaMethod;
import nl.speelveld.method.Thresholds;
import org.jboss.logging.Logger;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * Computes and stores assessments. The reads of the other services happen before any transaction is opened; the
 * assessment is stored in one short transaction afterwards, so a failed read stores nothing.
 */
@ApplicationScoped
class AssessmentService {

    private static final Logger LOG = Logger.getLogger(AssessmentService.class);

    private final SnapshotReader reader;
    private final ThresholdSetService thresholdSets;
    private final AssessmentRepository assessments;
    private final Tenant tenant;
    private final Cursors cursors;
    private final ObjectMapper json;
    private final ObjectMapper canonical;
    private final DilemmaMethod method = new DilemmaMethod();
    private final AssessmentStore store;
    private final AssessmentMetrics metrics;

    AssessmentService(SnapshotReader reader, ThresholdSetService thresholdSets, AssessmentRepository assessments,
            Tenant tenant, Cursors cursors, ObjectMapper json, AssessmentStore store, AssessmentMetrics metrics) {
        this.store = store;
        this.metrics = metrics;
        this.reader = reader;
        this.thresholdSets = thresholdSets;
        this.assessments = assessments;
        this.tenant = tenant;
        this.cursors = cursors;
        this.json = json;
        this.canonical = JsonMapper.builder().findAndAddModules()
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    }

    public AssessmentResponse create(AssessmentRequest request) {
        long start = System.nanoTime();
        String municipality = tenant.code();
        LocalDate today = MunicipalDates.today();
        LocalDate asOf = request.asOf() == null ? today : request.asOf();
        List<String> references = request.referenceProfileIds() == null ? List.of()
                : request.referenceProfileIds().stream().map(UUID::toString).toList();
        Thresholds thresholds = thresholdSets.current();
        AssessmentInput input = reader.read(tenant.bearer(), request.initiativeId().toString(), asOf, references);
        AssessmentOutcome full = method.assess(input, thresholds);
        // the snapshot written once, straight into its digest and gzip: no text or JsonNode tree of a large input
        Snapshot snapshot = snapshot(input);
        Assessment a = new Assessment(municipality);
        AssessmentOutcome outcome = full.withInputsListed(AssessmentOutcome.INPUTS_LISTED,
                code -> "/v1/assessments/" + a.id() + "/inputs?indicator=" + code);
        String outcomeJson = toJson(outcome);
        Assessment stored = QuarkusTransaction.requiringNew().call(() -> {
            a.initiativeId = request.initiativeId();
            a.asOf = asOf;
            a.methodVersion = outcome.methodVersion();
            a.thresholdSetVersion = outcome.thresholdSetVersion();
            a.referenceProfileIds = references;
            a.inputDigest = snapshot.digest();
            a.initiativeTitle = input.initiative() == null ? null : input.initiative().title();
            a.thresholds = canonical.valueToTree(thresholds);
            a.outcome = outcomeJson;
            assessments.persistAndFlush(a);
            store.store(a.id(), snapshot.gzip(), snapshot.bytes(), full);
            return a;
        });
        LOG.infof("assessment %s of initiative %s stored (method %s, thresholds %s, %d groups, %d interests)",
                stored.id(), request.initiativeId(), outcome.methodVersion(), outcome.thresholdSetVersion(),
                input.groups().size(), input.interests().size());
        metrics.stored(start, input.groups().size(), input.interests().size());
        return AssessmentResponse.of(stored, outcome);
    }

    public Assessment require(UUID id) {
        return QuarkusTransaction.joiningExisting().call(() -> assessments.findForTenant(tenant.code(), id)
                .orElseThrow(() -> ApiException.notFound("assessment", id)));
    }

    public AssessmentResponse get(UUID id) {
        Assessment a = require(id);
        return AssessmentResponse.of(a, outcome(a));
    }

    public AssessmentOutcome outcome(Assessment a) {
        try {
            return json.readValue(a.outcome, AssessmentOutcome.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored assessment " + a.id() + " cannot be read", e);
        }
    }

    public Page<AssessmentResponse> list(UUID initiativeId, Integer limit, String cursor) {
        String municipality = tenant.code();
        String scope = municipality + "|assessments|" + initiativeId;
        PageRequest page = cursors.read(limit, cursor, scope);
        return QuarkusTransaction.joiningExisting().call(() -> cursors.page(
                assessments.newestFirst(municipality, initiativeId, page), page, scope, Keyset::position,
                a -> AssessmentResponse.of(a, outcome(a))));
    }

    /** The timeline of an initiative with a strong ETag over its assessments (which are never changed). */
    public Timeline timeline(UUID initiativeId) {
        String municipality = tenant.code();
        List<Assessment> all = QuarkusTransaction.joiningExisting().call(() ->
                assessments.timeline(municipality, initiativeId));
        if (all.isEmpty()) {
            throw new ApiException(404, "/problems/not-found", "Not found", "There is no assessment of initiative "
                    + initiativeId + " for your municipality.", null, null);
        }
        StringBuilder ids = new StringBuilder();
        all.forEach(a -> ids.append(a.id()).append(':').append(a.version()).append(';'));
        String tag = sha256(ids.toString()).substring(0, 20);
        return new Timeline(new AssessmentTimelineResponse(initiativeId, municipality,
                all.stream().map(a -> AssessmentTimelineResponse.entry(a, outcome(a))).toList()), tag);
    }

    /** A timeline and its ETag. */
    record Timeline(AssessmentTimelineResponse response, String tag) {
    }

    /** The thresholds an assessment was computed with, as stored with it. */
    public Thresholds thresholds(Assessment a) {
        try {
            return json.treeToValue(a.thresholds, Thresholds.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            LOG.warnf("stored thresholds of assessment %s cannot be read; using the defaults", a.id());
            return Thresholds.defaults();
        }
    }

    /** The canonical JSON of an input, gzip-compressed, with its SHA-256 (the digest) and its size. */
    record Snapshot(byte[] gzip, String digest, long bytes) {
    }

    /**
     * The canonical JSON of the input (sorted properties and map keys, ISO dates), written once through its SHA-256
     * into gzip: its digest is that of the text, and the text itself is never held in memory.
     */
    private Snapshot snapshot(AssessmentInput input) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            ByteArrayOutputStream zipped = new ByteArrayOutputStream(1 << 16);
            CountingStream counted;
            try (GZIPOutputStream z = AssessmentStore.fastGzip(zipped)) {
                counted = new CountingStream(new DigestOutputStream(z, sha));
                canonical.writeValue(counted, input);
            }
            return new Snapshot(zipped.toByteArray(), HexFormat.of().formatHex(sha.digest()), counted.count);
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot digest the assessment input", e);
        }
    }

    /** Counts the bytes written through it; closing it does not close the stream below (Jackson closes it). */
    private static final class CountingStream extends FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    /**
     * One page of the full list of inputs of indicator {@code code} of an assessment: in the indicator's order, the
     * cursor holding the position (docs/api-guide.md). 404 for another municipality's assessment; 400 for an unknown
     * indicator.
     */
    public Page<AssessmentOutcome.Input> inputs(UUID id, String code, Integer limit, String cursor) {
        String municipality = tenant.code();
        if (code == null || code.isBlank()) {
            throw ApiException.invalidField("indicator", "is required", "required");
        }
        Assessment a = require(id);
        AssessmentOutcome.Indicator indicator = outcome(a).indicator(code);
        if (indicator == null) {
            throw ApiException.invalidField("indicator", "has an unknown code '" + code + "'; allowed: "
                    + String.join(", ", outcome(a).indicators().stream().map(AssessmentOutcome.Indicator::code)
                    .toList()), "unknown-code");
        }
        String scope = municipality + "|assessment-inputs|" + id + "|" + code;
        Cursors.IndexRequest page = cursors.readIndex(limit, cursor, scope);
        int from = Math.min(page.offset(), indicator.inputCount());
        int to = Math.min(indicator.inputCount(), from + page.limit());
        List<AssessmentOutcome.Input> items = QuarkusTransaction.joiningExisting().call(() -> store.stored(a.id())
                ? store.inputs(a.id(), code, from, to - from)
                : indicator.inputs().subList(Math.min(from, indicator.inputs().size()),
                        Math.min(to, indicator.inputs().size())));
        return new Page<>(items, to < indicator.inputCount() ? cursors.nextIndex(to, scope) : null);
    }

    private String toJson(AssessmentOutcome outcome) {
        try {
            return json.writeValueAsString(outcome);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the assessment outcome", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
