package nl.speelveld.conventions.vocabulary;

/** The four sources of colliding interests. */
public enum StakeholderSource implements Coded {
    COPRODUCING_CITIZENS("coproducerende burgers", "co-producing citizens", null),
    BROADER_PUBLIC("breder publiek", "broader public", null),
    PUBLIC_ORGANISATION("(betrokken) publieke organisatie", "public organisation",
            "Including semi-public organisations: housing corporation, grid operator, care provider,"
                    + " welfare, other municipal departments"),
    POLITICS("politiek", "politics", "Council, executive (college), alderman (wethouder)");

    private static final String SOURCE = "van Eijk & Cuppen 2022, Bestuurskunde 31(3)";

    private final Labels labels;

    StakeholderSource(String labelNl, String labelEn, String description) {
        this.labels = new Labels(labelNl, labelEn, description, SOURCE);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
