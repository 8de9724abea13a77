package nl.speelveld.assessment.embed;

import java.util.List;
import java.util.Map;

/**
 * What the embed page shows, every text already in the page's language; the template only lays it out. Public
 * because the page template is type-checked against it.
 */
public record EmbedView(
        String lang,
        Map<String, String> w,
        String css,
        String heading,
        String pageTitle,
        List<Fact> facts,
        String supersededNotice,
        String chartSvg,
        List<AxisView> axes,
        List<IndicatorView> indicators,
        List<String> flags,
        List<String> warnings,
        List<QuestionView> questions,
        List<String> optionsWeighed,
        String disclaimer,
        String sourceLine) {

    /** One line of the page's facts (as of, computed on, method, …). */
    public record Fact(String term, String value) {
    }

    /** One dilemma axis. */
    public record AxisView(String id, String name, String position, String scale, List<String> markers,
            List<RiskView> risks, String risksCaption) {
    }

    /** One risk of an axis. */
    public record RiskView(String name, String band, String bandText, List<String> drivenBy) {
    }

    /** One indicator. */
    public record IndicatorView(String code, String name, String axis, String band, String bandText, String value,
            String formula, String explanation) {
    }

    /** One reflection question. */
    public record QuestionView(String code, String text, String triggeredBy) {
    }

    /** The small page of a link that does not work (404) or has expired (410). */
    public record Refused(String lang, String css, String title, String text) {
    }
}
