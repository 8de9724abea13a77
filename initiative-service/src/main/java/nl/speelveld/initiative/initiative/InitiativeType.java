package nl.speelveld.initiative.initiative;

import nl.speelveld.conventions.vocabulary.Coded;
import nl.speelveld.conventions.vocabulary.Coded.Labels;

/** What kind of citizen involvement the initiative is (DOMAIN.md 2.2). */
public enum InitiativeType implements Coded {
    CITIZEN_INITIATIVE("burgerinitiatief (door burgers geïnitieerd en getrokken)", "citizen initiative", "van Eijk & Cuppen 2022"),
    COPRODUCTION("coproductie (burgers en overheidsprofessionals leveren samen een publieke dienst)", "co-production", "Bos & van Eijk 2022; Brandsen & Honingh 2016"),
    CITIZEN_COLLECTIVE("burgercollectief (duurzaam zelforganiserend verband, bv. energie- of zorgcoöperatie)", "citizen collective", "Van Meerkerk, Koppenjan & Keast 2015; Nederhand 2019");

    private final Labels labels;

    InitiativeType(String labelNl, String labelEn, String source) {
        this.labels = new Labels(labelNl, labelEn, null, source);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
