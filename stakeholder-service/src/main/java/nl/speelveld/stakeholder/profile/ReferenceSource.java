package nl.speelveld.stakeholder.profile;

import nl.speelveld.conventions.vocabulary.Coded;
import nl.speelveld.conventions.vocabulary.Coded.Labels;

/** Where the figures of a reference population come from; they are uploaded, never fetched at runtime. */
public enum ReferenceSource implements Coded {
    CBS_KWB("CBS Kerncijfers wijken en buurten", "Statistics Netherlands key figures for districts and neighbourhoods",
            null),
    BRP("Basisregistratie Personen", "personal records database (BRP)", null),
    HOUSING_ASSOCIATION("woningcorporatie", "housing association", null),
    SURVEY("enquête", "survey", null),
    OTHER("anders", "other", null);

    private final Labels labels;

    ReferenceSource(String labelNl, String labelEn, String description) {
        this.labels = new Labels(labelNl, labelEn, description, null);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
