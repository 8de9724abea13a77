package nl.speelveld.initiative.initiative;

import nl.speelveld.conventions.vocabulary.Coded;
import nl.speelveld.conventions.vocabulary.Coded.Labels;

/** The policy domain an initiative or issue belongs to. */
public enum PolicyDomain implements Coded {
    ENERGY("energietransitie", "energy", null),
    CLIMATE_ADAPTATION("klimaatadaptatie", "climate adaptation", null),
    GREEN_PUBLIC_SPACE("groen en openbare ruimte", "green and public space", null),
    CARE_WELFARE("zorg en welzijn (Wmo)", "care and welfare", null),
    COMMUNITY_FACILITIES("ontmoeting en buurtvoorzieningen", "community facilities", null),
    HOUSING("wonen", "housing", null),
    SAFETY("veiligheid", "safety", null),
    MOBILITY("mobiliteit", "mobility", null),
    YOUTH_EDUCATION("jeugd en onderwijs", "youth and education", null),
    ECONOMY_WORK("werk en economie", "economy and work", null),
    CULTURE_SPORT("cultuur en sport", "culture and sport", null),
    OTHER("overig", "other", null);

    private final Labels labels;

    PolicyDomain(String labelNl, String labelEn, String source) {
        this.labels = new Labels(labelNl, labelEn, null, source);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
