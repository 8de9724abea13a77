package nl.speelveld.stakeholder.interest;

import nl.speelveld.conventions.vocabulary.Coded;
import nl.speelveld.conventions.vocabulary.Coded.Labels;

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

    private final Labels labels;

    InterestKind(String labelNl, String labelEn, String description) {
        this.labels = new Labels(labelNl, labelEn, description, null);
    }

    @Override
    public Labels labels() {
        return labels;
    }

    @Override
    public String source() {
        return "van Eijk & Cuppen 2022; Collectieve Kracht 2022";
    }
}
