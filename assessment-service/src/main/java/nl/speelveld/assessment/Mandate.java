package nl.speelveld.assessment;

/** On whose mandate a weighing was made: the civil servant's own discretion, or a manager, alderman or council. */
public enum Mandate {
    OWN_DISCRETION,
    MANAGER,
    ALDERMAN,
    COUNCIL
}
