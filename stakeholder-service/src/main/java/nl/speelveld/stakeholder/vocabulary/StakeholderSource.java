package nl.speelveld.stakeholder.vocabulary;

import nl.speelveld.conventions.vocabulary.Coded;

/** The four sources whose interests collide around an initiative (van Eijk & Cuppen 2022). */
public enum StakeholderSource implements Coded {
    COPRODUCING_CITIZENS("coproducerende burgers", "co-producing citizens", "The active citizens who co-produce the"
            + " initiative."),
    BROADER_PUBLIC("breder publiek", "broader public", "Residents and others who do not take part themselves."),
    PUBLIC_ORGANISATION("(betrokken) publieke organisatie", "public organisation", "Including semi-public bodies:"
            + " housing corporation, grid operator, care provider, welfare, other municipal departments."),
    POLITICS("politiek", "politics", "Council, executive, alderman.");

    private final String labelNl;
    private final String labelEn;
    private final String description;

    StakeholderSource(String labelNl, String labelEn, String description) {
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
        return "van Eijk & Cuppen 2022";
    }
}
