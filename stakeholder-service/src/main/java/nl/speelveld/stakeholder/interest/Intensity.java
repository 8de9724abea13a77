package nl.speelveld.stakeholder.interest;

import nl.speelveld.conventions.vocabulary.Coded;
import nl.speelveld.conventions.vocabulary.Coded.Labels;

/** How strongly an interest is felt. */
public enum Intensity implements Coded {
    LOW("laag", "low", null),
    MEDIUM("gemiddeld", "medium", null),
    HIGH("hoog", "high", null);

    private final Labels labels;

    Intensity(String labelNl, String labelEn, String description) {
        this.labels = new Labels(labelNl, labelEn, description, null);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
