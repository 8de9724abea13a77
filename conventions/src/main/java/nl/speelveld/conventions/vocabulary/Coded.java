package nl.speelveld.conventions.vocabulary;

/**
 * An enumeration whose codes are published in {@code GET /v1/vocabularies}: each code with its Dutch and English
 * label, a description and the source it comes from (DOMAIN.md).
 */
public interface Coded {

    String name();

    String labelNl();

    String labelEn();

    default String description() {
        return null;
    }

    default String source() {
        return null;
    }
}
