package nl.speelveld.stakeholder.vocabulary;

import nl.speelveld.conventions.vocabulary.Coded;

/** How something was learnt; ASSUMED marks the civil servant's own assumption about a silent group. */
public enum EvidenceType implements Coded {
    MEETING("bijeenkomst", "meeting", null),
    SURVEY("enquête", "survey", null),
    WRITTEN_RESPONSE("schriftelijke reactie / zienswijze", "written response", null),
    PETITION("petitie", "petition", null),
    INTERVIEW("interview", "interview", null),
    OBSERVATION("observatie", "observation", null),
    ASSUMED("aangenomen door ambtenaar", "assumed by the civil servant", "Not heard from the group itself: shown as"
            + " an assumption.");

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
}
