package nl.speelveld.initiative.initiative;

import nl.speelveld.conventions.vocabulary.Coded;
import nl.speelveld.conventions.vocabulary.Coded.Labels;

/** Whether the co-produced task is a core or a complementary task. */
public enum TaskNature implements Coded {
    CORE("kerntaak", "core", "Brandsen & Honingh 2016 (recalled)"),
    COMPLEMENTARY("aanvullende taak", "complementary", "Brandsen & Honingh 2016 (recalled)");

    private final Labels labels;

    TaskNature(String labelNl, String labelEn, String source) {
        this.labels = new Labels(labelNl, labelEn, null, source);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
