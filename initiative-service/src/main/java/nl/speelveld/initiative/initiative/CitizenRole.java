package nl.speelveld.initiative.initiative;

import nl.speelveld.conventions.vocabulary.Coded;

/** The role citizens play in the initiative. */
public enum CitizenRole implements Coded {
    CO_IMPLEMENTER("co-uitvoerder", "co-implementer", "Voorberg, Bekkers & Tummers 2015"),
    CO_DESIGNER("co-ontwerper", "co-designer", "Voorberg, Bekkers & Tummers 2015"),
    INITIATOR("initiatiefnemer", "initiator", "Voorberg, Bekkers & Tummers 2015");

    private final String labelNl;
    private final String labelEn;
    private final String source;

    CitizenRole(String labelNl, String labelEn, String source) {
        this.labelNl = labelNl;
        this.labelEn = labelEn;
        this.source = source;
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
    public String source() {
        return source;
    }
}
