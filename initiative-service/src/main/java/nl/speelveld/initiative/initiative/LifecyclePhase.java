package nl.speelveld.initiative.initiative;

import nl.speelveld.conventions.vocabulary.Coded;
import nl.speelveld.conventions.vocabulary.Coded.Labels;

/** The lifecycle phase of an initiative; changed through phase transitions. */
public enum LifecyclePhase implements Coded {
    IDEA("idee", "idea", null),
    EXPLORATION("verkenning", "exploration", null),
    DESIGN("planvorming/ontwerp", "design", null),
    IMPLEMENTATION("uitvoering", "implementation", null),
    CONTINUATION("beheer/continuering", "continuation", null),
    EVALUATION("evaluatie", "evaluation", null),
    ENDED("beëindigd", "ended", null);

    private final Labels labels;

    LifecyclePhase(String labelNl, String labelEn, String source) {
        this.labels = new Labels(labelNl, labelEn, null, source);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
