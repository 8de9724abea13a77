package nl.speelveld.assessment.embed;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import nl.speelveld.assessment.assessment.PublishedAssessments.Published;
import nl.speelveld.assessment.assessment.PublishedAssessments;
import nl.speelveld.assessment.decisionrecord.DecisionRecordReferences;
import nl.speelveld.conventions.tenancy.Tenant;
import nl.speelveld.conventions.time.MunicipalDates;
import nl.speelveld.method.AssessmentOutcome;
import nl.speelveld.method.Band;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Embed links: makes them for the caller's own assessments, and turns a token back into the page of exactly the
 * assessment it names. The page is built from the stored outcome only (the same texts as the assessment answer, the
 * same chart as {@code chart.svg}), so it shows no participant-profile data beyond what the method publishes.
 */
@ApplicationScoped
class EmbedLinks {

    static final long MIN_SECONDS = 60;
    static final long MAX_SECONDS = 30L * 24 * 3600;
    static final long DEFAULT_SECONDS = 7L * 24 * 3600;
    /** Changes whenever the page's markup changes, so that cached pages are not taken for the new ones. */
    private static final String PAGE_VERSION = "embed-1";
    static final String CSS = resource("embed/embed.css").strip();
    static final String STYLE_HASH = "'sha256-" + Base64.getEncoder().encodeToString(sha256(CSS)) + "'";

    private final PublishedAssessments assessments;
    private final DecisionRecordReferences decisionRecords;
    private final EmbedTokens tokens;
    private final Tenant tenant;
    private final Clock clock;

    EmbedLinks(PublishedAssessments assessments, DecisionRecordReferences decisionRecords, EmbedTokens tokens,
            Tenant tenant) {
        this.decisionRecords = decisionRecords;
        this.assessments = assessments;
        this.tokens = tokens;
        this.tenant = tenant;
        this.clock = Clock.systemUTC();
    }

    /** A link to one of the caller's assessments (404 for any other). */
    EmbedTokens.Grant grant(UUID assessmentId, EmbedLinkRequest request) {
        String municipality = tenant.code();
        Published stored = assessments.require(assessmentId);
        long seconds = request == null || request.expiresInSeconds() == null ? DEFAULT_SECONDS
                : request.expiresInSeconds();
        Instant expiresAt = Instant.now(clock).plusSeconds(seconds).truncatedTo(ChronoUnit.SECONDS);
        return new EmbedTokens.Grant(municipality, stored.id(), expiresAt,
                request == null ? null : request.language());
    }

    String token(EmbedTokens.Grant grant) {
        return tokens.issue(grant);
    }

    /** What a token leads to. */
    sealed interface Outcome permits Page, Gone, Unknown {
    }

    /** The page of the assessment, its ETag and how long it may be cached. */
    record Page(EmbedView view, String etag, String municipality, Instant expiresAt, long maxAgeSeconds)
            implements Outcome {
    }

    /** A genuine link whose time is up. */
    record Gone(String municipality, Instant expiredAt, String language) implements Outcome {
    }

    /** Anything else: changed, foreign, cut, or the assessment is no longer there. */
    record Unknown() implements Outcome {
    }

    Outcome open(String token, String wantedLanguage) {
        Optional<EmbedTokens.Grant> read = tokens.read(token);
        if (read.isEmpty()) {
            return new Unknown();
        }
        EmbedTokens.Grant grant = read.get();
        Instant now = Instant.now(clock);
        String language = language(wantedLanguage, grant.language());
        if (grant.expired(now)) {
            return new Gone(grant.municipality(), grant.expiresAt(), language);
        }
        Optional<Published> found = assessments.find(grant.municipality(), grant.assessmentId());
        if (found.isEmpty()) {
            return new Unknown();
        }
        Published stored = found.get();
        Optional<Published> newer = assessments.newerThan(stored);
        EmbedLabels labels = new EmbedLabels(language);
        List<String> options = optionsWeighed(stored, labels);
        EmbedView view = view(stored, newer.orElse(null), grant, labels, options);
        String etag = hex(sha256(String.join("|", PAGE_VERSION, String.join(";", options), stored.id().toString(),
                Long.toString(stored.version()), language, newer.map(s -> s.id().toString()).orElse("-"),
                Long.toString(grant.expiresAt().getEpochSecond())))).substring(0, 32);
        long remaining = Math.max(0, grant.expiresAt().getEpochSecond() - now.getEpochSecond());
        return new Page(view, etag, grant.municipality(), grant.expiresAt(), remaining);
    }

    /** ?lang= when it is nl or en, else the link's language, else Dutch. */
    static String language(String wanted, String ofLink) {
        if (wanted != null) {
            String w = wanted.trim().toLowerCase(Locale.ROOT);
            if (w.equals("nl") || w.equals("en")) {
                return w;
            }
        }
        return "en".equals(ofLink) ? "en" : "nl";
    }

    static EmbedView.Refused refused(boolean gone, Instant expiredAt, String language) {
        EmbedLabels l = new EmbedLabels(language);
        return gone
                ? new EmbedView.Refused(l.lang(), CSS, l.t("goneTitle"),
                        l.f("goneText", l.date(MunicipalDates.of(expiredAt))))
                : new EmbedView.Refused(l.lang(), CSS, l.t("notFoundTitle"), l.t("notFoundText"));
    }

    /**
     * The what-if scenarios that decision records on this assessment cite as options weighed: "label: choice
     * (decided on)", in the records' order.
     */
    private List<String> optionsWeighed(Published a, EmbedLabels l) {
        return QuarkusTransaction.joiningExisting().call(() -> decisionRecords.ofAssessment(a.municipality(), a.id()))
                .stream().map(o -> (o.label() == null ? o.scenarioId().toString() : o.label()) + ": " + o.choice()
                        + " (" + l.date(o.decidedOn()) + ")").toList();
    }

    private EmbedView view(Published a, Published newer, EmbedTokens.Grant grant, EmbedLabels l,
            List<String> optionsWeighed) {
        AssessmentOutcome o = a.outcome();
        String initiative = l.text(a.initiativeTitle());
        String heading = initiative.isBlank() ? l.t("pageTitle") : initiative;
        List<EmbedView.Fact> facts = new ArrayList<>();
        facts.add(new EmbedView.Fact(l.t("asOf"), l.date(a.asOf())));
        facts.add(new EmbedView.Fact(l.t("computedOn"),
                l.date(MunicipalDates.of(a.createdAt()))));
        facts.add(new EmbedView.Fact(l.t("method"), o.methodVersion()));
        facts.add(new EmbedView.Fact(l.t("thresholdSet"), o.thresholdSetVersion()));
        facts.add(new EmbedView.Fact(l.t("municipality"), a.municipality()));
        String notice = newer == null ? null : l.f("superseded", l.date(newer.asOf()), l.date(a.asOf()));

        List<EmbedView.AxisView> axes = new ArrayList<>();
        for (AssessmentOutcome.Axis axis : o.axes()) {
            String position = axis.position() == null ? l.t("positionNotComputed")
                    : l.f("positionOf", axis.position(), l.t(axis.positionLabel()));
            if ("ROLE".equals(axis.axis()) && axis.position() != null) {
                position = l.f("positionOf", axis.position(), l.t("roleTaken") + ": " + l.t(axis.positionLabel()));
            }
            List<String> markers = new ArrayList<>();
            for (AssessmentOutcome.Marker m : axis.markers()) {
                String holder = m.holder() == null ? "" : m.holder().name() != null ? m.holder().name()
                        : l.t(m.holder().source());
                markers.add(capitalize(l.t(m.kind())) + (holder.isEmpty() ? "" : " (" + holder + ")") + ": "
                        + l.t(m.label()) + " (" + m.position() + ")");
            }
            List<EmbedView.RiskView> risks = new ArrayList<>();
            for (AssessmentOutcome.Risk r : axis.risks()) {
                Band level = r.level() == null ? Band.NOT_COMPUTED : r.level();
                risks.add(new EmbedView.RiskView(l.t(r.type()), level.name(), l.t(level.name()),
                        r.drivenBy()));
            }
            String id = "ROLE".equals(axis.axis()) ? "role" : "feasibility-inclusivity";
            axes.add(new EmbedView.AxisView(id, l.t(axis.axis()), position,
                    "ROLE".equals(axis.axis()) ? l.t("scale2") : l.t("scale1"), markers, risks,
                    l.f("risksOf", l.t(axis.axis()))));
        }
        List<EmbedView.IndicatorView> indicators = new ArrayList<>();
        for (AssessmentOutcome.Indicator i : o.indicators()) {
            Band band = i.band() == null ? Band.NOT_COMPUTED : i.band();
            indicators.add(new EmbedView.IndicatorView(i.code(), l.text(i.label()), l.t(i.axis()), band.name(),
                    l.t(band.name()), value(i.value(), l), i.formula() == null ? "" : i.formula(),
                    l.text(i.explanation())));
        }
        List<String> flags = o.flags().stream().map(f -> l.t(f)).toList();
        List<String> warnings = o.warnings().stream().map(w -> l.text(w.message())).toList();
        List<EmbedView.QuestionView> questions = o.questions().stream()
                .map(q -> new EmbedView.QuestionView(q.code(), l.text(q.text()),
                        q.triggeredBy().isEmpty() ? l.t("always")
                                : String.join(", ", q.triggeredBy().stream().map(l::t).toList())))
                .toList();
        Map<String, String> words = new LinkedHashMap<>();
        for (String key : List.of("pageTitle", "chart", "chartCaption", "axes", "position", "scale", "markers",
                "risk", "level", "drivenBy", "indicators", "indicatorsCaption", "code", "indicator", "axis", "band",
                "value", "formula", "explanation", "flags", "noFlags", "warnings", "noWarnings", "questions",
                "triggeredBy", "optionsWeighed", "disclaimer")) {
            words.put(key, l.t(key));
        }
        String svg = assessments.chart(a, l.lang()).replaceFirst("^<\\?xml[^>]*\\?>\\s*", "");
        return new EmbedView(l.lang(), words, CSS, heading,
                (initiative.isBlank() ? "" : initiative + " · ") + l.t("pageTitle"), facts, notice, svg, axes,
                indicators, flags, warnings, questions, optionsWeighed, l.text(o.disclaimer()),
                l.f("source", o.methodVersion(), l.date(MunicipalDates.of(grant.expiresAt()))));
    }

    private static String value(Number value, EmbedLabels l) {
        if (value == null) {
            return l.t("notComputed");
        }
        String text = value.toString();
        return "nl".equals(l.lang()) ? text.replace('.', ',') : text;
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String resource(String name) {
        try (InputStream in = EmbedLinks.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
