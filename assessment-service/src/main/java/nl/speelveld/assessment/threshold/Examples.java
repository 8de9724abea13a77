package nl.speelveld.assessment.threshold;

/** The response example of the OpenAPI document for threshold sets: a municipality's own version. */
final class Examples {

    private Examples() {
    }

    static final String THRESHOLD_SET = """
            {"version": "GM0344-1", "builtIn": false, "values": {"band.fi5.hi": 0.25, "band.fi5.lo": 0.1},
             "overrides": {"band.fi5.hi": 0.25}, "rationale": "Kalibratie met drie wijkteams, oktober 2026",
             "changedBy": "u-4711", "validFrom": "2026-11-01",
             "descriptions": {"band.fi5.hi": "FI-5 from this D the band is HIGH (default 0.2)"}}
            """;
}
