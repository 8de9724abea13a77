package nl.speelveld.stakeholder.consultation;

import nl.speelveld.conventions.vocabulary.Coded;
import nl.speelveld.conventions.vocabulary.Coded.Labels;

/** How the active citizens consulted their constituency (achterban). */
public enum ConsultationMethod implements Coded {
    GENERAL_MEETING("ALV / ledenvergadering", "general meeting", null),
    SURVEY("enquête", "survey", null),
    DOOR_TO_DOOR("deur-aan-deur / keukentafel", "door to door / kitchen table", null),
    OPEN_MEETING("open bijeenkomst", "open meeting", null),
    ONLINE("online platform", "online platform", null),
    OTHER("anders", "other", null);

    private final Labels labels;

    ConsultationMethod(String labelNl, String labelEn, String description) {
        this.labels = new Labels(labelNl, labelEn, description, null);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
