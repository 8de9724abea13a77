package nl.speelveld.stakeholder.profile;

import nl.speelveld.conventions.vocabulary.Coded;
import nl.speelveld.conventions.vocabulary.Coded.Labels;

/**
 * Which participants an aggregated profile describes; reach is not voice, so only the first three count for
 * representativeness.
 */
public enum ProfileScope implements Coded {
    CORE_GROUP("kerngroep / bestuur", "core group / board", null),
    ACTIVE_PARTICIPANTS("actieve deelnemers / vrijwilligers", "active participants / volunteers", null),
    MEMBERS("leden", "members", null),
    USERS_REACHED("gebruikers / bereikten", "users reached", null),
    RESPONDENTS("respondenten", "respondents", null);

    private final Labels labels;

    ProfileScope(String labelNl, String labelEn, String description) {
        this.labels = new Labels(labelNl, labelEn, description, null);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
