package nl.speelveld.stakeholder.representation;

import nl.speelveld.conventions.vocabulary.Coded;
import nl.speelveld.conventions.vocabulary.Coded.Labels;

/** On what basis one group speaks for another. */
public enum RepresentationBasis implements Coded {
    ELECTED_MANDATE("gekozen mandaat (bv. huurderscommissie)", "elected mandate (e.g. tenants' committee)", null),
    MEMBERSHIP("ledenmandaat (ALV)", "membership mandate (general meeting)", null),
    APPOINTED("benoemd", "appointed", null),
    SELF_APPOINTED("zelfbenoemd", "self-appointed", null),
    ASSUMED("door de gemeente verondersteld", "assumed by the municipality", null);

    private final Labels labels;

    RepresentationBasis(String labelNl, String labelEn, String description) {
        this.labels = new Labels(labelNl, labelEn, description, null);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
