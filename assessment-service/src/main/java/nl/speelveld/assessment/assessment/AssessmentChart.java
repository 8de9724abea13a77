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
import nl.speelveld.assessment.assessment.ChartTemplate.Chip;
import nl.speelveld.assessment.assessment.ChartTemplate.Legend;
import nl.speelveld.assessment.assessment.ChartTemplate.MarkerView;
import nl.speelveld.assessment.assessment.ChartTemplate.Position;
import nl.speelveld.assessment.assessment.ChartTemplate.Tick;
import nl.speelveld.assessment.assessment.ChartTemplate.View;
import nl.speelveld.assessment.assessment.ChartTemplate.Zone;

/**
 * Draws the two dilemma axes of an assessment as a standalone, accessible SVG 1.1 document that a portal can embed:
 * the feasibility ↔ inclusivity axis (0-100, with its FOCUSED / INTERMEDIATE / BROADENED zones) and the role axis
 * (0-100, with the five roles of the government-participation ladder), the position on each, the wanted and expected
 * roles as markers, and the risk levels as text chips.
 *
 * <p>Everything is readable without colour: the position is a circle, a wanted role a diamond and an expected role a
 * square, every marker has a text label, and every chip spells out its level. {@code <title>} and {@code <desc>}
 * describe the whole picture in words for screen readers. A position that was not computed is written as such
 * instead of being drawn. The markup is the Qute template {@code templates/chart/axes.svg} ({@link ChartTemplate}),
 * which escapes every value for XML; this class computes the geometry and the words. Pure: no framework types.
 */
final class AssessmentChart {

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
     * Renders the chart through the template {@code templates/chart/axes.svg}: this class computes the geometry and
     * the words, the template writes the markup.
     *
     * @param language {@code "nl"} or {@code "en"}; anything else falls back to Dutch
     * @return a complete SVG document, starting with the XML declaration
     */
    String render(AssessmentOutcome outcome, String language) {
        return ChartTemplate.render(view(outcome, language));
    }

    View view(AssessmentOutcome outcome, String language) {
        String lang = "en".equals(language) ? "en" : "nl";
        Words w = new Words(lang);
        Axis fi = outcome.axis("FEASIBILITY_INCLUSIVITY");
        Axis role = outcome.axis("ROLE");
        List<Marker> markers = role == null ? List.of() : role.markers();

        double roleAxisY = 300;
        double markerLabelsY = roleAxisY + 62;
        double roleChipsY = markerLabelsY + markers.size() * 18 + 10;
        double legendY = roleChipsY + 50;
        int height = (int) Math.ceil(legendY + 30);

        double focused = thresholds.get("p1.focused.max");
        double intermediate = thresholds.get("p1.intermediate.max");
        double[][] bounds = {{0, focused}, {focused, intermediate}, {intermediate, 100}};
        String[] zoneCodes = {"FOCUSED", "INTERMEDIATE", "BROADENED"};
        String[] fills = {"#eef3fb", "#f4f4f4", "#fbf1e8"};
        List<Zone> zones = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            double x0 = x(bounds[i][0]);
            double x1 = x(bounds[i][1]);
            zones.add(new Zone(zoneCodes[i], n(x0), n(x1 - x0), fills[i], n((x0 + x1) / 2), w.code(zoneCodes[i])));
        }
        Position fiPosition = null;
        if (fi != null && fi.position() != null) {
            double px = x(fi.position());
            fiPosition = new Position(fi.position(), n(px), n(px), anchor(px), w.t("position") + " " + fi.position()
                    + " (" + w.code(fi.positionLabel()) + ")");
        }
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < ROLES.size(); i++) {
            double tx = x(25.0 * i);
            ticks.add(new Tick(n(tx), anchor(tx), w.code(ROLES.get(i)) + " (" + 25 * i + ")"));
        }
        Position rolePosition = null;
        if (role != null && role.position() != null) {
            double px = x(role.position());
            rolePosition = new Position(role.position(), n(px), n(px), anchor(px), w.t("taken") + ": "
                    + w.code(role.positionLabel()) + " (" + role.position() + ")");
        }
        List<MarkerView> markerViews = new ArrayList<>();
        for (int i = 0; i < markers.size(); i++) {
            Marker m = markers.get(i);
            double mx = x(m.position());
            boolean wanted = "WANTED".equals(m.kind());
            markerViews.add(new MarkerView(wanted, m.position(), diamond(mx, roleAxisY - 13, 6), n(mx - 5),
                    n(roleAxisY - 35), n(mx), n(markerLabelsY + i * 18), anchor(mx),
                    (wanted ? "◆" : "■") + " " + markerText(m, w)));
        }
        return new View(lang, WIDTH, height, w.t("title"), describe(fi, role, w), w.t("axis1"), w.t("axis2"), zones,
                "0 · " + w.t("feasibility"), w.t("inclusivity") + " · 100", fiPosition, w.t("positionNotComputed"),
                chips(fi == null ? List.of() : fi.risks(), w, 164), n(roleAxisY), n(roleAxisY - 64),
                n(roleAxisY - 6), n(roleAxisY + 6), n(roleAxisY + 24), n(roleAxisY - 44), ticks, rolePosition,
                markerViews, chips(role == null ? List.of() : role.risks(), w, roleChipsY),
                new Legend(n(legendY), n(legendY - 4), diamond(LEFT + 246, legendY - 4, 6), n(legendY - 9),
                        w.t("legendWanted"), w.t("legendPosition"), w.t("legendExpected")));
    }

    private static List<Chip> chips(List<Risk> risks, Words w, double y) {
        List<Chip> chips = new ArrayList<>();
        double cx = LEFT;
        for (Risk r : risks) {
            String label = w.code(r.type()) + ": " + w.level(r.level());
            // bold 13px sans-serif averages under 8.5px per character; leave room rather than clip
            double width = 24 + label.length() * 8.5;
            chips.add(new Chip(r.type(), r.level(), n(cx), n(y), n(width), fill(r.level()), r.level() == Band.HIGH,
                    r.level() == Band.NOT_COMPUTED, n(cx + width / 2), n(y + 16), label));
            cx += width + 12;
        }
        return chips;
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
