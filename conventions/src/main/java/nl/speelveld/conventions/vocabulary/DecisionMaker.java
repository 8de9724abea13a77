package nl.speelveld.conventions.vocabulary;

/** Who took a key decision in the initiative. */
public enum DecisionMaker implements Coded {
    CITIZENS("burgers", "citizens", null),
    JOINT("gezamenlijk", "jointly", null),
    GOVERNMENT("gemeente", "municipality", null),
    OTHER_ORGANISATION("andere organisatie", "other organisation", null);

    private static final String SOURCE = "Speelveld design proposal (DOMAIN.md 2.2)";

    private final Labels labels;

    DecisionMaker(String labelNl, String labelEn, String description) {
        this.labels = new Labels(labelNl, labelEn, description, SOURCE);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
