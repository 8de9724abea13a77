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

    private final String labelNl;
    private final String labelEn;
    private final String description;

    EvidenceType(String labelNl, String labelEn, String description) {
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

    @Override
    public String source() {
        return SOURCE;
    }
}
