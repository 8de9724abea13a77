package nl.speelveld.assessment.decisionrecord;

/** On whose mandate a weighing was made: the civil servant's own discretion, or a manager, alderman or council. */
enum Mandate {
    OWN_DISCRETION,
    MANAGER,
    ALDERMAN,
    COUNCIL
}
