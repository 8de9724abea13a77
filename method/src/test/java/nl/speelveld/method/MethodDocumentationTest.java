package nl.speelveld.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/method.md} and the method code in step: every code the method can produce is documented, and every
 * documented code exists. Plain file reading, no Quarkus.
 *
 * <p><b>Code side.</b> The {@code .java} files of the method package ({@link #METHOD_SOURCES}, relative to the
 * repository root), with comments removed, are scanned for:
 * <ul>
 *   <li>indicators: {@code ENTRIES.put("FI-1"} (IndicatorCatalog);</li>
 *   <li>warnings: {@code warning("CODE"} calls, and any {@code notComputed(} call, which stands for
 *       {@code NOT_COMPUTED};</li>
 *   <li>flags: {@code flags.add("CODE")} (DilemmaMethod);</li>
 *   <li>reflection questions: {@code TEMPLATES.put("Q-…"} (ReflectionQuestions).</li>
 * </ul>
 *
 * <p><b>Documentation side.</b> Each kind has a Markdown heading (any level, outside code fences) whose text is
 * exactly {@code Indicators}, {@code Warnings}, {@code Flags} or {@code Reflection questions} (a leading section
 * number such as {@code 5.} is allowed), appearing once. The first table after that heading, before any other
 * heading, lists the codes of that kind: each body row's first cell is exactly one code in backticks, e.g.
 * {@code | `FI-1` | …}. Nothing else in the document is read.
 */
class MethodDocumentationTest {

    /** The method package, relative to the repository root: the one place to change when the package moves. */
    static final Path METHOD_SOURCES = Path.of("method", "src", "main", "java", "nl", "speelveld", "method");

    /** The documentation, relative to the repository root. */
    static final Path METHOD_DOC = Path.of("docs", "method.md");

    /** The kinds of code, with the heading of their table in the documentation. */
    enum Kind {
        INDICATORS("Indicators"),
        WARNINGS("Warnings"),
        FLAGS("Flags"),
        QUESTIONS("Reflection questions");

        final String heading;

        Kind(String heading) {
            this.heading = heading;
        }
    }

    private static final Pattern INDICATOR = Pattern.compile("\\bENTRIES\\.put\\(\\s*\"([^\"]+)\"");
    private static final Pattern WARNING = Pattern.compile("\\bwarning\\(\\s*\"([^\"]+)\"");
    private static final Pattern NOT_COMPUTED = Pattern.compile("\\bnotComputed\\(");
    private static final Pattern FLAG = Pattern.compile("\\bflags\\.add\\(\\s*\"([^\"]+)\"\\s*\\)");
    private static final Pattern QUESTION = Pattern.compile("\\bTEMPLATES\\.put\\(\\s*\"(Q-[^\"]+)\"");

    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(?:\\d+(?:\\.\\d+)*\\.?\\s+)?(.+?)\\s*#*\\s*$");
    private static final Pattern CODE_CELL = Pattern.compile("^`([^`\\s]+)`$");

    @Test
    void shouldDocumentExactlyTheCodesTheMethodCodeHas() throws IOException {
        Path root = repositoryRoot();
        Map<Kind, Set<String>> inCode = codesInSources(javaSources(root.resolve(METHOD_SOURCES)));
        Map<Kind, Set<String>> inDoc = codesInDocument(Files.readString(root.resolve(METHOD_DOC), StandardCharsets.UTF_8));
        List<String> problems = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            // guards against a scan that silently finds nothing on both sides
            assertFalse(inCode.get(kind).isEmpty(), "no " + kind.heading + " codes found in " + METHOD_SOURCES);
            problems.addAll(differences(kind.heading, inCode.get(kind), inDoc.get(kind)));
        }
        assertTrue(problems.isEmpty(), METHOD_DOC + " and the method code disagree:\n" + String.join("\n", problems));
    }

    /**
     * The differences between the codes of one kind in the code and in the documentation, as readable lines; empty
     * when both hold the same codes.
     */
    static List<String> differences(String kind, Set<String> inCode, Set<String> inDoc) {
        Set<String> undocumented = new TreeSet<>(inCode);
        undocumented.removeAll(inDoc);
        Set<String> unknown = new TreeSet<>(inDoc);
        unknown.removeAll(inCode);
        List<String> out = new ArrayList<>();
        if (!undocumented.isEmpty()) {
            out.add(kind + ": in the code but not in " + METHOD_DOC + ": " + undocumented);
        }
        if (!unknown.isEmpty()) {
            out.add(kind + ": in " + METHOD_DOC + " but not in the code: " + unknown);
        }
        return out;
    }

    // ---- test of the test ----

    @Test
    void shouldReportACodeThatIsMissingFromTheDocumentation() {
        List<String> d = differences("Warnings", Set.of("FEW_PAIRS", "NO_REFERENCE"), Set.of("FEW_PAIRS"));
        assertEquals(List.of("Warnings: in the code but not in " + METHOD_DOC + ": [NO_REFERENCE]"), d);
    }

    @Test
    void shouldReportADocumentedCodeThatTheCodeDoesNotHave() {
        List<String> d = differences("Flags", Set.of("ABANDONMENT_RISK"), Set.of("ABANDONMENT_RISK", "EXTRA_FLAG"));
        assertEquals(List.of("Flags: in " + METHOD_DOC + " but not in the code: [EXTRA_FLAG]"), d);
    }

    @Test
    void shouldReportNothingWhenBothSidesAgree() {
        assertTrue(differences("Indicators", Set.of("FI-1", "RO-5"), Set.of("RO-5", "FI-1")).isEmpty());
    }

    @Test
    void shouldFailOnTheRealDocumentWithARowRemovedOrAnExtraRowAdded() throws IOException {
        Path root = repositoryRoot();
        Map<Kind, Set<String>> inCode = codesInSources(javaSources(root.resolve(METHOD_SOURCES)));
        List<String> lines = Files.readAllLines(root.resolve(METHOD_DOC), StandardCharsets.UTF_8);
        int row = firstRowOf(lines, "`ABANDONMENT_RISK`");

        List<String> removed = new ArrayList<>(lines);
        removed.remove(row);
        Set<String> docRemoved = codesInDocument(String.join("\n", removed)).get(Kind.FLAGS);
        assertEquals(List.of("Flags: in the code but not in " + METHOD_DOC + ": [ABANDONMENT_RISK]"),
                differences("Flags", inCode.get(Kind.FLAGS), docRemoved));

        List<String> extra = new ArrayList<>(lines);
        extra.add(row + 1, "| `EXTRA_FLAG` | never | nothing | none |");
        Set<String> docExtra = codesInDocument(String.join("\n", extra)).get(Kind.FLAGS);
        assertEquals(List.of("Flags: in " + METHOD_DOC + " but not in the code: [EXTRA_FLAG]"),
                differences("Flags", inCode.get(Kind.FLAGS), docExtra));
    }

    @Test
    void shouldReadCodesFromCallsButNotFromCommentsOrOtherStrings() {
        String java = String.join("\n",
                "/** Raises warning(\"IN_JAVADOC\") in prose. */",
                "class X {",
                "  // flags.add(\"IN_LINE_COMMENT\");",
                "  String url = \"http://example.invalid/x\"; // the // inside the string is no comment",
                "  void f() {",
                "    out.add(IndicatorCatalog.warning(\"REAL_WARNING\", \"a\", \"b\"));",
                "    warnings.add(IndicatorCatalog.notComputed(\"FI-9\", \"x\", \"y\"));",
                "    flags.add(\"REAL_FLAG\");",
                "    String s = \"flags.add(\\\"IN_A_STRING\\\")\";",
                "  }",
                "  static { ENTRIES.put(\"XX-1\", null); TEMPLATES.put(\"Q-REAL\", null); }",
                "}");
        Map<Kind, Set<String>> codes = codesInSources(List.of(java));
        assertEquals(Set.of("XX-1"), codes.get(Kind.INDICATORS));
        assertEquals(Set.of("REAL_WARNING", "NOT_COMPUTED"), codes.get(Kind.WARNINGS));
        assertEquals(Set.of("REAL_FLAG"), codes.get(Kind.FLAGS));
        assertEquals(Set.of("Q-REAL"), codes.get(Kind.QUESTIONS));
    }

    @Test
    void shouldReadOnlyTheFirstTableUnderEachHeading() {
        String md = String.join("\n",
                "# Title",
                "| `NOT_READ` | before any heading of a kind |",
                "## 5. Indicators",
                "Some text.",
                "",
                "| Code | Name |",
                "|---|---|",
                "| `FI-1` | one |",
                "| `RO-1` | two |",
                "",
                "| `NOT_READ_EITHER` | second table |",
                "### FI-1 details",
                "| `ALSO_NOT_READ` | x |",
                "## Warnings",
                "| Code |",
                "|---|",
                "| `W1` |",
                "```",
                "## Flags",
                "```",
                "## Flags",
                "| Code |",
                "|---|",
                "| `F1` |",
                "## Reflection questions",
                "| Code | NL |",
                "|---|---|",
                "| `Q-X` | a \\| b |");
        Map<Kind, Set<String>> codes = codesInDocument(md);
        assertEquals(Set.of("FI-1", "RO-1"), codes.get(Kind.INDICATORS));
        assertEquals(Set.of("W1"), codes.get(Kind.WARNINGS));
        assertEquals(Set.of("F1"), codes.get(Kind.FLAGS));
        assertEquals(Set.of("Q-X"), codes.get(Kind.QUESTIONS));
    }

    @Test
    void shouldRejectADocumentWhoseTablesAreNotMachineReadable() {
        String noCode = String.join("\n", "## Indicators", "| Code |", "|---|", "| FI-1 without backticks |",
                "## Warnings", "| Code |", "|---|", "| `W` |", "## Flags", "| Code |", "|---|", "| `F` |",
                "## Reflection questions", "| Code |", "|---|", "| `Q` |");
        assertThrows(AssertionError.class, () -> codesInDocument(noCode));
        String missingHeading = String.join("\n", "## Indicators", "| Code |", "|---|", "| `FI-1` |");
        assertThrows(AssertionError.class, () -> codesInDocument(missingHeading));
    }

    // ---- reading the code ----

    static Map<Kind, Set<String>> codesInSources(List<String> sources) {
        Map<Kind, Set<String>> out = emptyCodes();
        for (String source : sources) {
            String code = withoutComments(source);
            collect(INDICATOR, code, out.get(Kind.INDICATORS));
            collect(WARNING, code, out.get(Kind.WARNINGS));
            if (NOT_COMPUTED.matcher(code).find()) {
                out.get(Kind.WARNINGS).add("NOT_COMPUTED");
            }
            collect(FLAG, code, out.get(Kind.FLAGS));
            collect(QUESTION, code, out.get(Kind.QUESTIONS));
        }
        return out;
    }

    private static void collect(Pattern p, String code, Set<String> into) {
        Matcher m = p.matcher(code);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    /**
     * The source without comments, so that a code mentioned in Javadoc does not count. String literals stay, but
     * inside them escaped characters and '(' are blanked: an escaped quote cannot end a literal early, and a call
     * written inside a string cannot be read as a call. Text blocks are dropped.
     */
    static String withoutComments(String src) {
        StringBuilder out = new StringBuilder(src.length());
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
                while (i < n && src.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
                int end = src.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                out.append(' ');
            } else if (src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                i = end < 0 ? n : end + 3;
                out.append("\"\"");
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                StringBuilder lit = new StringBuilder();
                while (j < n && src.charAt(j) != c && src.charAt(j) != '\n') {
                    if (src.charAt(j) == '\\' && j + 1 < n) {
                        lit.append("__");
                        j += 2;
                    } else {
                        lit.append(src.charAt(j));
                        j++;
                    }
                }
                out.append(c).append(lit.toString().replace('(', '_')).append(c);
                i = j + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static List<String> javaSources(Path dir) throws IOException {
        assertTrue(Files.isDirectory(dir), "method package not found at " + dir + " (see METHOD_SOURCES)");
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList())) {
                out.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        assertFalse(out.isEmpty(), "no .java files in " + dir);
        return out;
    }

    // ---- reading the documentation ----

    static Map<Kind, Set<String>> codesInDocument(String markdown) {
        List<String> lines = markdown.lines().collect(Collectors.toList());
        Map<Kind, Set<String>> out = emptyCodes();
        for (Kind kind : Kind.values()) {
            List<Integer> at = headings(lines, kind.heading);
            assertEquals(1, at.size(), "docs/method.md needs exactly one heading '" + kind.heading + "', found "
                    + at.size());
            out.put(kind, firstTableCodes(lines, at.get(0) + 1, kind.heading));
        }
        return out;
    }

    /** The line numbers of the headings with this text, outside code fences. */
    private static List<Integer> headings(List<String> lines, String text) {
        List<Integer> out = new ArrayList<>();
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.startsWith("```") || l.startsWith("~~~")) {
                fenced = !fenced;
                continue;
            }
            Matcher m = HEADING.matcher(l);
            if (!fenced && m.matches() && m.group(1).equals(text)) {
                out.add(i);
            }
        }
        return out;
    }

    private static Set<String> firstTableCodes(List<String> lines, int from, String heading) {
        int i = from;
        while (i < lines.size() && !lines.get(i).strip().startsWith("|")) {
            assertFalse(HEADING.matcher(lines.get(i).strip()).matches(),
                    "no table directly under the heading '" + heading + "'");
            i++;
        }
        assertTrue(i + 1 < lines.size() && lines.get(i + 1).strip().matches("\\|?\\s*:?-{3,}.*"),
                "the table under '" + heading + "' needs a header row and a separator row");
        Set<String> codes = new TreeSet<>();
        for (int r = i + 2; r < lines.size() && lines.get(r).strip().startsWith("|"); r++) {
            String cell = firstCell(lines.get(r).strip());
            Matcher m = CODE_CELL.matcher(cell);
            assertTrue(m.matches(), "row " + (r + 1) + " of the table under '" + heading
                    + "' does not start with one code in backticks: " + lines.get(r));
            assertTrue(codes.add(m.group(1)), "code " + m.group(1) + " listed twice under '" + heading + "'");
        }
        return codes;
    }

    /** The first cell of a table row, up to the first unescaped '|'. */
    private static String firstCell(String row) {
        StringBuilder cell = new StringBuilder();
        for (int i = 1; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '\\' && i + 1 < row.length()) {
                cell.append(row.charAt(++i));
            } else if (c == '|') {
                break;
            } else {
                cell.append(c);
            }
        }
        return cell.toString().strip();
    }

    private static int firstRowOf(List<String> lines, String code) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith("| " + code + " |")) {
                return i;
            }
        }
        throw new AssertionError(code + " has no row in " + METHOD_DOC);
    }

    // ---- helpers ----

    private static Map<Kind, Set<String>> emptyCodes() {
        Map<Kind, Set<String>> out = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            out.put(k, new TreeSet<>());
        }
        return out;
    }

    /**
     * The repository root: the nearest directory up from the module directory (Maven's {@code basedir}, else the
     * working directory) that holds the Maven wrapper {@code mvnw}.
     */
    static Path repositoryRoot() {
        String basedir = System.getProperty("basedir", System.getProperty("user.dir"));
        for (Path p = Path.of(basedir).toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("mvnw"))) {
                return p;
            }
        }
        throw new AssertionError("no repository root (a directory with mvnw) above " + basedir);
    }
}
