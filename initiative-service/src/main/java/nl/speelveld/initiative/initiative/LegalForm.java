package nl.speelveld.initiative.initiative;

import nl.speelveld.conventions.vocabulary.Coded;

/** The legal form of the initiative. */
public enum LegalForm implements Coded {
    NONE("informeel", "informal", null),
    ASSOCIATION("vereniging", "association", null),
    FOUNDATION("stichting", "foundation", null),
    COOPERATIVE("coöperatie (U.A.)", "cooperative", null),
    OTHER("anders", "other", null);

    private final String labelNl;
    private final String labelEn;
    private final String source;

    LegalForm(String labelNl, String labelEn, String source) {
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
