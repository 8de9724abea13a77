package nl.speelveld.stakeholder.profile;

import nl.speelveld.conventions.vocabulary.Coded;

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

    private final String labelNl;
    private final String labelEn;
    private final String description;

    ProfileScope(String labelNl, String labelEn, String description) {
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
}
