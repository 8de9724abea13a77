package nl.speelveld.stakeholder.group;

import nl.speelveld.conventions.vocabulary.Coded;
import nl.speelveld.conventions.vocabulary.Coded.Labels;

/** What a group's estimated size counts. */
public enum SizeUnit implements Coded {
    PERSONS("personen", "persons", null),
    HOUSEHOLDS("huishoudens", "households", null),
    ORGANISATIONS("organisaties", "organisations", null);

    private final Labels labels;

    SizeUnit(String labelNl, String labelEn, String description) {
        this.labels = new Labels(labelNl, labelEn, description, null);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
