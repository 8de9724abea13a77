package nl.speelveld.stakeholder.group;

import nl.speelveld.conventions.vocabulary.Coded;

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

    private final String labelNl;
    private final String labelEn;
    private final String description;

    Barrier(String labelNl, String labelEn, String description) {
        this.labelNl = labelNl;
        this.labelEn = labelEn;
        this.description = description;
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
    public String description() {
        return description;
    }
}
