package nl.speelveld.initiative.problemdefinition;

import nl.speelveld.conventions.vocabulary.Coded;
import nl.speelveld.conventions.vocabulary.Coded.Labels;

/** Who framed a problem definition. */
public enum FramedBy implements Coded {
    CITIZENS("door burgers", "by citizens", null),
    GOVERNMENT("door de overheid", "by the government", null),
    JOINT("samen", "jointly", null);

    private static final String SOURCE = "Speelveld design proposal (DOMAIN.md 2.2)";

    private final Labels labels;

    FramedBy(String labelNl, String labelEn, String description) {
        this.labels = new Labels(labelNl, labelEn, description, SOURCE);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
