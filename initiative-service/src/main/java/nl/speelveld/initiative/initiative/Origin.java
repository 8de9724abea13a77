package nl.speelveld.initiative.initiative;

import nl.speelveld.conventions.vocabulary.Coded;

/** Whether the initiative came from society or from the government. */
public enum Origin implements Coded {
    BOTTOM_UP("van onderop (uit de samenleving)", "bottom-up", "van Eijk & Cuppen 2022"),
    TOP_DOWN("van bovenaf (door de overheid gestimuleerd of georganiseerd)", "top-down", "van Eijk & Cuppen 2022");

    private final String labelNl;
    private final String labelEn;
    private final String source;

    Origin(String labelNl, String labelEn, String source) {
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
