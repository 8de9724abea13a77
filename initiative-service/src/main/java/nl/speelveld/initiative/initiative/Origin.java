package nl.speelveld.initiative.initiative;

import nl.speelveld.conventions.vocabulary.Coded;
import nl.speelveld.conventions.vocabulary.Coded.Labels;

/** Whether the initiative came from society or from the government. */
public enum Origin implements Coded {
    BOTTOM_UP("van onderop (uit de samenleving)", "bottom-up", "van Eijk & Cuppen 2022"),
    TOP_DOWN("van bovenaf (door de overheid gestimuleerd of georganiseerd)", "top-down", "van Eijk & Cuppen 2022");

    private final Labels labels;

    Origin(String labelNl, String labelEn, String source) {
        this.labels = new Labels(labelNl, labelEn, null, source);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
