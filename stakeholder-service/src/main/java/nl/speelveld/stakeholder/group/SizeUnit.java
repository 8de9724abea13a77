package nl.speelveld.stakeholder.group;

import nl.speelveld.conventions.vocabulary.Coded;

/** What a group's estimated size counts. */
public enum SizeUnit implements Coded {
    PERSONS("personen", "persons", null),
    HOUSEHOLDS("huishoudens", "households", null),
    ORGANISATIONS("organisaties", "organisations", null);

    private final String labelNl;
    private final String labelEn;
    private final String description;

    SizeUnit(String labelNl, String labelEn, String description) {
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
