package nl.speelveld.stakeholder.profile;

import nl.speelveld.conventions.vocabulary.Coded;

/** How a participant profile was counted. */
public enum ProfileMethod implements Coded {
    REGISTRATION("aanmelding", "registration", null),
    SURVEY("enquête", "survey", null),
    ORGANISER_COUNT("telling door de organisatoren", "organisers' count", null),
    ESTIMATE("schatting", "estimate", null);

    private final String labelNl;
    private final String labelEn;
    private final String description;

    ProfileMethod(String labelNl, String labelEn, String description) {
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
