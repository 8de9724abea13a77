package nl.speelveld.stakeholder.interest;

import nl.speelveld.conventions.vocabulary.Coded;

/** A person's judgement of a pair of interests, overriding the stance rule. */
public enum ConflictRelation implements Coded {
    CONFLICT("conflict", "conflict", "The two interests collide, whatever their stances say (e.g. both support"
            + " mutually exclusive options)."),
    COMPATIBLE("verenigbaar", "compatible", "The two interests can both be met, although their stances differ.");

    private final String labelNl;
    private final String labelEn;
    private final String description;

    ConflictRelation(String labelNl, String labelEn, String description) {
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
