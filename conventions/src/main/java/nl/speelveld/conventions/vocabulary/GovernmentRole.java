package nl.speelveld.conventions.vocabulary;

/**
 * The government's role on Pröpper's ladder of government participation (overheidsparticipatietrap), ordinal from
 * least ({@code LET_GO}) to most ({@code REGULATE}) government involvement.
 */
public enum GovernmentRole implements Coded {
    LET_GO("loslaten", "let go", "Rung 0 of 4: the least government involvement"),
    FACILITATE("faciliteren", "facilitate", "Rung 1 of 4"),
    STIMULATE("stimuleren", "stimulate", "Rung 2 of 4"),
    DIRECT("regisseren", "direct", "Rung 3 of 4"),
    REGULATE("reguleren", "regulate", "Rung 4 of 4: the most government involvement");

    private static final String SOURCE = "Pröpper, De aanpak van interactief beleid (1999; 3rd ed. 2013),"
            + " overheidsparticipatietrap (content recalled)";

    private final Labels labels;

    GovernmentRole(String labelNl, String labelEn, String description) {
        this.labels = new Labels(labelNl, labelEn, description, SOURCE);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
