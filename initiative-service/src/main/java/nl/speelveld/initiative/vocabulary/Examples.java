package nl.speelveld.initiative.vocabulary;

/** OpenAPI examples of vocabularies. */
final class Examples {

    static final String VOCABULARY = """
            {"name": "FramedBy", "description": "Who framed a problem definition",
             "codes": [
              {"code": "CITIZENS", "label": {"nl": "door burgers", "en": "by citizens"},
               "source": "Speelveld design proposal (DOMAIN.md 2.2)"},
              {"code": "GOVERNMENT", "label": {"nl": "door de overheid", "en": "by the government"},
               "source": "Speelveld design proposal (DOMAIN.md 2.2)"},
              {"code": "JOINT", "label": {"nl": "samen", "en": "jointly"},
               "source": "Speelveld design proposal (DOMAIN.md 2.2)"}]}""";

    static final String VOCABULARY_PAGE = "{\"items\": [" + VOCABULARY + "], \"next\": null}";

    private Examples() {
    }
}
