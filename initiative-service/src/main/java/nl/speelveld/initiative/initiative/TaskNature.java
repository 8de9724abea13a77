package nl.speelveld.initiative.initiative;

import nl.speelveld.conventions.vocabulary.Coded;

/** Whether the co-produced task is a core or a complementary task. */
public enum TaskNature implements Coded {
    CORE("kerntaak", "core", "Brandsen & Honingh 2016 (recalled)"),
    COMPLEMENTARY("aanvullende taak", "complementary", "Brandsen & Honingh 2016 (recalled)");

    private final String labelNl;
    private final String labelEn;
    private final String source;

    TaskNature(String labelNl, String labelEn, String source) {
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
