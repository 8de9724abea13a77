package nl.speelveld.conventions.vocabulary;

/**
 * An enumeration whose codes are published in {@code GET /v1/vocabularies}: each code with its Dutch and English
 * label, a description and the source it comes from (DOMAIN.md).
 */
public interface Coded {

    /** The labels, description and source of one code. */
    record Labels(String nl, String en, String description, String source) {
    }

    String name();

    /** This code's labels; an enumeration keeps them in one field instead of one field and accessor each. */
    Labels labels();

    default String labelNl() {
        return labels().nl();
    }

    default String labelEn() {
        return labels().en();
    }

    default String description() {
        return labels().description();
    }

    default String source() {
        return labels().source();
    }
}
