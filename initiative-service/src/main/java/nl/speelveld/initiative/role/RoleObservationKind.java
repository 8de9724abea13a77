package nl.speelveld.initiative.role;

import nl.speelveld.conventions.vocabulary.Coded;
import nl.speelveld.conventions.vocabulary.Coded.Labels;

/** Whose view of the government's role an observation records. */
public enum RoleObservationKind implements Coded {
    TAKEN("ingenomen (door de ambtenaar)", "taken (by the civil servant)", "The role the government actually takes"),
    PERCEIVED("ervaren (door burgers)", "perceived (by citizens)", "The role citizens experience"),
    WANTED("gewenst (door initiatiefnemers)", "wanted (by the initiators)", "The role the initiators want"),
    EXPECTED("verwacht (door anderen)", "expected (by others)", "The role other parties expect");

    private static final String SOURCE = "Speelveld design proposal (DOMAIN.md 2.2), after the role dilemma of"
            + " van Eijk & Cuppen 2022";

    private final Labels labels;

    RoleObservationKind(String labelNl, String labelEn, String description) {
        this.labels = new Labels(labelNl, labelEn, description, SOURCE);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
