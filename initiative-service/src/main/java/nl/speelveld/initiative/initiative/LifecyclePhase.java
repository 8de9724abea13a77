package nl.speelveld.initiative.initiative;

import nl.speelveld.conventions.vocabulary.Coded;

/** The lifecycle phase of an initiative; changed through phase transitions. */
public enum LifecyclePhase implements Coded {
    IDEA("idee", "idea", null),
    EXPLORATION("verkenning", "exploration", null),
    DESIGN("planvorming/ontwerp", "design", null),
    IMPLEMENTATION("uitvoering", "implementation", null),
    CONTINUATION("beheer/continuering", "continuation", null),
    EVALUATION("evaluatie", "evaluation", null),
    ENDED("beëindigd", "ended", null);

    private final String labelNl;
    private final String labelEn;
    private final String source;

    LifecyclePhase(String labelNl, String labelEn, String source) {
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
