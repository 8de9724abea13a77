package nl.speelveld.stakeholder.group;

import nl.speelveld.conventions.vocabulary.Coded;
import nl.speelveld.conventions.vocabulary.Coded.Labels;

/**
 * The salience of a stakeholder group from its power, legitimacy and urgency (Mitchell, Agle & Wood 1997). Derived,
 * never sent: an attribute that is not known counts as absent. Dependent groups rely on others to exercise power on
 * their behalf. The Dutch labels are translations made for this product.
 */
public enum SalienceClass implements Coded {
    NON_STAKEHOLDER("geen belanghebbende", "non-stakeholder", "No power, legitimacy or urgency (000)."),
    DORMANT("slapend", "dormant", "Power only (100)."),
    DISCRETIONARY("discretionair", "discretionary", "Legitimacy only (010)."),
    DEMANDING("eisend", "demanding", "Urgency only (001)."),
    DOMINANT("dominant", "dominant", "Power and legitimacy (110)."),
    DANGEROUS("gevaarlijk", "dangerous", "Power and urgency (101)."),
    DEPENDENT("afhankelijk", "dependent", "Legitimacy and urgency (011): relies on others to be heard."),
    DEFINITIVE("definitief", "definitive", "Power, legitimacy and urgency (111).");

    private final Labels labels;

    SalienceClass(String labelNl, String labelEn, String description) {
        this.labels = new Labels(labelNl, labelEn, description, "Mitchell, Agle & Wood 1997");
    }

    @Override
    public Labels labels() {
        return labels;
    }

    /** The class of (power, legitimacy, urgency); null counts as false. */
    static SalienceClass of(Boolean power, Boolean legitimacy, Boolean urgency) {
        boolean p = Boolean.TRUE.equals(power);
        boolean l = Boolean.TRUE.equals(legitimacy);
        boolean u = Boolean.TRUE.equals(urgency);
        if (p && l && u) {
            return DEFINITIVE;
        }
        if (p && l) {
            return DOMINANT;
        }
        if (p && u) {
            return DANGEROUS;
        }
        if (l && u) {
            return DEPENDENT;
        }
        if (p) {
            return DORMANT;
        }
        if (l) {
            return DISCRETIONARY;
        }
        return u ? DEMANDING : NON_STAKEHOLDER;
    }
}
