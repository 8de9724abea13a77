package nl.speelveld.stakeholder.group;

import nl.speelveld.conventions.vocabulary.Coded;
import nl.speelveld.conventions.vocabulary.Coded.Labels;

/** What kind of group it is; helps matching a group to a segment of a population profile (DOMAIN.md 2.3). */
public enum GroupCategory implements Coded {
    RESIDENTS_OWNER("eigenaar-bewoners", "owner-occupiers", null),
    RESIDENTS_SOCIAL_RENT("huurders sociale huur", "social-housing tenants", null),
    RESIDENTS_PRIVATE_RENT("particuliere huurders", "private tenants", null),
    DIRECT_NEIGHBOURS("omwonenden", "direct neighbours", null),
    YOUTH("jongeren", "young people", null),
    OLDER_PEOPLE("ouderen", "older people", null),
    INFORMAL_CARERS("mantelzorgers", "informal carers", null),
    PARENTS("ouders", "parents", null),
    ENTREPRENEURS("ondernemers", "entrepreneurs", null),
    MIGRANT_SELF_ORGANISATION("migrantenzelforganisatie", "migrant self-organisation", null),
    HOUSING_ASSOCIATION("woningcorporatie", "housing association", null),
    WELFARE_ORGANISATION("welzijnsorganisatie", "welfare organisation", null),
    CARE_PROVIDER("zorgaanbieder", "care provider", null),
    GRID_OPERATOR("netbeheerder", "grid operator", null),
    MUNICIPAL_DEPARTMENT("gemeentelijke afdeling", "municipal department", null),
    COUNCIL("gemeenteraad", "municipal council", null),
    EXECUTIVE("college / wethouder", "executive (mayor and aldermen)", null),
    OTHER("anders", "other", null);

    private final Labels labels;

    GroupCategory(String labelNl, String labelEn, String description) {
        this.labels = new Labels(labelNl, labelEn, description, null);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
