package nl.speelveld.stakeholder.interest;

import nl.speelveld.conventions.vocabulary.Coded;
import nl.speelveld.conventions.vocabulary.Coded.Labels;

/**
 * What the municipality did with an interest. Every status but OPEN and ADOPTED needs a reason: this is what the
 * Omgevingswet's duty to give reasons (motiveringsplicht) asks for.
 */
public enum ResponseStatus implements Coded {
    OPEN("open", "open"),
    ADOPTED("overgenomen", "adopted"),
    PARTLY_ADOPTED("deels overgenomen", "partly adopted"),
    NOT_ADOPTED("niet overgenomen", "not adopted"),
    OUT_OF_SCOPE("buiten de afbakening", "out of scope"),
    REFERRED("doorverwezen naar ander beleid", "referred to other policy");

    private final Labels labels;

    ResponseStatus(String labelNl, String labelEn) {
        this.labels = new Labels(labelNl, labelEn, null, "Omgevingsbesluit art. 10.2(2) (motiveringsplicht)");
    }

    @Override
    public Labels labels() {
        return labels;
    }

    @Override
    public String description() {
        return needsReason() ? "Needs a reason." : null;
    }

    /** Whether a response with this status must say why. */
    boolean needsReason() {
        return this != OPEN && this != ADOPTED;
    }
}
