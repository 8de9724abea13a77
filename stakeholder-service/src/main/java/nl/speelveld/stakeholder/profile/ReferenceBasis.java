package nl.speelveld.stakeholder.profile;

import nl.speelveld.conventions.vocabulary.Coded;
import nl.speelveld.conventions.vocabulary.Coded.Labels;

/** Which population a reference profile describes; anything but all residents needs a rationale. */
public enum ReferenceBasis implements Coded {
    ALL_RESIDENTS("alle inwoners", "all residents", null),
    ADULTS("volwassenen (15+ of 18+)", "adults (15+ or 18+)", null),
    AFFECTED_AREA("invloedsgebied", "affected area", null),
    TARGET_GROUP("doelgroep", "target group", null);

    private final Labels labels;

    ReferenceBasis(String labelNl, String labelEn, String description) {
        this.labels = new Labels(labelNl, labelEn, description, null);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
