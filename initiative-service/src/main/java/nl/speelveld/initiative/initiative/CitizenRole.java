package nl.speelveld.initiative.initiative;

import nl.speelveld.conventions.vocabulary.Coded;
import nl.speelveld.conventions.vocabulary.Coded.Labels;

/** The role citizens play in the initiative. */
public enum CitizenRole implements Coded {
    CO_IMPLEMENTER("co-uitvoerder", "co-implementer", "Voorberg, Bekkers & Tummers 2015"),
    CO_DESIGNER("co-ontwerper", "co-designer", "Voorberg, Bekkers & Tummers 2015"),
    INITIATOR("initiatiefnemer", "initiator", "Voorberg, Bekkers & Tummers 2015");

    private final Labels labels;

    CitizenRole(String labelNl, String labelEn, String source) {
        this.labels = new Labels(labelNl, labelEn, null, source);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
