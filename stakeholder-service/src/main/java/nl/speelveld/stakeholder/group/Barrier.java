package nl.speelveld.stakeholder.group;

import nl.speelveld.conventions.vocabulary.Coded;
import nl.speelveld.conventions.vocabulary.Coded.Labels;

/** What keeps a group from taking part. */
public enum Barrier implements Coded {
    LANGUAGE("taal", "language", null),
    LITERACY("laaggeletterdheid", "low literacy", null),
    DIGITAL("digitaal", "digital", null),
    TIME("tijd (werk, zorgtaken)", "time (work, care duties)", null),
    MOBILITY("mobiliteit", "mobility", null),
    TRUST("wantrouwen in de overheid", "distrust of government", null),
    CONFIDENCE("voelt zich te min", "lack of confidence", null),
    OTHER("anders", "other", null);

    private final Labels labels;

    Barrier(String labelNl, String labelEn, String description) {
        this.labels = new Labels(labelNl, labelEn, description, null);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
