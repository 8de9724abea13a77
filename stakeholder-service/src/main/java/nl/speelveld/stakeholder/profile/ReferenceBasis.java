package nl.speelveld.stakeholder.profile;

import nl.speelveld.conventions.vocabulary.Coded;

/** Which population a reference profile describes; anything but all residents needs a rationale. */
public enum ReferenceBasis implements Coded {
    ALL_RESIDENTS("alle inwoners", "all residents", null),
    ADULTS("volwassenen (15+ of 18+)", "adults (15+ or 18+)", null),
    AFFECTED_AREA("invloedsgebied", "affected area", null),
    TARGET_GROUP("doelgroep", "target group", null);

    private final String labelNl;
    private final String labelEn;
    private final String description;

    ReferenceBasis(String labelNl, String labelEn, String description) {
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
