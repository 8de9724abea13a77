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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

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

    AssessmentService(SnapshotReader reader, ThresholdSetService thresholdSets, AssessmentRepository assessments,
            Tenant tenant, Cursors cursors, ObjectMapper json) {
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
        String municipality = tenant.code();
        LocalDate today = MunicipalDates.today();
        LocalDate asOf = request.asOf() == null ? today : request.asOf();
        List<String> references = request.referenceProfileIds() == null ? List.of()
                : request.referenceProfileIds().stream().map(UUID::toString).toList();
        Thresholds thresholds = thresholdSets.current();
        AssessmentInput input = reader.read(tenant.bearer(), request.initiativeId().toString(), asOf, references);
        AssessmentOutcome outcome = method.assess(input, thresholds);
        // serialized once each, straight to text: no JsonNode trees of a large input or outcome
        String snapshot = canonicalJson(input);
        String digest = sha256(snapshot);
        String outcomeJson = toJson(outcome);
        Assessment stored = QuarkusTransaction.requiringNew().call(() -> {
            Assessment a = new Assessment(municipality);
            a.initiativeId = request.initiativeId();
            a.asOf = asOf;
            a.methodVersion = outcome.methodVersion();
            a.thresholdSetVersion = outcome.thresholdSetVersion();
            a.referenceProfileIds = references;
            a.inputDigest = digest;
            a.inputSnapshot = snapshot;
            a.thresholds = canonical.valueToTree(thresholds);
            a.outcome = outcomeJson;
            assessments.persistAndFlush(a);
            return a;
        });
        LOG.infof("assessment %s of initiative %s stored (method %s, thresholds %s, %d groups, %d interests)",
                stored.id(), request.initiativeId(), outcome.methodVersion(), outcome.thresholdSetVersion(),
                input.groups().size(), input.interests().size());
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

    /** The canonical JSON of the input: sorted properties and map keys, ISO dates; its SHA-256 is the digest. */
    private String canonicalJson(AssessmentInput input) {
        try {
            return canonical.writeValueAsString(input);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot digest the assessment input", e);
        }
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
