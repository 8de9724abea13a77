package nl.speelveld.initiative.initiative;

import nl.speelveld.conventions.vocabulary.Coded;
import nl.speelveld.conventions.vocabulary.Coded.Labels;

/** The Four Co's: where in the service cycle citizens co-produce. */
public enum CoproductionStage implements Coded {
    CO_COMMISSIONING("co-opdrachtgeverschap", "co-commissioning", "Loeffler 2020; Bovaird 2007"),
    CO_DESIGN("co-ontwerp", "co-design", "Loeffler 2020"),
    CO_DELIVERY("co-uitvoering", "co-delivery", "Loeffler 2020"),
    CO_ASSESSMENT("co-evaluatie", "co-assessment", "Loeffler 2020");

    private final Labels labels;

    CoproductionStage(String labelNl, String labelEn, String source) {
        this.labels = new Labels(labelNl, labelEn, null, source);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
