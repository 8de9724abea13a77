package nl.speelveld.stakeholder.profile;

import nl.speelveld.conventions.vocabulary.Coded;
import nl.speelveld.conventions.vocabulary.Coded.Labels;

/** How a participant profile was counted. */
public enum ProfileMethod implements Coded {
    REGISTRATION("aanmelding", "registration", null),
    SURVEY("enquête", "survey", null),
    ORGANISER_COUNT("telling door de organisatoren", "organisers' count", null),
    ESTIMATE("schatting", "estimate", null);

    private final Labels labels;

    ProfileMethod(String labelNl, String labelEn, String description) {
        this.labels = new Labels(labelNl, labelEn, description, null);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
