package nl.speelveld.conventions.vocabulary;

/** What an observation or interest rests on. */
public enum EvidenceType implements Coded {
    MEETING("bijeenkomst", "meeting", null),
    SURVEY("enquête", "survey", null),
    WRITTEN_RESPONSE("schriftelijke reactie/zienswijze", "written response", null),
    PETITION("petitie", "petition", null),
    INTERVIEW("interview", "interview", null),
    OBSERVATION("observatie", "observation", null),
    ASSUMED("aangenomen door de ambtenaar", "assumed by the civil servant", "Not checked with the people concerned");

    private static final String SOURCE = "Speelveld design proposal (DOMAIN.md 2.1)";

    private final Labels labels;

    EvidenceType(String labelNl, String labelEn, String description) {
        this.labels = new Labels(labelNl, labelEn, description, SOURCE);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
