package nl.speelveld.initiative.problemdefinition;

import nl.speelveld.conventions.vocabulary.Coded;
import nl.speelveld.conventions.vocabulary.Coded.Labels;

/** How broad a problem definition is, derived from the number of issues in scope. */
public enum ScopeType implements Coded {
    SINGLE_ISSUE("enkelvoudig vraagstuk", "single issue", "1 issue in scope"),
    LIMITED("beperkt aantal vraagstukken", "limited", "2 or 3 issues in scope"),
    MULTI_ISSUE("meervoudig vraagstuk (multi-issue)", "multi-issue", "4 or more issues in scope");

    private static final String SOURCE = "De Bruijn, ten Heuvelhof & in 't Veld, Process Management (2010);"
            + " the thresholds are a guess (DOMAIN.md 2.2 [G])";

    private final Labels labels;

    ScopeType(String labelNl, String labelEn, String description) {
        this.labels = new Labels(labelNl, labelEn, description, SOURCE);
    }

    @Override
    public Labels labels() {
        return labels;
    }

    /**
     * The scope type of a definition with {@code issuesInScope} issues in scope; {@code null} for none, because a
     * statement without any issue in scope has no breadth yet (DOMAIN.md defines the types from one issue on).
     */
    static ScopeType of(int issuesInScope) {
        if (issuesInScope <= 0) {
            return null;
        }
        return issuesInScope == 1 ? SINGLE_ISSUE : issuesInScope <= 3 ? LIMITED : MULTI_ISSUE;
    }
}
