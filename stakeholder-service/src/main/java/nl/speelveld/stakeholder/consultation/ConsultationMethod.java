package nl.speelveld.stakeholder.consultation;

import nl.speelveld.conventions.vocabulary.Coded;

/** How the active citizens consulted their constituency (achterban). */
public enum ConsultationMethod implements Coded {
    GENERAL_MEETING("ALV / ledenvergadering", "general meeting", null),
    SURVEY("enquête", "survey", null),
    DOOR_TO_DOOR("deur-aan-deur / keukentafel", "door to door / kitchen table", null),
    OPEN_MEETING("open bijeenkomst", "open meeting", null),
    ONLINE("online platform", "online platform", null),
    OTHER("anders", "other", null);

    private final String labelNl;
    private final String labelEn;
    private final String description;

    ConsultationMethod(String labelNl, String labelEn, String description) {
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
