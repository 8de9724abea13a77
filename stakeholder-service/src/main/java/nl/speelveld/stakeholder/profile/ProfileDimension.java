package nl.speelveld.stakeholder.profile;

import nl.speelveld.conventions.vocabulary.Coded;
import nl.speelveld.conventions.vocabulary.Coded.Labels;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A dimension of a population or participant profile with its categories (DOMAIN.md 2.3, mapped onto CBS
 * Kerncijfers wijken en buurten). AREA takes CBS wijk/buurt codes, CUSTOM any category; participant counts may
 * also use UNKNOWN (and OTHER for gender).
 */
public enum ProfileDimension implements Coded {
    AGE_BAND("leeftijdsklasse", "age band", List.of("0-14", "15-24", "25-44", "45-64", "65+"),
            "CBS k_0Tot15Jaar … k_65JaarOfOuder. With basis ADULTS, leave out 0-14; 15-24 includes minors."),
    GENDER("geslacht", "gender", List.of("MALE", "FEMALE"), "CBS Mannen, Vrouwen."),
    MIGRATION_BACKGROUND("herkomst", "migration background",
            List.of("NL", "EUROPE_EXCL_NL", "OUTSIDE_EUROPE", "WESTERN", "NON_WESTERN"),
            "CBS 2024: Nederland, EuropaExclusiefNederland, BuitenEuropa; tables before 2022 used WestersTotaal and"
                    + " NietWestersTotaal (WESTERN, NON_WESTERN). The classification changed: do not mix years."),
    EDUCATION_LEVEL("opleidingsniveau", "education level", List.of("LOW", "MIDDLE", "HIGH"),
            "CBS 2024: BasisonderwijsVmboMbo1, HavoVwoMbo24, HboWo."),
    HOUSEHOLD_INCOME("huishoudinkomen", "household income", List.of("LOW_40", "MIDDLE_40", "HIGH_20"),
            "CBS k_40HuishoudensMetLaagsteInkomen, k_20HuishoudensMetHoogsteInkomen; MIDDLE = 100 - low - high."),
    TENURE("eigendom woning", "housing tenure", List.of("OWNER", "SOCIAL_RENT", "PRIVATE_RENT"),
            "CBS Koopwoningen, HuurwoningenTotaal, InBezitWoningcorporatie; social rent = owned by a corporation."),
    HOUSEHOLD_TYPE("huishoudtype", "household type", List.of("SINGLE", "COUPLE_NO_CHILDREN", "WITH_CHILDREN"),
            "CBS Eenpersoonshuishoudens, HuishoudensZonderKinderen, HuishoudensMetKinderen."),
    AREA("gebied", "area", List.of(), "Categories are CBS wijk (WK + 6 digits) or buurt (BU + 8 digits) codes."),
    HOME_LANGUAGE("thuistaal", "home language", List.of("DUTCH", "OTHER"),
            "Not in CBS figures; asked at registration in G1000 practice."),
    CUSTOM("eigen indeling", "custom", List.of(), "Any category.");

    static final String UNKNOWN = "UNKNOWN";
    private static final Pattern AREA_CODE = Pattern.compile("WK\\d{6}|BU\\d{8}");

    private final Labels labels;
    private final List<String> categories;

    ProfileDimension(String labelNl, String labelEn, List<String> categories, String description) {
        this.labels = new Labels(labelNl, labelEn, description,
                "CBS Kerncijfers wijken en buurten (e.g. 85984NED, 2024)");
        this.categories = categories;
    }

    @Override
    public Labels labels() {
        return labels;
    }

    /** Whether {@code category} belongs to this dimension; participant counts also know UNKNOWN (and gender OTHER). */
    boolean accepts(String category, boolean participants) {
        if (participants && (UNKNOWN.equals(category) || (this == GENDER && "OTHER".equals(category)))) {
            return true;
        }
        return switch (this) {
            case CUSTOM -> true;
            case AREA -> AREA_CODE.matcher(category).matches();
            default -> categories.contains(category);
        };
    }

    /** The allowed categories in words, for error messages. */
    String allowed(boolean participants) {
        String listed = switch (this) {
            case CUSTOM -> "any category";
            case AREA -> "CBS wijk (WK + 6 digits) or buurt (BU + 8 digits) codes";
            default -> String.join(", ", categories);
        };
        if (!participants || this == CUSTOM) {
            return listed;
        }
        return listed + (this == GENDER ? ", OTHER" : "") + " or UNKNOWN";
    }
}
