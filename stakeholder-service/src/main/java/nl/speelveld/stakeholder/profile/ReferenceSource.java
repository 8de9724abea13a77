package nl.speelveld.stakeholder.profile;

import nl.speelveld.conventions.vocabulary.Coded;

/** Where the figures of a reference population come from; they are uploaded, never fetched at runtime. */
public enum ReferenceSource implements Coded {
    CBS_KWB("CBS Kerncijfers wijken en buurten", "Statistics Netherlands key figures for districts and neighbourhoods",
            null),
    BRP("Basisregistratie Personen", "personal records database (BRP)", null),
    HOUSING_ASSOCIATION("woningcorporatie", "housing association", null),
    SURVEY("enquête", "survey", null),
    OTHER("anders", "other", null);

    private final String labelNl;
    private final String labelEn;
    private final String description;

    ReferenceSource(String labelNl, String labelEn, String description) {
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
