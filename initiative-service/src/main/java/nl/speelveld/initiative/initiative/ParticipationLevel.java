package nl.speelveld.initiative.initiative;

import nl.speelveld.conventions.vocabulary.Coded;

/** The rung of the participation ladder citizens currently hold. */
public enum ParticipationLevel implements Coded {
    INFORM("informeren", "inform", "Movisie participatieladder (Edelenbos e.a. 1998)"),
    CONSULT("raadplegen", "consult", "Movisie participatieladder"),
    ADVISE("adviseren", "advise", "Movisie participatieladder"),
    COPRODUCE("coproduceren", "co-produce", "Movisie participatieladder"),
    CODECIDE("meebeslissen", "co-decide", "Movisie participatieladder"),
    SELF_MANAGE("zelfbeheer", "self-management", "Movisie participatieladder");

    private final String labelNl;
    private final String labelEn;
    private final String source;

    ParticipationLevel(String labelNl, String labelEn, String source) {
        this.labelNl = labelNl;
        this.labelEn = labelEn;
        this.source = source;
    }

    @Override
    public String labelNl() {
        return labelNl;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }

    @Override
    public String source() {
        return source;
    }
}
