package nl.speelveld.stakeholder.vocabulary;

import nl.speelveld.conventions.vocabulary.Coded;
import nl.speelveld.conventions.vocabulary.Coded.Labels;

/**
 * A group's stance towards the initiative's current approach to an issue. For conflicts only the sign counts:
 * STRONGLY_* and plain count the same, NEUTRAL and UNKNOWN take no part in pairs (docs/method.md).
 */
public enum Stance implements Coded {
    STRONGLY_OPPOSE("sterk tegen", "strongly oppose", -2),
    OPPOSE("tegen", "oppose", -1),
    NEUTRAL("neutraal", "neutral", 0),
    SUPPORT("voor", "support", 1),
    STRONGLY_SUPPORT("sterk voor", "strongly support", 2),
    UNKNOWN("onbekend", "unknown", 0);

    private final Labels labels;
    private final int value;

    Stance(String labelNl, String labelEn, int value) {
        this.labels = new Labels(labelNl, labelEn, null, null);
        this.value = value;
    }

    @Override
    public Labels labels() {
        return labels;
    }

    @Override
    public String description() {
        return this == UNKNOWN ? "Not known; takes no part in conflict pairs." : "Scale value " + value + ".";
    }
}
