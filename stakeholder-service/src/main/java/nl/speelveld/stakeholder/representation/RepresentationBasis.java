package nl.speelveld.stakeholder.representation;

import nl.speelveld.conventions.vocabulary.Coded;

/** On what basis one group speaks for another. */
public enum RepresentationBasis implements Coded {
    ELECTED_MANDATE("gekozen mandaat (bv. huurderscommissie)", "elected mandate (e.g. tenants' committee)", null),
    MEMBERSHIP("ledenmandaat (ALV)", "membership mandate (general meeting)", null),
    APPOINTED("benoemd", "appointed", null),
    SELF_APPOINTED("zelfbenoemd", "self-appointed", null),
    ASSUMED("door de gemeente verondersteld", "assumed by the municipality", null);

    private final String labelNl;
    private final String labelEn;
    private final String description;

    RepresentationBasis(String labelNl, String labelEn, String description) {
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
