package nl.speelveld.assessment.decisionrecord;

/**
 * The government's role on Pröpper's ordinal scale, from least to most involvement (DOMAIN.md §2.2): the choice of a
 * decision record on the role dilemma.
 */
enum GovernmentRole {
    /** Loslaten. */
    LET_GO,
    /** Faciliteren. */
    FACILITATE,
    /** Stimuleren. */
    STIMULATE,
    /** Regisseren. */
    DIRECT,
    /** Reguleren. */
    REGULATE
}
