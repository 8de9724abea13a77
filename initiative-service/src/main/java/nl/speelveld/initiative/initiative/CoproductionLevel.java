package nl.speelveld.initiative.initiative;

import nl.speelveld.conventions.vocabulary.Coded;

/** At what level citizens co-produce. */
public enum CoproductionLevel implements Coded {
    INDIVIDUAL("individueel", "individual", "Nabatchi, Sancino & Sicilia 2017"),
    GROUP("groep", "group", "Nabatchi, Sancino & Sicilia 2017"),
    COLLECTIVE("collectief", "collective", "Nabatchi, Sancino & Sicilia 2017");

    private final String labelNl;
    private final String labelEn;
    private final String source;

    CoproductionLevel(String labelNl, String labelEn, String source) {
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
