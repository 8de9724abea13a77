package nl.speelveld.initiative.initiative;

import nl.speelveld.conventions.vocabulary.Coded;
import nl.speelveld.conventions.vocabulary.Coded.Labels;

/** The legal form of the initiative. */
public enum LegalForm implements Coded {
    NONE("informeel", "informal", null),
    ASSOCIATION("vereniging", "association", null),
    FOUNDATION("stichting", "foundation", null),
    COOPERATIVE("coöperatie (U.A.)", "cooperative", null),
    OTHER("anders", "other", null);

    private final Labels labels;

    LegalForm(String labelNl, String labelEn, String source) {
        this.labels = new Labels(labelNl, labelEn, null, source);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
