package nl.speelveld.initiative.problemdefinition;

import nl.speelveld.conventions.vocabulary.Coded;

/** Who framed a problem definition. */
public enum FramedBy implements Coded {
    CITIZENS("door burgers", "by citizens", null),
    GOVERNMENT("door de overheid", "by the government", null),
    JOINT("samen", "jointly", null);

    private static final String SOURCE = "Speelveld design proposal (DOMAIN.md 2.2)";

    private final String labelNl;
    private final String labelEn;
    private final String description;

    FramedBy(String labelNl, String labelEn, String description) {
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
        return SOURCE;
    }
}
