package nl.speelveld.initiative.initiative;

import nl.speelveld.conventions.vocabulary.Coded;
import nl.speelveld.conventions.vocabulary.Coded.Labels;

/** At what level citizens co-produce. */
public enum CoproductionLevel implements Coded {
    INDIVIDUAL("individueel", "individual", "Nabatchi, Sancino & Sicilia 2017"),
    GROUP("groep", "group", "Nabatchi, Sancino & Sicilia 2017"),
    COLLECTIVE("collectief", "collective", "Nabatchi, Sancino & Sicilia 2017");

    private final Labels labels;

    CoproductionLevel(String labelNl, String labelEn, String source) {
        this.labels = new Labels(labelNl, labelEn, null, source);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
