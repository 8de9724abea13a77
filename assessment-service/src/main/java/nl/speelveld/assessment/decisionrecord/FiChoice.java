package nl.speelveld.assessment.decisionrecord;

/** What the civil servant chooses on the feasibility ↔ inclusivity dilemma (DOMAIN.md §2.4, FiChoice). */
enum FiChoice {
    /** Focus houden. */
    KEEP_FOCUS,
    /** Focus houden met maatregelen (mitigations for the interests left out). */
    KEEP_FOCUS_WITH_MITIGATION,
    /** Gefaseerd verbreden. */
    BROADEN_PHASED,
    /** Nu verbreden. */
    BROADEN_NOW,
    /** Belang elders beleggen, e.g. in a neighbourhood programme or other policy. */
    REFER_ELSEWHERE,
    /** Uitstellen. */
    POSTPONE
}
