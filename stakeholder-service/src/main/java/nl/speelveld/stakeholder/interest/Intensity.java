package nl.speelveld.stakeholder.interest;

import nl.speelveld.conventions.vocabulary.Coded;

/** How strongly an interest is felt. */
public enum Intensity implements Coded {
    LOW("laag", "low", null),
    MEDIUM("gemiddeld", "medium", null),
    HIGH("hoog", "high", null);

    private final String labelNl;
    private final String labelEn;
    private final String description;

    Intensity(String labelNl, String labelEn, String description) {
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
