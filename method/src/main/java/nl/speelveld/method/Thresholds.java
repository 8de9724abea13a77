package nl.speelveld.method;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A versioned set of the numbers the method {@code dilemma-1.0} uses (docs/method.md). Every number
 * a rule compares with comes from here; the defaults are guesses [G] that a municipality may override.
 *
 * <p>Keys and defaults (see {@link #describe()} for the same list in machine-readable form):
 * <pre>
 * band.fi3.lo / band.fi3.hi                0.50 / 0.75  FI-3 voice coverage, higher is better
 * band.fi5.lo / band.fi5.hi                0.10 / 0.20  FI-5 representativeness gap D, higher is worse
 * band.fi6.lo / band.fi6.hi                0.20 / 0.40  FI-6 and FI-8 conflict density, higher is worse
 * band.ro3.lo / band.ro3.hi                0.40 / 0.60  RO-3 autonomy, higher is better
 * band.ro5.lo / band.ro5.hi                0.25 / 0.50  RO-5 weighed share, higher is better
 * band.issues.medium / band.issues.high    3 / 5        FI-2 and FI-8 issue count: from 3 MEDIUM, from 5 HIGH
 * band.fi7.medium / band.fi7.high          5 / 8        FI-7 parties at the table
 * band.ro1.medium / band.ro1.high          1 / 2        RO-1 |G|
 * band.ro2.medium / band.ro2.high          2 / 3        RO-2 spread S
 * band.ro4.medium / band.ro4.high          1 / 2        RO-4 number of signals
 * p1.focused.max / p1.intermediate.max     40 / 60      P1 labels FOCUSED 0-40, INTERMEDIATE 41-60, BROADENED above
 * p2.step                                  25           P2 = step × role value
 * fi5.smallSample.n                        20           headline profile with n below this: band capped at MEDIUM
 * fi5.underRepresented.minShare            0.10         a category is only flagged when q is at least this
 * fi5.underRepresented.maxRatio            0.5          ... and p/q is below this
 * fi6.fewPairs                             3            FEW_PAIRS below this number of pairs
 * ro2.minHolders                           2            RO-2 needs at least this many holders
 * ro3.window.months                        24           decisions counted back from asOf
 * ro3.jointWeight                          0.5          weight of a JOINT decision in A
 * ro3.fewDecisions                         3            FEW_DECISIONS below this number of decisions
 * ro4.s1.minRise                           0.05         S1: headline D rose by at least this
 * ro4.s2.minRenewal                        0.20         S2: joined/coreSize below this
 * ro4.s3.window.months                     12           S3: no consultation within this window
 * ro4.s4.window.months                     24           S4: latest consultation within this window ...
 * ro4.s4.minReach                          0.10         ... reached respondents/constituencySize below this
 * ro4.s5.minAlignment                      0.75         S5: share of aligned issues below this
 * ro4.s5.stale.months                      24           STALE_CONSULTATION when older than this
 * ro4.s6.window.months                     24           S6: snapshots within this window ...
 * ro4.s6.minDrop                           0.20         ... membersTotal fell by at least this fraction
 * flag.stillCitizenInitiative.maxAutonomy  0.4          STILL_CITIZEN_INITIATIVE when A below this ...
 * flag.stillCitizenInitiative.minGap       2            ... or G at least this
 * flag.abandonment.maxGap                  -2           ABANDONMENT_RISK when G at most this
 * flag.financialDependency.minShare        0.75         FINANCIAL_DEPENDENCY when funding/budget at least this
 * </pre>
 *
 * @param version the version label of this set, copied into every assessment made with it
 * @param values  every known key with its number
 */
public record Thresholds(String version, Map<String, Double> values) {

    /** The version of the built-in set. */
    public static final String DEFAULT_VERSION = "default-1";

    private static final Map<String, Entry> DEFAULTS = new LinkedHashMap<>();

    private record Entry(double value, String description) {
    }

    private static void def(String key, double value, String description) {
        DEFAULTS.put(key, new Entry(value, description));
    }

    static {
        def("band.fi3.lo", 0.50, "FI-3 voice coverage: below this HIGH");
        def("band.fi3.hi", 0.75, "FI-3 voice coverage: from this LOW");
        def("band.fi5.lo", 0.10, "FI-5 representativeness gap: from this MEDIUM");
        def("band.fi5.hi", 0.20, "FI-5 representativeness gap: from this HIGH");
        def("band.fi6.lo", 0.20, "FI-6/FI-8 conflict density: from this MEDIUM");
        def("band.fi6.hi", 0.40, "FI-6/FI-8 conflict density: from this HIGH");
        def("band.ro3.lo", 0.40, "RO-3 autonomy: below this HIGH");
        def("band.ro3.hi", 0.60, "RO-3 autonomy: from this LOW");
        def("band.ro5.lo", 0.25, "RO-5 weighed share: below this HIGH");
        def("band.ro5.hi", 0.50, "RO-5 weighed share: from this LOW");
        def("band.issues.medium", 3, "FI-2/FI-8 issue count: from this MEDIUM");
        def("band.issues.high", 5, "FI-2/FI-8 issue count: from this HIGH");
        def("band.fi7.medium", 5, "FI-7 parties at the table: from this MEDIUM");
        def("band.fi7.high", 8, "FI-7 parties at the table: from this HIGH");
        def("band.ro1.medium", 1, "RO-1 |G|: from this MEDIUM");
        def("band.ro1.high", 2, "RO-1 |G|: from this HIGH");
        def("band.ro2.medium", 2, "RO-2 spread: from this MEDIUM");
        def("band.ro2.high", 3, "RO-2 spread: from this HIGH");
        def("band.ro4.medium", 1, "RO-4 signals: from this MEDIUM");
        def("band.ro4.high", 2, "RO-4 signals: from this HIGH");
        def("p1.focused.max", 40, "P1 up to this: FOCUSED");
        def("p1.intermediate.max", 60, "P1 up to this: INTERMEDIATE, above: BROADENED");
        def("p2.step", 25, "P2 = step x role value (0..4)");
        def("fi5.smallSample.n", 20, "FI-5 headline profile with n below this: band capped at MEDIUM, SMALL_SAMPLE");
        def("fi5.underRepresented.minShare", 0.10, "FI-5 under-represented only if reference share q is at least this");
        def("fi5.underRepresented.maxRatio", 0.5, "FI-5 under-represented if p/q is below this");
        def("fi6.fewPairs", 3, "FI-6 FEW_PAIRS below this number of pairs");
        def("ro2.minHolders", 2, "RO-2 needs at least this number of holders");
        def("ro3.window.months", 24, "RO-3 decisions in this many months up to asOf");
        def("ro3.jointWeight", 0.5, "RO-3 weight of a JOINT decision");
        def("ro3.fewDecisions", 3, "RO-3 FEW_DECISIONS below this number of decisions");
        def("ro4.s1.minRise", 0.05, "RO-4 S1 when the headline D rose by at least this");
        def("ro4.s2.minRenewal", 0.20, "RO-4 S2 when coreJoinedLast24Months/coreSize is below this");
        def("ro4.s3.window.months", 12, "RO-4 S3 when no consultation in this many months up to asOf");
        def("ro4.s4.window.months", 24, "RO-4 S4 looks at the latest consultation in this many months up to asOf");
        def("ro4.s4.minReach", 0.10, "RO-4 S4 when respondents/constituencySize is below this");
        def("ro4.s5.minAlignment", 0.75, "RO-4 S5 when the share of aligned issues is below this");
        def("ro4.s5.stale.months", 24, "STALE_CONSULTATION when the latest consultation is older than this many months");
        def("ro4.s6.window.months", 24, "RO-4 S6 compares snapshots in this many months up to asOf");
        def("ro4.s6.minDrop", 0.20, "RO-4 S6 when membersTotal fell by at least this fraction");
        def("flag.stillCitizenInitiative.maxAutonomy", 0.4, "STILL_CITIZEN_INITIATIVE when A is below this");
        def("flag.stillCitizenInitiative.minGap", 2, "STILL_CITIZEN_INITIATIVE when G is at least this");
        def("flag.abandonment.maxGap", -2, "ABANDONMENT_RISK when G is at most this");
        def("flag.financialDependency.minShare", 0.75, "FINANCIAL_DEPENDENCY when funding/budget is at least this");
    }

    public Thresholds {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(values, "values");
        values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** The built-in set, version {@value #DEFAULT_VERSION}. */
    public static Thresholds defaults() {
        Map<String, Double> v = new LinkedHashMap<>();
        DEFAULTS.forEach((k, e) -> v.put(k, e.value()));
        return new Thresholds(DEFAULT_VERSION, v);
    }

    /**
     * A tenant's own set: the defaults with the given keys replaced.
     *
     * @throws IllegalArgumentException for an unknown key or a missing value (see {@link #problems(Map)})
     */
    public static Thresholds withOverrides(String version, Map<String, Double> overrides) {
        List<String> problems = problems(overrides);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        Map<String, Double> v = new LinkedHashMap<>(defaults().values());
        v.putAll(overrides);
        return new Thresholds(version, v);
    }

    /** The keys a threshold set may hold, in documentation order. */
    public static Set<String> knownKeys() {
        return Collections.unmodifiableSet(DEFAULTS.keySet());
    }

    /** Each known key with its default value and a one-line description, in documentation order. */
    public static Map<String, String> describe() {
        Map<String, String> out = new LinkedHashMap<>();
        DEFAULTS.forEach((k, e) -> out.put(k, e.description() + " (default " + Numbers.plain(e.value()) + ")"));
        return Collections.unmodifiableMap(out);
    }

    /** What is wrong with a POSTed set of values: unknown keys and missing or non-finite numbers. Empty when fine. */
    public static List<String> problems(Map<String, Double> overrides) {
        List<String> out = new ArrayList<>();
        if (overrides == null) {
            return out;
        }
        new TreeMap<>(overrides).forEach((k, v) -> {
            if (!DEFAULTS.containsKey(k)) {
                out.add("unknown threshold key '" + k + "'");
            } else if (v == null || v.isNaN() || v.isInfinite()) {
                out.add("threshold '" + k + "' needs a finite number");
            }
        });
        return out;
    }

    /** The number under a key; falls back to the default for a key this set lacks. */
    public double get(String key) {
        Double v = values.get(key);
        if (v != null) {
            return v;
        }
        Entry e = DEFAULTS.get(key);
        if (e == null) {
            throw new IllegalArgumentException("unknown threshold key '" + key + "'");
        }
        return e.value();
    }

    /** The number under a key as a whole number (counts, months). */
    public int integer(String key) {
        return (int) Math.round(get(key));
    }
}
