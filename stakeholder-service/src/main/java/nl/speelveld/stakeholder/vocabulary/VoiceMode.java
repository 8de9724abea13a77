package nl.speelveld.stakeholder.vocabulary;

import nl.speelveld.conventions.vocabulary.Coded;
import nl.speelveld.conventions.vocabulary.Coded.Labels;

/** Who actually speaks for a group in the initiative: its own voice, a mandated representative, or nobody. */
public enum VoiceMode implements Coded {
    ACTIVE_COPRODUCER("actief coproducerend", "active co-producer", null),
    ACTIVELY_INVOLVED("actief betrokken (aan tafel)", "actively involved (at the table)", null),
    REPRESENTED_WITH_MANDATE("vertegenwoordigd met mandaat", "represented with a mandate", null),
    SPOKEN_FOR("namens gesproken zonder mandaat", "spoken for without a mandate", null),
    NOT_INVOLVED("niet betrokken (stil)", "not involved (silent)", null),
    UNKNOWN("onbekend", "unknown", null);

    private final Labels labels;

    VoiceMode(String labelNl, String labelEn, String description) {
        this.labels = new Labels(labelNl, labelEn, description, null);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
