package nl.speelveld.stakeholder.interest;

import nl.speelveld.conventions.vocabulary.Coded;

/**
 * What kind of interest was expressed (wensen, voorkeuren, belangen, ideeën, motivaties); the definitions are a
 * design proposal.
 */
public enum InterestKind implements Coded {
    WISH("wens", "wish", "A desired outcome, without a claim of necessity."),
    PREFERENCE("voorkeur", "preference", "A ranking among options."),
    INTEREST("belang", "interest", "A stake that gains or loses."),
    IDEA("idee", "idea", "A proposed solution."),
    MOTIVATION("motivatie", "motivation", "Why the group cares (Collectieve Kracht wording).");

    private final String labelNl;
    private final String labelEn;
    private final String description;

    InterestKind(String labelNl, String labelEn, String description) {
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
        return "van Eijk & Cuppen 2022; Collectieve Kracht 2022";
    }
}
