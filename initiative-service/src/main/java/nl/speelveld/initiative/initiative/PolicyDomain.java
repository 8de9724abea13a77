package nl.speelveld.initiative.initiative;

import nl.speelveld.conventions.vocabulary.Coded;

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

    private final String labelNl;
    private final String labelEn;
    private final String source;

    PolicyDomain(String labelNl, String labelEn, String source) {
        this.labelNl = labelNl;
        this.labelEn = labelEn;
        this.source = source;
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
    public String source() {
        return source;
    }
}
