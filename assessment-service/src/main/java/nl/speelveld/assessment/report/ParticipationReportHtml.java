package nl.speelveld.assessment.report;

import nl.speelveld.assessment.report.ParticipationReportResponse.GroupRef;
import nl.speelveld.assessment.report.ParticipationReportResponse.IssueRef;
import nl.speelveld.conventions.time.MunicipalDates;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Renders a participation report as one plain, self-contained HTML document: no scripts, no external resources, one
 * small inline style whose hash the Content-Security-Policy names. Every text from the data is escaped. Tables have
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

    private final String lang;

    private ParticipationReportHtml(String language) {
        this.lang = "en".equals(language) ? "en" : "nl";
    }

    static String render(ParticipationReportResponse report, String language) {
        return new ParticipationReportHtml(language).document(report);
    }

    private String document(ParticipationReportResponse r) {
        String title = text(r.initiative().title());
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(t("Participatieverslag", "Participation report")).append(": ").append(esc(title))
                .append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n<h1>")
                .append(t("Participatieverslag", "Participation report")).append(": ").append(esc(title))
                .append("</h1>\n<p>").append(t("Gemeente", "Municipality")).append(' ')
                .append(esc(r.municipalityCode())).append(" · ")
                .append(esc(ReportLabels.of("type", r.initiative().type(), lang))).append(" · ")
                .append(t("fase", "phase")).append(": ")
                .append(esc(ReportLabels.of("phase", r.initiative().phase(), lang)))
                .append(" · ").append(t("opgesteld op", "generated on")).append(' ')
                .append(date(MunicipalDates.of(r.generatedAt()))).append("</p>\n");
        if (r.initiative().summary() != null && !r.initiative().summary().isEmpty()) {
            h.append("<p>").append(esc(text(r.initiative().summary()))).append("</p>\n");
        }
        h.append("<p>").append(t("Dit verslag volgt de onderdelen die de Omgevingswet en de participatieverordening"
                + " vragen: wie er betrokken waren, waarover, wanneer en hoe, wat het opleverde, wat ermee is gedaan,"
                + " en de rollen van gemeente en initiatiefnemers. Het geeft de registratie weer en bevat geen"
                + " oordeel.",
                "This report follows the items the Environment and Planning Act (Omgevingswet) and the participation"
                        + " ordinance ask for: who was involved, about what, when and how, what came out, what was"
                        + " done with it, and the roles of municipality and initiators. It shows what was recorded"
                        + " and passes no judgement.")).append("</p>\n");
        h.append("<nav aria-label=\"").append(t("Inhoud", "Contents")).append("\">\n<ol>\n");
        String[][] sections = sections();
        for (String[] s : sections) {
            h.append("<li><a href=\"#").append(s[0]).append("\">").append(s[1]).append("</a></li>\n");
        }
        h.append("</ol>\n</nav>\n");
        involved(h, r.whoWasInvolved(), sections[0]);
        aboutWhat(h, r.aboutWhat(), sections[1]);
        whenAndHow(h, r.whenAndHow(), sections[2]);
        whatCameOut(h, r.whatCameOut(), sections[3]);
        whatWasDone(h, r.whatWasDoneWithIt(), sections[4]);
        roles(h, r.roles(), r.optionsWeighed(), sections[5]);
        return h.append("</main>\n</body>\n</html>\n").toString();
    }

    private String[][] sections() {
        return new String[][] {
            {"betrokkenen", t("1. Wie waren betrokken", "1. Who was involved")},
            {"kwesties", t("2. Waarover", "2. About what")},
            {"proces", t("3. Wanneer en hoe", "3. When and how")},
            {"uitkomsten", t("4. Wat het opleverde", "4. What came out")},
            {"terugkoppeling", t("5. Wat ermee is gedaan", "5. What was done with it")},
            {"rollen", t("6. Rollen en besluiten", "6. Roles and decisions")}};
    }

    private void involved(StringBuilder h, ParticipationReportResponse.Involved x, String[] section) {
        open(h, section);
        for (ParticipationReportResponse.SourceGroups source : x.bySource()) {
            table(h, ReportLabels.of("source", source.source(), lang), source.groups(),
                    List.of(t("Groep", "Group"), t("Stem", "Voice"), t("Ondervindt gevolgen", "Affected"),
                            t("Moeilijk bereikbaar", "Hard to reach"), t("Vertegenwoordigd door", "Represented by")),
                    g -> List.of(esc(g.name()), esc(ReportLabels.of("voice", g.voice(), lang)), yesNo(g.affected()),
                            yesNo(g.hardToReach()), names(g.representedBy())));
        }
        table(h, t("Wie spreekt namens wie", "Who speaks for whom"), x.representations(),
                List.of(t("Vertegenwoordiger", "Representative"), t("Namens", "For"), t("Basis", "Basis"),
                        t("Sinds", "Since"), t("Laatst geraadpleegd", "Last consulted")),
                p -> List.of(name(p.representative()), name(p.represented()),
                        esc(ReportLabels.of("basis", p.basis(), lang)), date(p.since()), date(p.lastConsultedOn())));
        h.append("</section>\n");
    }

    private void aboutWhat(StringBuilder h, ParticipationReportResponse.AboutWhat x, String[] section) {
        open(h, section);
        if (x.problemDefinition() == null) {
            h.append("<p>").append(t("Er is nog geen probleemdefinitie vastgelegd.",
                    "No problem definition has been recorded yet.")).append("</p>\n");
        } else {
            var d = x.problemDefinition();
            h.append("<p>").append(t("Probleemdefinitie", "Problem definition"))
                    .append(d.sequence() == null ? "" : " (" + t("versie", "version") + " " + d.sequence() + ")")
                    .append(", ").append(esc(ReportLabels.of("framedBy", d.framedBy(), lang))).append(": ")
                    .append(esc(text(d.statement()))).append("</p>\n");
        }
        List<String> columns = List.of(t("Kwestie", "Issue"), t("Ingebracht door", "Raised by"),
                t("Ingebracht op", "Raised on"), t("Belangen", "Interests"));
        Function<ParticipationReportResponse.Issue, List<String>> row = i -> List.of(esc(text(i.label())),
                names(i.raisedBy()), date(i.raisedOn()), Integer.toString(i.interests()));
        table(h, t("Binnen de afbakening", "In scope"), x.inScope(), columns, row);
        table(h, t("Buiten de afbakening", "Out of scope"), x.outOfScope(), columns, row);
        h.append("</section>\n");
    }

    private void whenAndHow(StringBuilder h, ParticipationReportResponse.WhenAndHow x, String[] section) {
        open(h, section);
        table(h, t("Raadplegingen van de achterban", "Constituency consultations"), x.consultations(),
                List.of(t("Datum", "Date"), t("Methode", "Method"), t("Door", "By"), t("Achterban", "Constituency"),
                        t("Omvang", "Size"), t("Respondenten", "Respondents"), t("Bereik", "Reach")),
                c -> List.of(date(c.heldOn()), esc(ReportLabels.of("method", c.method(), lang)),
                        name(c.representative()), c.constituency() == null ? "" : name(c.constituency()),
                        Integer.toString(c.constituencySize()), Integer.toString(c.respondents()),
                        c.reach() == null ? "" : Math.round(c.reach() * 100) + "%"));
        table(h, t("Hoe de belangen bekend werden", "How the interests became known"),
                x.interestsByEvidence().entrySet().stream().filter(e -> e.getValue() > 0).toList(),
                List.of(t("Bron", "Evidence"), t("Aantal belangen", "Interests")),
                e -> List.of(esc(ReportLabels.of("evidence", e.getKey(), lang)), Integer.toString(e.getValue())));
        h.append("</section>\n");
    }

    private void whatCameOut(StringBuilder h, ParticipationReportResponse.WhatCameOut x, String[] section) {
        open(h, section);
        table(h, t("Ingebrachte belangen", "Interests recorded"), x.interests(),
                List.of(t("Kwestie", "Issue"), t("Groep", "Group"), t("Soort", "Kind"), t("Standpunt", "Stance"),
                        t("Bron", "Evidence"), t("Datum", "Date"), t("Inhoud", "Statement")),
                i -> List.of(issue(i.issue()), name(i.group()), esc(ReportLabels.of("kind", i.kind(), lang)),
                        esc(ReportLabels.of("stance", i.stance(), lang)),
                        (i.assumed() ? "<span class=\"note\">" : "") + esc(ReportLabels.of("evidence", i.evidence(),
                                lang)) + (i.assumed() ? "</span>" : ""), date(i.recordedOn()),
                        esc(text(i.statement()))));
        h.append("<h3>").append(t("Tegenstellingen", "Conflict lines")).append("</h3>\n");
        if (x.conflictLines().isEmpty()) {
            h.append("<p>").append(t("Geen groepen met een tegengesteld laatste standpunt over dezelfde kwestie.",
                    "No groups with opposite latest stances on the same issue.")).append("</p>\n");
        } else {
            h.append("<ul>\n");
            for (ParticipationReportResponse.ConflictLine c : x.conflictLines()) {
                h.append("<li>").append(esc(orId(c.groupA().name(), c.groupA().id()))).append(" (")
                        .append(esc(ReportLabels.of("stance", c.groupA().stance(), lang))).append(") ↔ ")
                        .append(esc(orId(c.groupB().name(), c.groupB().id()))).append(" (")
                        .append(esc(ReportLabels.of("stance", c.groupB().stance(), lang))).append(") ")
                        .append(t("over", "on")).append(' ').append(issue(c.issue()))
                        .append("OVERRIDE".equals(c.basis()) ? " " + t("(door een medewerker als conflict"
                                + " aangemerkt)", "(marked as a conflict by a person)") : "").append("</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("</section>\n");
    }

    private void whatWasDone(StringBuilder h, ParticipationReportResponse.WhatWasDone x, String[] section) {
        open(h, section);
        table(h, t("Antwoorden per status", "Responses per status"), List.copyOf(x.countsByStatus().entrySet()),
                List.of(t("Status", "Status"), t("Aantal belangen", "Interests")),
                e -> List.of(esc(ReportLabels.of("status", e.getKey(), lang)), Integer.toString(e.getValue())));
        table(h, t("Antwoord per belang", "Response per interest"), x.responses(),
                List.of(t("Kwestie", "Issue"), t("Groep", "Group"), t("Status", "Status"),
                        t("Motivering", "Reason"), t("Datum", "Date"), t("Door", "By")),
                r -> List.of(issue(r.issue()), name(r.group()), esc(ReportLabels.of("status", r.status(), lang)),
                        esc(r.reason()), date(r.respondedOn()), esc(ReportLabels.of("decidedBy", r.respondedBy(),
                                lang))));
        h.append("</section>\n");
    }

    private void roles(StringBuilder h, ParticipationReportResponse.Roles x,
            List<ParticipationReportResponse.OptionWeighed> options, String[] section) {
        open(h, section);
        table(h, t("Waargenomen rollen van de gemeente", "Observed roles of the municipality"), x.observations(),
                List.of(t("Datum", "Date"), t("Soort", "Kind"), t("Van", "Held by"), t("Rol", "Role"),
                        t("Bron", "Evidence"), t("Toelichting", "Note")),
                o -> List.of(date(o.observedOn()), esc(ReportLabels.of("observation", o.kind(), lang)),
                        esc(ReportLabels.of("source", o.holderSource(), lang))
                                + (o.holderGroup() == null ? "" : ": " + name(o.holderGroup())),
                        esc(ReportLabels.of("role", o.role(), lang)),
                        esc(ReportLabels.of("evidence", o.evidence(), lang)), esc(o.note())));
        table(h, t("Belangrijke besluiten", "Key decisions"), x.keyDecisions(),
                List.of(t("Datum", "Date"), t("Besluit", "Decision"), t("Genomen door", "Taken by"),
                        t("Kwesties", "Issues")),
                d -> List.of(date(d.decidedOn()), esc(d.subject()), esc(ReportLabels.of("decidedBy", d.decidedBy(),
                        lang)), String.join(", ", d.issues().stream().map(this::issue).toList())));
        if (!options.isEmpty()) {
            table(h, t("Afgewogen opties (wat-als-scenario's)", "Options weighed (what-if scenarios)"), options,
                    List.of(t("Besluitdatum", "Decided on"), t("Dilemma", "Dilemma"), t("Keuze", "Choice"),
                            t("Optie", "Option")),
                    o -> List.of(date(o.decidedOn()), esc(o.axis()), esc(o.choice()),
                            esc(o.label() == null ? String.valueOf(o.scenarioId()) : o.label())));
        }
        h.append("</section>\n");
    }

    private void open(StringBuilder h, String[] section) {
        h.append("<section aria-labelledby=\"").append(section[0]).append("\">\n<h2 id=\"").append(section[0])
                .append("\">").append(section[1]).append("</h2>\n");
    }

    /** A table with a caption and column headers; cells are already escaped HTML. An empty list says so instead. */
    private <T> void table(StringBuilder h, String caption, List<T> rows, List<String> columns,
            Function<T, List<String>> cells) {
        if (rows.isEmpty()) {
            h.append("<h3>").append(esc(caption)).append("</h3>\n<p>").append(t("Niets vastgelegd.",
                    "Nothing recorded.")).append("</p>\n");
            return;
        }
        h.append("<table>\n<caption>").append(esc(caption)).append("</caption>\n<thead><tr>");
        columns.forEach(c -> h.append("<th scope=\"col\">").append(esc(c)).append("</th>"));
        h.append("</tr></thead>\n<tbody>\n");
        for (T row : rows) {
            List<String> values = cells.apply(row);
            h.append("<tr>");
            for (int i = 0; i < values.size(); i++) {
                String tag = i == 0 ? "th scope=\"row\"" : "td";
                h.append('<').append(tag).append('>').append(values.get(i)).append("</")
                        .append(i == 0 ? "th" : "td").append('>');
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
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

    private String name(GroupRef g) {
        return g == null ? "" : esc(orId(g.name(), g.id()));
    }

    private String names(List<GroupRef> groups) {
        return String.join(", ", groups.stream().map(this::name).toList());
    }

    private String issue(IssueRef i) {
        String label = i.label() == null || i.label().isEmpty() ? String.valueOf(i.id()) : text(i.label());
        return esc(label);
    }

    private String yesNo(Boolean value) {
        return value == null ? t("onbekend", "unknown") : value ? t("ja", "yes") : t("nee", "no");
    }

    private String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        String shown = date.format(DateTimeFormatter.ofPattern("d MMMM uuuu",
                "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("nl")));
        return "<time datetime=\"" + date + "\">" + shown + "</time>";
    }

    private static String orId(String name, Object id) {
        return name != null && !name.isBlank() ? name : String.valueOf(id);
    }

    /** Escapes text for HTML element content and attribute values. */
    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
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
