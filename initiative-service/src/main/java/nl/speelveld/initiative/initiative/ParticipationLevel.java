package nl.speelveld.initiative.initiative;

import nl.speelveld.conventions.vocabulary.Coded;
import nl.speelveld.conventions.vocabulary.Coded.Labels;

/** The rung of the participation ladder citizens currently hold. */
public enum ParticipationLevel implements Coded {
    INFORM("informeren", "inform", "Movisie participatieladder (Edelenbos e.a. 1998)"),
    CONSULT("raadplegen", "consult", "Movisie participatieladder"),
    ADVISE("adviseren", "advise", "Movisie participatieladder"),
    COPRODUCE("coproduceren", "co-produce", "Movisie participatieladder"),
    CODECIDE("meebeslissen", "co-decide", "Movisie participatieladder"),
    SELF_MANAGE("zelfbeheer", "self-management", "Movisie participatieladder");

    private final Labels labels;

    ParticipationLevel(String labelNl, String labelEn, String source) {
        this.labels = new Labels(labelNl, labelEn, null, source);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
