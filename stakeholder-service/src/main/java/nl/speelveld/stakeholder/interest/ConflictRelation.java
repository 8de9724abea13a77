package nl.speelveld.stakeholder.interest;

import nl.speelveld.conventions.vocabulary.Coded;
import nl.speelveld.conventions.vocabulary.Coded.Labels;

/** A person's judgement of a pair of interests, overriding the stance rule. */
public enum ConflictRelation implements Coded {
    CONFLICT("conflict", "conflict", "The two interests collide, whatever their stances say (e.g. both support"
            + " mutually exclusive options)."),
    COMPATIBLE("verenigbaar", "compatible", "The two interests can both be met, although their stances differ.");

    private final Labels labels;

    ConflictRelation(String labelNl, String labelEn, String description) {
        this.labels = new Labels(labelNl, labelEn, description, null);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
