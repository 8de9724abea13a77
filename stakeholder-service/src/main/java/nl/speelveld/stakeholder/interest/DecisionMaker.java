package nl.speelveld.stakeholder.interest;

import nl.speelveld.conventions.vocabulary.Coded;

/** Who took a decision or gave a response. */
public enum DecisionMaker implements Coded {
    CITIZENS("burgers", "citizens", null),
    JOINT("gezamenlijk", "jointly", null),
    GOVERNMENT("gemeente", "municipality", null),
    OTHER_ORGANISATION("andere organisatie", "other organisation", null);

    private final String labelNl;
    private final String labelEn;
    private final String description;

    DecisionMaker(String labelNl, String labelEn, String description) {
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
