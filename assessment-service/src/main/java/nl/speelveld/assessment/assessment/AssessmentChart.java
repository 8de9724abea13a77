package nl.speelveld.assessment.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.speelveld.method.AssessmentOutcome;
import nl.speelveld.method.AssessmentOutcome.Axis;
import nl.speelveld.method.AssessmentOutcome.Marker;
import nl.speelveld.method.AssessmentOutcome.Risk;
import nl.speelveld.method.Band;
import nl.speelveld.method.Thresholds;

/**
 * Draws the two dilemma axes of an assessment as a standalone, accessible SVG 1.1 document that a portal can embed:
 * the feasibility ↔ inclusivity axis (0-100, with its FOCUSED / INTERMEDIATE / BROADENED zones) and the role axis
 * (0-100, with the five roles of the government-participation ladder), the position on each, the wanted and expected
 * roles as markers, and the risk levels as text chips.
 *
 * <p>Everything is readable without colour: the position is a circle, a wanted role a diamond and an expected role a
 * square, every marker has a text label, and every chip spells out its level. {@code <title>} and {@code <desc>}
 * describe the whole picture in words for screen readers. A position that was not computed is written as such
 * instead of being drawn. All text is escaped for XML. Pure: no I/O, no framework types.
 */
final class AssessmentChart {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final int WIDTH = 800;
    private static final double LEFT = 60;
    private static final double RIGHT = 740;
    private static final List<String> ROLES = List.of("LET_GO", "FACILITATE", "STIMULATE", "DIRECT", "REGULATE");

    private final Thresholds thresholds;

    /** A chart whose FI zones follow the default threshold set. */
    AssessmentChart() {
        this(Thresholds.defaults());
    }

    /** A chart whose FI zones follow the given threshold set (the one the assessment was made with). */
    AssessmentChart(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    /** The x coordinate of a position 0-100 on either axis. */
    static double x(double position) {
        double p = Math.max(0, Math.min(100, position));
        return LEFT + (RIGHT - LEFT) * p / 100.0;
    }

    /**
     * Renders the chart.
     *
     * @param language {@code "nl"} or {@code "en"}; anything else falls back to Dutch
     * @return a complete SVG document, starting with the XML declaration
     */
    String render(AssessmentOutcome outcome, String language) {
        String lang = "en".equals(language) ? "en" : "nl";
        Words w = new Words(lang);
        Axis fi = outcome.axis("FEASIBILITY_INCLUSIVITY");
        Axis role = outcome.axis("ROLE");
        List<Marker> markers = role == null ? List.of() : role.markers();

        int markerRows = markers.size();
        double roleAxisY = 300;
        double markerLabelsY = roleAxisY + 62;
        double roleChipsY = markerLabelsY + markerRows * 18 + 10;
        double legendY = roleChipsY + 50;
        int height = (int) Math.ceil(legendY + 30);

        StringBuilder svg = new StringBuilder(8192);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append("<svg xmlns=\"").append(SVG_NS).append("\" version=\"1.1\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" xml:lang=\"")
                .append(lang).append("\" font-family=\"sans-serif\" font-size=\"13\">\n");
        svg.append("  <title id=\"chart-title\">").append(esc(w.t("title"))).append("</title>\n");
        svg.append("  <desc id=\"chart-desc\">").append(esc(describe(fi, role, w))).append("</desc>\n");
        svg.append("  <rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" fill=\"#ffffff\"/>\n");
        svg.append(text(LEFT, 28, w.t("title"), "start", "font-size=\"16\" font-weight=\"bold\""));

        drawFeasibilityInclusivity(svg, fi, w);
        drawRole(svg, role, markers, w, roleAxisY, markerLabelsY, roleChipsY);
        drawLegend(svg, w, legendY);
        svg.append("</svg>\n");
        return svg.toString();
    }

    private void drawFeasibilityInclusivity(StringBuilder svg, Axis fi, Words w) {
        double top = 96;
        double h = 34;
        svg.append("  <g id=\"axis-feasibility-inclusivity\">\n");
        svg.append(text(LEFT, 64, w.t("axis1"), "start", "font-size=\"14\" font-weight=\"bold\""));
        double focused = thresholds.get("p1.focused.max");
        double intermediate = thresholds.get("p1.intermediate.max");
        double[][] zones = {{0, focused}, {focused, intermediate}, {intermediate, 100}};
        String[] zoneCodes = {"FOCUSED", "INTERMEDIATE", "BROADENED"};
        String[] fills = {"#eef3fb", "#f4f4f4", "#fbf1e8"};
        for (int i = 0; i < 3; i++) {
            double x0 = x(zones[i][0]);
            double x1 = x(zones[i][1]);
            svg.append("    <rect class=\"zone\" data-zone=\"").append(zoneCodes[i]).append("\" x=\"").append(n(x0))
                    .append("\" y=\"").append(n(top)).append("\" width=\"").append(n(x1 - x0)).append("\" height=\"")
                    .append(n(h)).append("\" fill=\"").append(fills[i]).append("\" stroke=\"#555555\"/>\n");
            svg.append("  ").append(text((x0 + x1) / 2, top + 12, w.code(zoneCodes[i]), "middle",
                    "font-size=\"11\" fill=\"#333333\""));
        }
        svg.append("  ").append(text(LEFT, top + h + 16, "0 · " + w.t("feasibility"), "start", "font-size=\"11\""));
        svg.append("  ").append(text(RIGHT, top + h + 16, w.t("inclusivity") + " · 100", "end", "font-size=\"11\""));
        if (fi == null || fi.position() == null) {
            svg.append("  ").append(text((LEFT + RIGHT) / 2, top - 10, w.t("positionNotComputed"), "middle",
                    "font-style=\"italic\" class=\"not-computed\""));
        } else {
            double px = x(fi.position());
            svg.append("    <circle class=\"position\" data-position=\"").append(fi.position()).append("\" cx=\"")
                    .append(n(px)).append("\" cy=\"").append(n(top + 24)).append("\" r=\"7\" fill=\"#1f3b70\"")
                    .append(" stroke=\"#000000\" stroke-width=\"2\"/>\n");
            svg.append("  ").append(text(px, top - 8, w.t("position") + " " + fi.position() + " ("
                    + w.code(fi.positionLabel()) + ")", anchor(px), "font-weight=\"bold\""));
        }
        chips(svg, fi == null ? List.of() : fi.risks(), w, 164);
        svg.append("  </g>\n");
    }

    private void drawRole(StringBuilder svg, Axis role, List<Marker> markers, Words w, double axisY,
                          double labelsY, double chipsY) {
        svg.append("  <g id=\"axis-role\">\n");
        svg.append(text(LEFT, axisY - 64, w.t("axis2"), "start", "font-size=\"14\" font-weight=\"bold\""));
        svg.append("    <line x1=\"").append(n(LEFT)).append("\" y1=\"").append(n(axisY)).append("\" x2=\"")
                .append(n(RIGHT)).append("\" y2=\"").append(n(axisY)).append("\" stroke=\"#555555\" stroke-width=\"3\"/>\n");
        for (int i = 0; i < ROLES.size(); i++) {
            double tx = x(25.0 * i);
            svg.append("    <line class=\"tick\" x1=\"").append(n(tx)).append("\" y1=\"").append(n(axisY - 6))
                    .append("\" x2=\"").append(n(tx)).append("\" y2=\"").append(n(axisY + 6))
                    .append("\" stroke=\"#555555\"/>\n");
            svg.append("  ").append(text(tx, axisY + 24, w.code(ROLES.get(i)) + " (" + 25 * i + ")", anchor(tx),
                    "font-size=\"12\""));
        }
        if (role == null || role.position() == null) {
            svg.append("  ").append(text((LEFT + RIGHT) / 2, axisY - 44, w.t("positionNotComputed"), "middle",
                    "font-style=\"italic\" class=\"not-computed\""));
        } else {
            double px = x(role.position());
            svg.append("    <circle class=\"position\" data-position=\"").append(role.position()).append("\" cx=\"")
                    .append(n(px)).append("\" cy=\"").append(n(axisY)).append("\" r=\"8\" fill=\"#1f3b70\"")
                    .append(" stroke=\"#000000\" stroke-width=\"2\"/>\n");
            svg.append("  ").append(text(px, axisY - 44, w.t("taken") + ": " + w.code(role.positionLabel()) + " ("
                    + role.position() + ")", anchor(px), "font-weight=\"bold\""));
        }
        for (int i = 0; i < markers.size(); i++) {
            Marker m = markers.get(i);
            double mx = x(m.position());
            double rowY = labelsY + i * 18;
            boolean wanted = "WANTED".equals(m.kind());
            if (wanted) {
                svg.append("    <polygon class=\"marker wanted\" data-position=\"").append(m.position())
                        .append("\" points=\"").append(diamond(mx, axisY - 13, 6)).append("\" fill=\"#ffffff\"")
                        .append(" stroke=\"#000000\" stroke-width=\"2\"/>\n");
            } else {
                svg.append("    <rect class=\"marker expected\" data-position=\"").append(m.position())
                        .append("\" x=\"").append(n(mx - 5)).append("\" y=\"").append(n(axisY - 35))
                        .append("\" width=\"10\" height=\"10\" fill=\"#dddddd\" stroke=\"#000000\" stroke-width=\"1.5\"/>\n");
            }
            String shape = wanted ? "◆" : "■";
            svg.append("  ").append(text(mx, rowY, shape + " " + markerText(m, w), anchor(mx), "font-size=\"12\""));
        }
        chips(svg, role == null ? List.of() : role.risks(), w, chipsY);
        svg.append("  </g>\n");
    }

    private void drawLegend(StringBuilder svg, Words w, double y) {
        svg.append("  <g id=\"legend\" font-size=\"12\">\n");
        svg.append("    <circle cx=\"").append(n(LEFT + 6)).append("\" cy=\"").append(n(y - 4))
                .append("\" r=\"6\" fill=\"#1f3b70\" stroke=\"#000000\" stroke-width=\"2\"/>\n");
        svg.append("  ").append(text(LEFT + 18, y, w.t("legendPosition"), "start", ""));
        svg.append("    <polygon points=\"").append(diamond(LEFT + 246, y - 4, 6))
                .append("\" fill=\"#ffffff\" stroke=\"#000000\" stroke-width=\"2\"/>\n");
        svg.append("  ").append(text(LEFT + 258, y, w.t("legendWanted"), "start", ""));
        svg.append("    <rect x=\"").append(n(LEFT + 441)).append("\" y=\"").append(n(y - 9))
                .append("\" width=\"10\" height=\"10\" fill=\"#dddddd\" stroke=\"#000000\" stroke-width=\"1.5\"/>\n");
        svg.append("  ").append(text(LEFT + 458, y, w.t("legendExpected"), "start", ""));
        svg.append("  </g>\n");
    }

    private static void chips(StringBuilder svg, List<Risk> risks, Words w, double y) {
        double cx = LEFT;
        for (Risk r : risks) {
            String label = w.code(r.type()) + ": " + w.level(r.level());
            // bold 13px sans-serif averages under 8.5px per character; leave room rather than clip
            double width = 24 + label.length() * 8.5;
            svg.append("    <g class=\"risk\" data-type=\"").append(esc(r.type())).append("\" data-level=\"")
                    .append(r.level()).append("\">\n");
            svg.append("      <rect x=\"").append(n(cx)).append("\" y=\"").append(n(y)).append("\" width=\"")
                    .append(n(width)).append("\" height=\"24\" rx=\"12\" fill=\"").append(fill(r.level()))
                    .append("\" stroke=\"#000000\"").append(r.level() == Band.HIGH ? " stroke-width=\"2\"" : "")
                    .append(r.level() == Band.NOT_COMPUTED ? " stroke-dasharray=\"4,3\"" : "").append("/>\n");
            svg.append("    ").append(text(cx + width / 2, y + 16, label, "middle", "font-weight=\"bold\""));
            svg.append("    </g>\n");
            cx += width + 12;
        }
    }

    private static String fill(Band level) {
        switch (level) {
            case LOW:
                return "#e3f1e3";
            case MEDIUM:
                return "#fdf0c8";
            case HIGH:
                return "#f8d7d3";
            default:
                return "#ffffff";
        }
    }

    private static String markerText(Marker m, Words w) {
        String holder = m.holder() == null ? "" : m.holder().name() != null ? m.holder().name()
                : w.code(m.holder().source());
        return w.t("WANTED".equals(m.kind()) ? "wantedBy" : "expectedBy") + " " + holder + ": " + w.code(m.label())
                + " (" + m.position() + ")";
    }

    /** The text of {@code <desc>}: both positions, every marker and every risk level in words. */
    static String describe(Axis fi, Axis role, Words w) {
        List<String> parts = new ArrayList<>();
        parts.add(w.t("axis1") + ": " + (fi == null || fi.position() == null ? w.t("positionNotComputed")
                : w.t("position") + " " + fi.position() + " " + w.t("of100") + " (" + w.code(fi.positionLabel()) + ")")
                + ".");
        if (fi != null) {
            parts.add(risksText(fi.risks(), w));
        }
        parts.add(w.t("axis2") + ": " + (role == null || role.position() == null ? w.t("positionNotComputed")
                : w.t("taken") + " " + w.code(role.positionLabel()) + ", " + w.t("position").toLowerCase(Locale.ROOT)
                + " " + role.position() + " " + w.t("of100")) + ".");
        if (role != null) {
            for (Marker m : role.markers()) {
                parts.add(markerText(m, w) + ".");
            }
            parts.add(risksText(role.risks(), w));
        }
        return String.join(" ", parts);
    }

    private static String risksText(List<Risk> risks, Words w) {
        List<String> l = new ArrayList<>();
        for (Risk r : risks) {
            l.add(w.code(r.type()) + " " + w.level(r.level()));
        }
        return w.t("risks") + ": " + String.join(", ", l) + ".";
    }

    private static String anchor(double x) {
        if (x < LEFT + 90) {
            return "start";
        }
        return x > RIGHT - 90 ? "end" : "middle";
    }

    private static String diamond(double cx, double cy, double r) {
        return n(cx) + "," + n(cy - r) + " " + n(cx + r) + "," + n(cy) + " " + n(cx) + "," + n(cy + r) + " "
                + n(cx - r) + "," + n(cy);
    }

    private static String text(double x, double y, String content, String anchor, String attributes) {
        return "  <text x=\"" + n(x) + "\" y=\"" + n(y) + "\" text-anchor=\"" + anchor + "\""
                + (attributes.isEmpty() ? "" : " " + attributes) + ">" + esc(content) + "</text>\n";
    }

    /** A coordinate with at most one decimal, independent of the default locale. */
    static String n(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** Escapes text for XML content and attribute values; drops characters XML 1.0 does not allow. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&':
                    b.append("&amp;");
                    break;
                case '<':
                    b.append("&lt;");
                    break;
                case '>':
                    b.append("&gt;");
                    break;
                case '"':
                    b.append("&quot;");
                    break;
                case '\'':
                    b.append("&apos;");
                    break;
                default:
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        if (c != 0xFFFE && c != 0xFFFF) {
                            b.append(c);
                        }
                    }
            }
        }
        return b.toString();
    }

    /** The words of the chart in one language. */
    static final class Words {
        private final boolean en;

        Words(String language) {
            this.en = "en".equals(language);
        }

        private static final Map<String, String[]> TEXT = Map.ofEntries(
                Map.entry("title", new String[] {"Twee dilemma's: uitvoerbaarheid ↔ inclusiviteit en de rol van de overheid",
                    "Two dilemmas: feasibility ↔ inclusivity and the government's role"}),
                Map.entry("axis1", new String[] {"Uitvoerbaarheid ↔ inclusiviteit", "Feasibility ↔ inclusivity"}),
                Map.entry("axis2", new String[] {"Rol van de overheid (sturen, faciliteren, leiden)",
                    "Role of the government (steer, facilitate, lead)"}),
                Map.entry("feasibility", new String[] {"gefocust, uitvoerbaar", "focused, feasible"}),
                Map.entry("inclusivity", new String[] {"verbreed, inclusief", "broadened, inclusive"}),
                Map.entry("position", new String[] {"Positie", "Position"}),
                Map.entry("of100", new String[] {"van 100", "of 100"}),
                Map.entry("positionNotComputed", new String[] {"positie niet berekend (gegevens ontbreken)",
                    "position not computed (data missing)"}),
                Map.entry("taken", new String[] {"Ingenomen rol", "Role taken"}),
                Map.entry("wantedBy", new String[] {"Gewenst door", "Wanted by"}),
                Map.entry("expectedBy", new String[] {"Verwacht door", "Expected by"}),
                Map.entry("risks", new String[] {"Risico's", "Risks"}),
                Map.entry("legendPosition", new String[] {"cirkel: positie / ingenomen rol", "circle: position / role taken"}),
                Map.entry("legendWanted", new String[] {"ruit: gewenste rol", "diamond: wanted role"}),
                Map.entry("legendExpected", new String[] {"vierkant: verwachte rol", "square: expected role"}),
                Map.entry("FOCUSED", new String[] {"gefocust", "focused"}),
                Map.entry("INTERMEDIATE", new String[] {"tussenpositie", "intermediate"}),
                Map.entry("BROADENED", new String[] {"verbreed", "broadened"}),
                Map.entry("LET_GO", new String[] {"loslaten", "let go"}),
                Map.entry("FACILITATE", new String[] {"faciliteren", "facilitate"}),
                Map.entry("STIMULATE", new String[] {"stimuleren", "stimulate"}),
                Map.entry("DIRECT", new String[] {"regisseren", "direct"}),
                Map.entry("REGULATE", new String[] {"reguleren", "regulate"}),
                Map.entry("INCLUSIVITY", new String[] {"Inclusiviteit", "Inclusivity"}),
                Map.entry("FEASIBILITY", new String[] {"Uitvoerbaarheid", "Feasibility"}),
                Map.entry("BROADENING_PREVIEW", new String[] {"Verbredingseffect", "Broadening preview"}),
                Map.entry("ROLE_TENSION", new String[] {"Rolspanning", "Role tension"}),
                Map.entry("COPRODUCING_CITIZENS", new String[] {"coproducerende burgers", "co-producing citizens"}),
                Map.entry("BROADER_PUBLIC", new String[] {"breder publiek", "broader public"}),
                Map.entry("PUBLIC_ORGANISATION", new String[] {"publieke organisatie", "public organisation"}),
                Map.entry("POLITICS", new String[] {"politiek", "politics"}),
                Map.entry("LOW", new String[] {"LAAG", "LOW"}),
                Map.entry("MEDIUM", new String[] {"MIDDEN", "MEDIUM"}),
                Map.entry("HIGH", new String[] {"HOOG", "HIGH"}),
                Map.entry("NOT_COMPUTED", new String[] {"NIET BEREKEND", "NOT COMPUTED"}));

        String t(String key) {
            return TEXT.get(key)[en ? 1 : 0];
        }

        /** The name of a code, or the code itself when it has none. */
        String code(String code) {
            String[] v = code == null ? null : TEXT.get(code);
            return v == null ? String.valueOf(code) : v[en ? 1 : 0];
        }

        String level(Band band) {
            return code(band == null ? "NOT_COMPUTED" : band.name());
        }
    }
}
