package nl.speelveld.assessment.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import nl.speelveld.method.AssessmentOutcome;
import nl.speelveld.method.AssessmentOutcome.Axis;
import nl.speelveld.method.AssessmentOutcome.Holder;
import nl.speelveld.method.AssessmentOutcome.Marker;
import nl.speelveld.method.AssessmentOutcome.Risk;
import nl.speelveld.method.Band;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class AssessmentChartTest {

    private static final String SVG = "http://www.w3.org/2000/svg";

    static AssessmentOutcome outcome(Integer p1, String label, Integer p2, String role, List<Marker> markers,
                                     Band inclusivity) {
        Axis fi = new Axis("FEASIBILITY_INCLUSIVITY", p1, label, List.of(), List.of(
                new Risk("INCLUSIVITY", inclusivity, List.of("FI-3")),
                new Risk("FEASIBILITY", Band.LOW, List.of("FI-2", "FI-6", "FI-7")),
                new Risk("BROADENING_PREVIEW", Band.HIGH, List.of("FI-8"))));
        Axis ro = new Axis("ROLE", p2, role, markers, List.of(new Risk("ROLE_TENSION", Band.MEDIUM, List.of("RO-2"))));
        return new AssessmentOutcome("dilemma-1.0", "default-1", List.of(fi, ro), List.of(), List.of(), List.of(),
                List.of(), Map.of("nl", "d", "en", "d"));
    }

    static AssessmentOutcome caseA() {
        return outcome(40, "FOCUSED", 25, "FACILITATE", List.of(
                new Marker("FACILITATE", 25, "WANTED", new Holder("COPRODUCING_CITIZENS", "g1", "Leden & kerngroep <coöperatie>")),
                new Marker("DIRECT", 75, "EXPECTED", new Holder("POLITICS", "g2", "Wethouder en gemeenteraad")),
                new Marker("STIMULATE", 50, "EXPECTED", new Holder("PUBLIC_ORGANISATION", null, null))), Band.HIGH);
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> byClass(Document d, String cls) {
        List<Element> out = new ArrayList<>();
        NodeList all = d.getElementsByTagNameNS(SVG, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (List.of(e.getAttribute("class").split(" ")).contains(cls)) {
                out.add(e);
            }
        }
        return out;
    }

    private static String allText(Document d) {
        return d.getDocumentElement().getTextContent();
    }

    @Test
    void shouldBeAWellFormedAccessibleSvgDocument() throws Exception {
        String svg = new AssessmentChart().render(caseA(), "nl");
        Document d = parse(svg);
        Element root = d.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals(SVG, root.getNamespaceURI());
        assertEquals("1.1", root.getAttribute("version"));
        assertEquals("img", root.getAttribute("role"));
        assertEquals("chart-title chart-desc", root.getAttribute("aria-labelledby"));
        Element title = (Element) d.getElementsByTagNameNS(SVG, "title").item(0);
        Element desc = (Element) d.getElementsByTagNameNS(SVG, "desc").item(0);
        assertEquals("chart-title", title.getAttribute("id"));
        assertEquals("chart-desc", desc.getAttribute("id"));
        assertFalse(title.getTextContent().isBlank());
    }

    @Test
    void shouldDescribePositionsMarkersAndRisksInWords() throws Exception {
        String desc = ((Element) parse(new AssessmentChart().render(caseA(), "nl"))
                .getElementsByTagNameNS(SVG, "desc").item(0)).getTextContent();
        assertTrue(desc.contains("Positie 40 van 100 (gefocust)"), desc);
        assertTrue(desc.contains("Ingenomen rol faciliteren"), desc);
        assertTrue(desc.contains("Gewenst door Leden & kerngroep <coöperatie>: faciliteren (25)"), desc);
        assertTrue(desc.contains("Verwacht door Wethouder en gemeenteraad: regisseren (75)"), desc);
        assertTrue(desc.contains("Verwacht door publieke organisatie: stimuleren (50)"), desc);
        assertTrue(desc.contains("Inclusiviteit HOOG"), desc);
        assertTrue(desc.contains("Rolspanning MIDDEN"), desc);
    }

    @Test
    void shouldSpeakEnglishWhenAskedAndDutchOtherwise() throws Exception {
        String en = allText(parse(new AssessmentChart().render(caseA(), "en")));
        assertTrue(en.contains("Inclusivity: HIGH"), en);
        assertTrue(en.contains("Feasibility: LOW"), en);
        assertTrue(en.contains("Broadening preview: HIGH"), en);
        assertTrue(en.contains("Role tension: MEDIUM"), en);
        assertTrue(en.contains("focused"), en);
        assertTrue(en.contains("regulate"), en);
        String fallback = allText(parse(new AssessmentChart().render(caseA(), "fy")));
        assertTrue(fallback.contains("Inclusiviteit: HOOG"), fallback);
        assertTrue(fallback.contains("Uitvoerbaarheid: LAAG"), fallback);
        assertTrue(fallback.contains("loslaten") && fallback.contains("reguleren"), fallback);
        assertEquals("nl", parse(new AssessmentChart().render(caseA(), null)).getDocumentElement()
                .getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
    }

    @Test
    void shouldLabelTheZonesAndTheFiveRoles() throws Exception {
        Document d = parse(new AssessmentChart().render(caseA(), "nl"));
        List<Element> zones = byClass(d, "zone");
        assertEquals(List.of("FOCUSED", "INTERMEDIATE", "BROADENED"),
                zones.stream().map(z -> z.getAttribute("data-zone")).toList());
        String text = allText(d);
        for (String s : List.of("gefocust", "tussenpositie", "verbreed", "loslaten (0)", "faciliteren (25)",
                "stimuleren (50)", "regisseren (75)", "reguleren (100)")) {
            assertTrue(text.contains(s), s);
        }
    }

    @Test
    void shouldPlacePositionsProportionally() throws Exception {
        for (int p : new int[] {0, 25, 40, 55, 100}) {
            Document d = parse(new AssessmentChart().render(outcome(p, "FOCUSED", p, "FACILITATE", List.of(), Band.LOW), "nl"));
            List<Element> positions = byClass(d, "position");
            assertEquals(2, positions.size());
            double expected = 60 + 680 * p / 100.0;
            for (Element e : positions) {
                assertEquals(expected, Double.parseDouble(e.getAttribute("cx")), 0.05, "position " + p);
            }
        }
        Document d = parse(new AssessmentChart().render(caseA(), "nl"));
        Element zoneFocused = byClass(d, "zone").get(0);
        assertEquals(60 + 680 * 0.4, Double.parseDouble(zoneFocused.getAttribute("width")) + 60, 0.05);
    }

    @Test
    void shouldDrawWantedAndExpectedRolesWithDifferentShapesAtTheirPositions() throws Exception {
        Document d = parse(new AssessmentChart().render(caseA(), "nl"));
        List<Element> wanted = byClass(d, "wanted");
        List<Element> expected = byClass(d, "expected");
        assertEquals(1, wanted.size());
        assertEquals("polygon", wanted.get(0).getLocalName());
        assertEquals(2, expected.size());
        assertEquals("rect", expected.get(0).getLocalName());
        assertEquals(60 + 680 * 0.75, Double.parseDouble(expected.get(0).getAttribute("x")) + 5, 0.05);
        assertEquals(60 + 680 * 0.5, Double.parseDouble(expected.get(1).getAttribute("x")) + 5, 0.05);
    }

    @Test
    void shouldShowRiskLevelsAsTextChips() throws Exception {
        Document d = parse(new AssessmentChart().render(caseA(), "nl"));
        List<Element> risks = byClass(d, "risk");
        assertEquals(4, risks.size());
        assertEquals(List.of("Inclusiviteit: HOOG", "Uitvoerbaarheid: LAAG", "Verbredingseffect: HOOG",
                "Rolspanning: MIDDEN"), risks.stream().map(r -> r.getTextContent().trim()).toList());
    }

    @Test
    void shouldWriteNotComputedInsteadOfDrawingAMissingPosition() throws Exception {
        AssessmentOutcome o = outcome(null, null, null, null, List.of(), Band.NOT_COMPUTED);
        Document d = parse(new AssessmentChart().render(o, "en"));
        assertEquals(0, byClass(d, "position").size());
        assertEquals(2, byClass(d, "not-computed").size());
        String text = allText(d);
        assertTrue(text.contains("position not computed"), text);
        assertTrue(text.contains("Inclusivity: NOT COMPUTED"), text);
        assertFalse(text.contains("null"), text);
    }

    @Test
    void shouldEscapeEveryTextForXml() throws Exception {
        String svg = new AssessmentChart().render(caseA(), "nl");
        assertTrue(svg.contains("Leden &amp; kerngroep &lt;coöperatie&gt;"), svg);
        assertEquals("a &amp; &lt;b&gt; &quot;c&quot; &apos;d&apos;", AssessmentChart.esc("a & <b> \"c\" 'd'\u0001"));
        parse(svg);
    }
}
