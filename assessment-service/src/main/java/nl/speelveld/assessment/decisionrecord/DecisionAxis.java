package nl.speelveld.assessment.decisionrecord;

import nl.speelveld.conventions.vocabulary.GovernmentRole;
/** The dilemma a decision record weighs (DOMAIN.md §2.4, DilemmaAxis); RULES is reserved for a later method. */
enum DecisionAxis {
    /** Uitvoerbaarheid ↔ inclusiviteit: the choice is a {@link FiChoice}. */
    FEASIBILITY_INCLUSIVITY,
    /** Sturen / faciliteren / leiden: the choice is a {@link GovernmentRole}. */
    ROLE
}
