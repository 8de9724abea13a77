package nl.speelveld.method;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import nl.speelveld.method.AssessmentInput.ParticipantProfile;
import nl.speelveld.method.AssessmentInput.PopulationProfile;
import nl.speelveld.method.AssessmentOutcome.Indicator;
import nl.speelveld.method.AssessmentOutcome.Input;
import nl.speelveld.method.AssessmentOutcome.Warning;
import nl.speelveld.method.RepresentationGaps.Gap;
import nl.speelveld.method.RepresentationGaps.ProfileGaps;

/**
 * FI-5 representativeness gap (representativiteitskloof): the dissimilarity index D of the current participant
 * profiles with scope CORE_GROUP, ACTIVE_PARTICIPANTS or MEMBERS against their reference, per dimension (see
 * {@link RepresentationGaps} for the reference resolution and D).
 *
 * <p>Current profiles (docs/method.md): per (group, scope) only the latest profile with
 * {@code measuredOn} ≤ asOf counts (on the same date, the later one in the input); earlier profiles serve RO-4 S1 only
 * and profiles measured after asOf are ignored. The value is the headline: the largest D over those profiles and
 * their dimensions (on a tie the first in input order), compared exactly. Higher is worse
 * ({@code band.fi5.lo}/{@code band.fi5.hi}); the band is capped at MEDIUM when the headline profile has
 * n &lt; {@code fi5.smallSample.n}, with warning SMALL_SAMPLE (raised whenever the headline profile is that small).
 *
 * <p>Warnings, all about the current profiles and the references actually used in a comparison:
 * <ul>
 *   <li>NO_REFERENCE: a dimension of a current headline-scope profile without any reference (one warning per profile
 *       and dimension). Dimensions of USERS_REACHED and RESPONDENTS profiles are skipped silently: they are
 *       information.</li>
 *   <li>REFERENCE_NOT_JUSTIFIED: a used reference whose basis is not ALL_RESIDENTS and whose rationale is empty.</li>
 *   <li>MIXED_CBS_YEARS: the used references that are CBS figures (source CBS_KWB, or a StatLine table id ending in
 *       NED) describe more than one {@code referenceYear}. CBS changed its classifications between years (migration
 *       background), so gaps computed against different years must not be compared as one headline.</li>
 *   <li>NOT_COMPUTED (naming FI-5): no headline, because there is no current headline-scope profile or none of its
 *       dimensions has a reference (the NO_REFERENCE warnings then say which).</li>
 * </ul>
 * USERS_REACHED and RESPONDENTS profiles are compared the same way (their current ones, by the same rule) and listed
 * in {@code gaps} with {@code informationOnly: true}: reach is not voice.
 *
 * <p>Small cells (docs/method.md, AVG): the categories shown in {@code details} and in the formula never reveal a
 * participant count below {@link SmallCells#MIN}; see {@link SmallCells}. D and the under-represented list are
 * computed on the full counts. The profile's size n is shown: it is the size of the whole profile, not a cell.
 */
final class FI5RepresentativenessGap {

    private static final Pattern CBS_TABLE = Pattern.compile("(?i)^\\d+[a-z]*NED$");

    record Result(Indicator indicator, List<Warning> warnings, Gap headline, List<ProfileGaps> profiles)
            implements IndicatorResult {
    }

    private FI5RepresentativenessGap() {
    }

    /**
     * Per (group, scope) the latest profile measured on or before asOf, in input order of their first appearance. A
     * profile without a date (the API requires one) is not known to lie after asOf and counts as the earliest.
     */
    static List<ParticipantProfile> current(Snapshot s) {
        Map<String, ParticipantProfile> latest = new LinkedHashMap<>();
        for (ParticipantProfile p : s.input.participantProfiles()) {
            if (p.measuredOn() != null && p.measuredOn().isAfter(s.asOf)) {
                continue;
            }
            String key = p.groupId() + "|" + p.scope();
            ParticipantProfile known = latest.get(key);
            if (known == null || p.measuredOn() != null
                    && (known.measuredOn() == null || !p.measuredOn().isBefore(known.measuredOn()))) {
                latest.put(key, p);
            }
        }
        return List.copyOf(latest.values());
    }

    static Result compute(Snapshot s) {
        Thresholds t = s.thresholds;
        List<Warning> warnings = new ArrayList<>();
        List<ProfileGaps> all = new ArrayList<>();
        List<Object> gapDetails = new ArrayList<>();
        List<Input> inputs = new ArrayList<>();
        Set<PopulationProfile> used = new LinkedHashSet<>();
        Gap headline = null;
        boolean anyEligible = false;
        for (ParticipantProfile p : current(s)) {
            boolean eligible = RepresentationGaps.HEADLINE_SCOPES.contains(p.scope());
            anyEligible |= eligible;
            ProfileGaps pg = RepresentationGaps.of(s, p);
            all.add(pg);
            inputs.add(new Input(p.id(), s.groupName(p.groupId()) + " (" + p.scope() + ", " + p.measuredOn() + ")",
                    p.n()));
            for (Gap g : pg.gaps()) {
                used.add(g.reference());
                gapDetails.add(gapDetail(s, g, !eligible));
                if (eligible && (headline == null || g.d().compareTo(headline.d()) > 0)) {
                    headline = g;
                }
            }
            if (eligible) {
                for (String dim : pg.skippedDimensions()) {
                    warnings.add(IndicatorCatalog.warning("NO_REFERENCE",
                            "Geen referentiepopulatie met dimensie " + dim + " voor profiel van "
                                    + s.groupName(p.groupId()) + "; deze dimensie is overgeslagen.",
                            "No reference population with dimension " + dim + " for the profile of "
                                    + s.groupName(p.groupId()) + "; this dimension was skipped."));
                }
            }
        }
        for (PopulationProfile ref : used) {
            inputs.add(new Input(ref.id(), ref.name(), ref.sourceTable() + " " + ref.referenceYear()));
            if (!"ALL_RESIDENTS".equals(ref.basis()) && (ref.rationale() == null || ref.rationale().isBlank())) {
                warnings.add(IndicatorCatalog.warning("REFERENCE_NOT_JUSTIFIED",
                        "Referentie '" + ref.name() + "' heeft basis " + ref.basis() + " zonder onderbouwing.",
                        "Reference '" + ref.name() + "' has basis " + ref.basis() + " without a rationale."));
            }
        }
        Set<Integer> cbsYears = new LinkedHashSet<>();
        for (PopulationProfile ref : used) {
            boolean cbs = "CBS_KWB".equals(ref.source())
                    || (ref.sourceTable() != null && CBS_TABLE.matcher(ref.sourceTable().trim()).matches());
            if (cbs && ref.referenceYear() != null) {
                cbsYears.add(ref.referenceYear());
            }
        }
        if (cbsYears.size() > 1) {
            warnings.add(IndicatorCatalog.warning("MIXED_CBS_YEARS",
                    "De gebruikte CBS-referenties komen uit verschillende jaren " + cbsYears
                            + "; indelingen (zoals migratieachtergrond) verschillen tussen jaren.",
                    "The CBS references used come from different years " + cbsYears
                            + "; classifications (such as migration background) differ between years."));
        }
        if (!anyEligible) {
            warnings.add(IndicatorCatalog.notComputed("FI-5",
                    "er is geen deelnemersprofiel van een kerngroep, actieve deelnemers of leden gemeten op of vóór "
                            + s.asOf + ".",
                    "there is no participant profile of a core group, active participants or members measured on or"
                            + " before " + s.asOf + "."));
        } else if (headline == null) {
            warnings.add(IndicatorCatalog.notComputed("FI-5",
                    "geen enkele dimensie van de actuele profielen heeft een referentiepopulatie.",
                    "no dimension of the current profiles has a reference population."));
        }
        Exact d = headline == null ? null : headline.d();
        Band band = Bands.higherIsWorse(d, t, "fi5");
        int small = t.integer("fi5.smallSample.n");
        if (headline != null && headline.profile().n() < small) {
            if (band == Band.HIGH) {
                band = Band.MEDIUM;
            }
            warnings.add(IndicatorCatalog.warning("SMALL_SAMPLE",
                    "Het profiel met de grootste kloof telt n = " + headline.profile().n() + " (< " + small
                            + "); de band is hoogstens MIDDEN.",
                    "The profile with the largest gap has n = " + headline.profile().n() + " (< " + small
                            + "); the band is at most MEDIUM."));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("headline", headline == null ? null : headlineDetail(headline));
        details.put("gaps", gapDetails);
        String formula = headline == null
                ? "D = ½ Σ |p − q|: no comparison possible"
                : "D(" + headline.dimension() + ") = ½ Σ |p − q| = " + terms(headline) + " = "
                        + Numbers.plain(Exact.round3(d)) + " (n = " + headline.profile().n() + ")";
        Map<String, String> explanation = headline == null
                ? IndicatorCatalog.explain(band, "Er is geen deelnemersprofiel met een referentie om mee te vergelijken.",
                        "There is no participant profile with a reference to compare with.")
                : IndicatorCatalog.explain(band,
                        "De " + Texts.name(headline.profile().scope(), "nl") + " van "
                                + s.groupName(headline.profile().groupId()) + " wijkt het meest af op "
                                + Texts.name(headline.dimension(), "nl") + ": " + Numbers.twoDecimals(d, "nl")
                                + " van de deelnemers zou anders verdeeld moeten zijn om op '"
                                + headline.reference().name() + "' te lijken. Ondervertegenwoordigd: "
                                + Texts.list(headline.underRepresented(), "nl") + ".",
                        "The " + Texts.name(headline.profile().scope(), "en") + " of "
                                + s.groupName(headline.profile().groupId()) + " differs most on "
                                + Texts.name(headline.dimension(), "en") + ": a share of " + Numbers.twoDecimals(d, "en")
                                + " of the participants would have to be reallocated to resemble '"
                                + headline.reference().name() + "'. Under-represented: "
                                + Texts.list(headline.underRepresented(), "en") + ".");
        Indicator ind = IndicatorCatalog.build("FI-5", Exact.round3(d), band, formula, inputs, explanation, details);
        return new Result(ind, List.copyOf(warnings), headline, List.copyOf(all));
    }

    /**
     * The terms of the sum over the categories as shown. When small categories had to be merged
     * ({@link SmallCells}), the merged terms would no longer add up to D, so the formula then names the merge
     * instead of listing terms.
     */
    private static String terms(Gap g) {
        List<SmallCells.Shown> shown = SmallCells.shown(g.categories());
        if (shown.stream().anyMatch(SmallCells.Shown::merged)) {
            return "½ Σ over " + g.categories().size() + " categories (categories with fewer than " + SmallCells.MIN
                    + " participants are shown together as " + SmallCells.OTHER_SMALL + ")";
        }
        List<String> t = new ArrayList<>();
        for (SmallCells.Shown c : shown) {
            t.add("|" + Numbers.plain(c.p().round3()) + " − " + Numbers.plain(c.q().doubleValue()) + "|");
        }
        return "½ (" + String.join(" + ", t) + ")";
    }

    private static Map<String, Object> headlineDetail(Gap g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("profileId", g.profile().id());
        m.put("groupId", g.profile().groupId());
        m.put("scope", g.profile().scope());
        m.put("dimension", g.dimension());
        m.put("D", g.d().round3());
        m.put("n", g.profile().n());
        m.put("referenceProfileId", g.reference().id());
        m.put("underRepresented", g.underRepresented());
        return m;
    }

    private static Map<String, Object> gapDetail(Snapshot s, Gap g, boolean informationOnly) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("profileId", g.profile().id());
        m.put("groupId", g.profile().groupId());
        m.put("groupName", s.groupName(g.profile().groupId()));
        m.put("scope", g.profile().scope());
        m.put("measuredOn", g.profile().measuredOn() == null ? null : g.profile().measuredOn().toString());
        m.put("informationOnly", informationOnly);
        m.put("dimension", g.dimension());
        m.put("D", g.d().round3());
        m.put("n", g.profile().n());
        m.put("referenceProfileId", g.reference().id());
        m.put("referenceName", g.reference().name());
        m.put("underRepresented", g.underRepresented());
        List<Object> cats = new ArrayList<>();
        for (SmallCells.Shown c : SmallCells.shown(g.categories())) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("category", c.category());
            cm.put("p", c.p().round3());
            cm.put("q", new Exact(c.q(), BigDecimal.ONE).round3());
            if (c.merged()) {
                cm.put("mergedCategories", c.mergedCategories());
            }
            cats.add(cm);
        }
        m.put("categories", cats);
        return m;
    }
}
