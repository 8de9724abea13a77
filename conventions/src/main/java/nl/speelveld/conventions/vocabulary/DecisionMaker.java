package nl.speelveld.conventions.vocabulary;


/** Who took a key decision in the initiative. */
public enum DecisionMaker implements Coded {
    CITIZENS("burgers", "citizens", null),
    JOINT("gezamenlijk", "jointly", null),
    GOVERNMENT("gemeente", "municipality", null),
    OTHER_ORGANISATION("andere organisatie", "other organisation", null);

    private static final String SOURCE = "Speelveld design proposal (DOMAIN.md 2.2)";

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

    @Override
    public String source() {
        return SOURCE;
    }
}
