package nl.speelveld.assessment.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import nl.speelveld.assessment.report.ParticipationReportResponse.GroupRef;
import nl.speelveld.assessment.report.ParticipationReportResponse.IssueRef;
import nl.speelveld.conventions.time.MunicipalDates;

import nl.speelveld.method.ConflictPairs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Renders a participation report as one plain, self-contained HTML document through the Qute template
 * {@code templates/report/participation.html}: no scripts, no external resources, one small inline style whose hash
 * the Content-Security-Policy names. This class gathers the texts in the report language; the template writes the
 * markup and escapes every text. Tables have
 * captions and header cells, headings follow the six report items, and nothing depends on colour. Dutch by default,
 * English on request.
 */
final class ParticipationReportHtml {

    static final String MEDIA_TYPE = "text/html;charset=UTF-8";
    private static final String STYLE = "body{font-family:system-ui,sans-serif;line-height:1.5;margin:2rem auto;"
            + "max-width:72rem;padding:0 1rem;color:#111;background:#fff}table{border-collapse:collapse;"
            + "margin:0 0 1.5rem;width:100%}caption{text-align:left;font-weight:bold;padding:.25rem 0}"
            + "th,td{border:1px solid #666;padding:.25rem .5rem;text-align:left;vertical-align:top}"
            + "th{background:#eee}.note{font-style:italic}";
    /** The Content-Security-Policy of the document: nothing may load, only this style may apply. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '" + hash(STYLE)
            + "'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    @CheckedTemplate(basePath = "report")
    static class Templates {
        static native TemplateInstance participation(Report r);
    }

    /** What the template {@code templates/report/participation.html} shows; it escapes every text. */
    record Report(String lang, String heading, String title, String style, String meta, Day generatedOn,
            String summary, String intro, String contents, List<Section> sections) {
    }

    /** One of the six report items: its anchor, heading and parts in order. */
    record Section(String id, String heading, List<Part> parts) {
    }

    /** A part of a section: exactly one of a third-level heading, a paragraph, a table or a bulleted list. */
    record Part(String h3, String p, Table table, List<String> items) {
        static Part heading(String text) {
            return new Part(text, null, null, null);
        }

        static Part paragraph(String text) {
            return new Part(null, text, null, null);
        }
    }

    record Table(String caption, List<String> columns, List<Row> rows) {
    }

    /** A row: its first cell is the row's header. */
    record Row(Cell head, List<Cell> cells) {
    }

    /** A cell: a date, a text set off as a note (an assumption), or plain text. */
    record Cell(String text, Day day, boolean note) {
        static Cell of(String text) {
            return new Cell(text == null ? "" : text, null, false);
        }
    }

    /** A date as machine-readable ISO and as shown in the report language. */
    record Day(String iso, String shown) {
    }

    private final String lang;

    private ParticipationReportHtml(String language) {
        this.lang = "en".equals(language) ? "en" : "nl";
    }

    static String render(ParticipationReportResponse report, String language) {
        return Templates.participation(new ParticipationReportHtml(language).view(report)).render();
    }

    Report view(ParticipationReportResponse r) {
        String heading = t("Participatieverslag", "Participation report");
        String meta = t("Gemeente", "Municipality") + " " + r.municipalityCode() + " · "
                + ReportLabels.of("type", r.initiative().type(), lang) + " · " + t("fase", "phase") + ": "
                + ReportLabels.of("phase", r.initiative().phase(), lang) + " · " + t("opgesteld op", "generated on");
        String summary = r.initiative().summary() == null || r.initiative().summary().isEmpty() ? null
                : text(r.initiative().summary());
        String intro = t("Dit verslag volgt de onderdelen die de Omgevingswet en de participatieverordening"
                + " vragen: wie er betrokken waren, waarover, wanneer en hoe, wat het opleverde, wat ermee is gedaan,"
                + " en de rollen van gemeente en initiatiefnemers. Het geeft de registratie weer en bevat geen"
                + " oordeel.",
                "This report follows the items the Environment and Planning Act (Omgevingswet) and the participation"
                        + " ordinance ask for: who was involved, about what, when and how, what came out, what was"
                        + " done with it, and the roles of municipality and initiators. It shows what was recorded"
                        + " and passes no judgement.");
        return new Report(lang, heading, text(r.initiative().title()), STYLE, meta,
                day(MunicipalDates.of(r.generatedAt())), summary, intro, t("Inhoud", "Contents"), List.of(
                        new Section("betrokkenen", t("1. Wie waren betrokken", "1. Who was involved"),
                                involved(r.whoWasInvolved())),
                        new Section("kwesties", t("2. Waarover", "2. About what"), aboutWhat(r.aboutWhat())),
                        new Section("proces", t("3. Wanneer en hoe", "3. When and how"), whenAndHow(r.whenAndHow())),
                        new Section("uitkomsten", t("4. Wat het opleverde", "4. What came out"),
                                whatCameOut(r.whatCameOut())),
                        new Section("terugkoppeling", t("5. Wat ermee is gedaan", "5. What was done with it"),
                                whatWasDone(r.whatWasDoneWithIt())),
                        new Section("rollen", t("6. Rollen en besluiten", "6. Roles and decisions"),
                                roles(r.roles(), r.optionsWeighed()))));
    }

    private List<Part> involved(ParticipationReportResponse.Involved x) {
        List<Part> parts = new ArrayList<>();
        for (ParticipationReportResponse.SourceGroups source : x.bySource()) {
            table(parts, ReportLabels.of("source", source.source(), lang), source.groups(),
                    List.of(t("Groep", "Group"), t("Stem", "Voice"), t("Ondervindt gevolgen", "Affected"),
                            t("Moeilijk bereikbaar", "Hard to reach"), t("Vertegenwoordigd door", "Represented by")),
                    g -> List.of(Cell.of(g.name()), Cell.of(ReportLabels.of("voice", g.voice(), lang)),
                            Cell.of(yesNo(g.affected())), Cell.of(yesNo(g.hardToReach())),
                            Cell.of(names(g.representedBy()))));
        }
        table(parts, t("Wie spreekt namens wie", "Who speaks for whom"), x.representations(),
                List.of(t("Vertegenwoordiger", "Representative"), t("Namens", "For"), t("Basis", "Basis"),
                        t("Sinds", "Since"), t("Laatst geraadpleegd", "Last consulted")),
                p -> List.of(Cell.of(name(p.representative())), Cell.of(name(p.represented())),
                        Cell.of(ReportLabels.of("basis", p.basis(), lang)), date(p.since()),
                        date(p.lastConsultedOn())));
        return parts;
    }

    private List<Part> aboutWhat(ParticipationReportResponse.AboutWhat x) {
        List<Part> parts = new ArrayList<>();
        if (x.problemDefinition() == null) {
            parts.add(Part.paragraph(t("Er is nog geen probleemdefinitie vastgelegd.",
                    "No problem definition has been recorded yet.")));
        } else {
            var d = x.problemDefinition();
            parts.add(Part.paragraph(t("Probleemdefinitie", "Problem definition")
                    + (d.sequence() == null ? "" : " (" + t("versie", "version") + " " + d.sequence() + ")")
                    + ", " + ReportLabels.of("framedBy", d.framedBy(), lang) + ": " + text(d.statement())));
        }
        List<String> columns = List.of(t("Kwestie", "Issue"), t("Ingebracht door", "Raised by"),
                t("Ingebracht op", "Raised on"), t("Belangen", "Interests"));
        Function<ParticipationReportResponse.Issue, List<Cell>> row = i -> List.of(Cell.of(text(i.label())),
                Cell.of(names(i.raisedBy())), date(i.raisedOn()), Cell.of(Integer.toString(i.interests())));
        table(parts, t("Binnen de afbakening", "In scope"), x.inScope(), columns, row);
        table(parts, t("Buiten de afbakening", "Out of scope"), x.outOfScope(), columns, row);
        return parts;
    }

    private List<Part> whenAndHow(ParticipationReportResponse.WhenAndHow x) {
        List<Part> parts = new ArrayList<>();
        table(parts, t("Raadplegingen van de achterban", "Constituency consultations"), x.consultations(),
                List.of(t("Datum", "Date"), t("Methode", "Method"), t("Door", "By"), t("Achterban", "Constituency"),
                        t("Omvang", "Size"), t("Respondenten", "Respondents"), t("Bereik", "Reach")),
                c -> List.of(date(c.heldOn()), Cell.of(ReportLabels.of("method", c.method(), lang)),
                        Cell.of(name(c.representative())), Cell.of(name(c.constituency())),
                        Cell.of(Integer.toString(c.constituencySize())), Cell.of(Integer.toString(c.respondents())),
                        Cell.of(c.reach() == null ? "" : Math.round(c.reach() * 100) + "%")));
        table(parts, t("Hoe de belangen bekend werden", "How the interests became known"),
                x.interestsByEvidence().entrySet().stream().filter(e -> e.getValue() > 0).toList(),
                List.of(t("Bron", "Evidence"), t("Aantal belangen", "Interests")),
                e -> List.of(Cell.of(ReportLabels.of("evidence", e.getKey(), lang)),
                        Cell.of(Integer.toString(e.getValue()))));
        return parts;
    }

    private List<Part> whatCameOut(ParticipationReportResponse.WhatCameOut x) {
        List<Part> parts = new ArrayList<>();
        table(parts, t("Ingebrachte belangen", "Interests recorded"), x.interests(),
                List.of(t("Kwestie", "Issue"), t("Groep", "Group"), t("Soort", "Kind"), t("Standpunt", "Stance"),
                        t("Bron", "Evidence"), t("Datum", "Date"), t("Inhoud", "Statement")),
                i -> List.of(Cell.of(issue(i.issue())), Cell.of(name(i.group())),
                        Cell.of(ReportLabels.of("kind", i.kind(), lang)),
                        Cell.of(ReportLabels.of("stance", i.stance(), lang)),
                        new Cell(ReportLabels.of("evidence", i.evidence(), lang), null, i.assumed()),
                        date(i.recordedOn()), Cell.of(text(i.statement()))));
        if (x.interestsTruncated()) {
            parts.add(Part.paragraph(listedNote(x.interests().size(), x.interestCount())));
        }
        parts.add(Part.heading(t("Tegenstellingen", "Conflict lines")));
        if (x.conflictLines().isEmpty()) {
            parts.add(Part.paragraph(t("Geen groepen met een tegengesteld laatste standpunt over dezelfde kwestie.",
                    "No groups with opposite latest stances on the same issue.")));
        } else {
            parts.add(new Part(null, null, null, x.conflictLines().stream().map(c ->
                    orId(c.groupA().name(), c.groupA().id()) + " ("
                            + ReportLabels.of("stance", c.groupA().stance(), lang) + ") ↔ "
                            + orId(c.groupB().name(), c.groupB().id()) + " ("
                            + ReportLabels.of("stance", c.groupB().stance(), lang) + ") " + t("over", "on") + " "
                            + issue(c.issue()) + ("OVERRIDE".equals(c.basis()) ? " " + t("(door een medewerker als"
                            + " conflict aangemerkt)", "(marked as a conflict by a person)") : "")).toList()));
            if (x.conflictLinesTruncated()) {
                parts.add(Part.paragraph(t("Per kwestie staan hier de eerste " + ConflictPairs.LINES_PER_ISSUE
                        + " tegenstellingen; er zijn er in totaal " + x.conflictLineCount() + ".",
                        "The first " + ConflictPairs.LINES_PER_ISSUE + " conflict lines per issue are shown; there"
                                + " are " + x.conflictLineCount() + " in all.")));
            }
        }
        return parts;
    }

    private List<Part> whatWasDone(ParticipationReportResponse.WhatWasDone x) {
        List<Part> parts = new ArrayList<>();
        table(parts, t("Antwoorden per status", "Responses per status"), List.copyOf(x.countsByStatus().entrySet()),
                List.of(t("Status", "Status"), t("Aantal belangen", "Interests")),
                e -> List.of(Cell.of(ReportLabels.of("status", e.getKey(), lang)),
                        Cell.of(Integer.toString(e.getValue()))));
        table(parts, t("Antwoord per belang", "Response per interest"), x.responses(),
                List.of(t("Kwestie", "Issue"), t("Groep", "Group"), t("Status", "Status"),
                        t("Motivering", "Reason"), t("Datum", "Date"), t("Door", "By")),
                r -> List.of(Cell.of(issue(r.issue())), Cell.of(name(r.group())),
                        Cell.of(ReportLabels.of("status", r.status(), lang)), Cell.of(r.reason()),
                        date(r.respondedOn()), Cell.of(ReportLabels.of("decidedBy", r.respondedBy(), lang))));
        if (x.responsesTruncated()) {
            parts.add(Part.paragraph(listedNote(x.responses().size(),
                    x.countsByStatus().values().stream().mapToInt(Integer::intValue).sum())));
        }
        return parts;
    }

    /** The note under a list that shows the first of many interests. */
    private String listedNote(int listed, int all) {
        return t("Hier staan de eerste " + listed + " van de " + all + " belangen (per kwestie, dan per groep);"
                + " de volledige lijst staat in de registratie van belangen.", "The first " + listed + " of the "
                + all + " interests are shown (by issue, then by group); the complete list is in the register of"
                + " interests.");
    }

    private List<Part> roles(ParticipationReportResponse.Roles x,
            List<ParticipationReportResponse.OptionWeighed> options) {
        List<Part> parts = new ArrayList<>();
        table(parts, t("Waargenomen rollen van de gemeente", "Observed roles of the municipality"), x.observations(),
                List.of(t("Datum", "Date"), t("Soort", "Kind"), t("Van", "Held by"), t("Rol", "Role"),
                        t("Bron", "Evidence"), t("Toelichting", "Note")),
                o -> List.of(date(o.observedOn()), Cell.of(ReportLabels.of("observation", o.kind(), lang)),
                        Cell.of(ReportLabels.of("source", o.holderSource(), lang)
                                + (o.holderGroup() == null ? "" : ": " + name(o.holderGroup()))),
                        Cell.of(ReportLabels.of("role", o.role(), lang)),
                        Cell.of(ReportLabels.of("evidence", o.evidence(), lang)), Cell.of(o.note())));
        table(parts, t("Belangrijke besluiten", "Key decisions"), x.keyDecisions(),
                List.of(t("Datum", "Date"), t("Besluit", "Decision"), t("Genomen door", "Taken by"),
                        t("Kwesties", "Issues")),
                d -> List.of(date(d.decidedOn()), Cell.of(d.subject()),
                        Cell.of(ReportLabels.of("decidedBy", d.decidedBy(), lang)),
                        Cell.of(String.join(", ", d.issues().stream().map(this::issue).toList()))));
        if (!options.isEmpty()) {
            table(parts, t("Afgewogen opties (wat-als-scenario's)", "Options weighed (what-if scenarios)"), options,
                    List.of(t("Besluitdatum", "Decided on"), t("Dilemma", "Dilemma"), t("Keuze", "Choice"),
                            t("Optie", "Option")),
                    o -> List.of(date(o.decidedOn()), Cell.of(o.axis()), Cell.of(o.choice()),
                            Cell.of(o.label() == null ? String.valueOf(o.scenarioId()) : o.label())));
        }
        return parts;
    }

    /** A table with a caption and column headers; an empty list is a heading that says nothing was recorded. */
    private <T> void table(List<Part> parts, String caption, List<T> rows, List<String> columns,
            Function<T, List<Cell>> cells) {
        if (rows.isEmpty()) {
            parts.add(Part.heading(caption));
            parts.add(Part.paragraph(t("Niets vastgelegd.", "Nothing recorded.")));
            return;
        }
        parts.add(new Part(null, null, new Table(caption, columns, rows.stream().map(row -> {
            List<Cell> values = cells.apply(row);
            return new Row(values.get(0), values.subList(1, values.size()));
        }).toList()), null));
    }

    private String t(String nl, String en) {
        return "en".equals(lang) ? en : nl;
    }

    /** The text in the report language, else Dutch, else any language given. */
    private String text(Map<String, String> localized) {
        if (localized == null || localized.isEmpty()) {
            return "";
        }
        String value = localized.get(lang);
        if (value == null) {
            value = localized.get("nl");
        }
        return value != null ? value : localized.values().iterator().next();
    }

    private static String name(GroupRef g) {
        return g == null ? "" : orId(g.name(), g.id());
    }

    private static String names(List<GroupRef> groups) {
        return String.join(", ", groups.stream().map(ParticipationReportHtml::name).toList());
    }

    private String issue(IssueRef i) {
        return i.label() == null || i.label().isEmpty() ? String.valueOf(i.id()) : text(i.label());
    }

    private String yesNo(Boolean value) {
        return value == null ? t("onbekend", "unknown") : value ? t("ja", "yes") : t("nee", "no");
    }

    private Cell date(LocalDate date) {
        return date == null ? Cell.of("") : new Cell("", day(date), false);
    }

    private Day day(LocalDate date) {
        return new Day(date.toString(), date.format(DateTimeFormatter.ofPattern("d MMMM uuuu",
                "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("nl"))));
    }

    private static String orId(String name, Object id) {
        return name != null && !name.isBlank() ? name : String.valueOf(id);
    }

    private static String hash(String style) {
        try {
            return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(style.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
