package nl.speelveld.conventions.problem;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every problem {@code type} the services can answer with has its own section in {@code docs/problems.md}, and that
 * page documents no type that the code no longer emits. A client that meets {@code /problems/validation} finds it at
 * {@code docs/problems.md#validation}: the section heading is exactly {@code ## validation}.
 *
 * <p>Plain file reading, no Quarkus: the main Java sources of every module in the repository are searched for string
 * literals that start with {@code "/problems/<name>}. One more source of types is not a literal: for the framework's
 * own errors (unknown path, wrong method, unacceptable {@code Accept}, unsupported {@code Content-Type}),
 * {@link ProblemMappers} builds the type from the HTTP reason phrase ({@code "/problems/" + slug(title)}); those
 * types are derived here with the same {@code slug} method, for the statuses the framework raises itself (each is
 * shown end to end in {@code ConventionsTest}).
 */
class ProblemTypesDocumentedTest {

    /** A problem type written out in Java source: a string literal that begins with {@code /problems/<name>}. */
    private static final Pattern LITERAL = Pattern.compile("\"/problems/([a-z0-9]+(?:-[a-z0-9]+)*)");

    /** A type's section in docs/problems.md: a level-2 heading that is nothing but the type's name. */
    private static final Pattern SECTION = Pattern.compile("(?m)^## ([a-z0-9]+(?:-[a-z0-9]+)*)[ \\t]*$");

    /** How ProblemMappers builds the type of the framework's own errors, as it is written in its source. */
    private static final String DERIVED_TYPE_CODE = "\"/problems/\" + slug(";

    /** The statuses the framework answers by itself and ProblemMappers turns into a problem from the reason phrase. */
    private static final List<Integer> FRAMEWORK_STATUSES = List.of(404, 405, 406, 415);

    /** Folders that hold no module sources: build output, dependencies, local data, version control. */
    private static final Set<String> SKIPPED_FOLDERS = Set.of("target", "node_modules", ".git", ".speelveld");

    @Test
    void shouldDocumentEveryProblemTypeTheServicesEmitAndNoOther() throws IOException {
        Path root = repositoryRoot();
        Map<String, Set<String>> emitted = emittedTypes(root);
        Set<String> documented = documentedTypes(root.resolve("docs/problems.md"));

        List<String> mismatches = mismatches(emitted.keySet(), documented);

        if (!mismatches.isEmpty()) {
            StringBuilder message = new StringBuilder("docs/problems.md and the code disagree:\n");
            mismatches.forEach(m -> message.append("  - ").append(m).append('\n'));
            message.append("Where the code emits each type:\n");
            emitted.forEach((type, files) -> message.append("  ").append(type).append(": ").append(files).append('\n'));
            fail(message.toString());
        }
    }

    @Test
    void shouldFindTheTypesOfTheConventionsAndOfTheFrameworkErrors() throws IOException {
        // Guards the scan itself: a walk that found no sources would make the comparison pass on two empty sets.
        Set<String> emitted = emittedTypes(repositoryRoot()).keySet();
        assertTrue(emitted.containsAll(Set.of("validation", "not-found", "dependency-unavailable", "payload-too-large")),
                "the literal types of the conventions module were not found: " + emitted);
        assertTrue(emitted.containsAll(Set.of("method-not-allowed", "not-acceptable", "unsupported-media-type")),
                "the types ProblemMappers derives from reason phrases were not found: " + emitted);
    }

    // --- the test of the test: the comparison fails on a missing and on an extra section ----------------------------

    @Test
    void shouldReportATypeThatTheCodeEmitsButTheDocumentLacks() {
        List<String> mismatches = mismatches(Set.of("validation", "conflict"), Set.of("validation"));

        assertEquals(1, mismatches.size(), mismatches.toString());
        assertTrue(mismatches.get(0).contains("/problems/conflict is emitted"), mismatches.get(0));
    }

    @Test
    void shouldReportASectionForATypeThatNoCodeEmits() {
        List<String> mismatches = mismatches(Set.of("validation"), Set.of("validation", "too-many-requests"));

        assertEquals(1, mismatches.size(), mismatches.toString());
        assertTrue(mismatches.get(0).contains("'## too-many-requests'"), mismatches.get(0));
        assertTrue(mismatches.get(0).contains("no code emits"), mismatches.get(0));
    }

    @Test
    void shouldReportBothDirectionsAtOnceAndNothingWhenTheyAgree() {
        assertEquals(2, mismatches(Set.of("a", "b"), Set.of("a", "c")).size());
        assertEquals(List.of(), mismatches(Set.of("a", "b"), Set.of("b", "a")));
    }

    @Test
    void shouldReadOnlyExactTypeHeadingsAsSections() throws IOException {
        Path page = Files.createTempFile("problems", ".md");
        try {
            Files.writeString(page, """
                    # Problem types
                    ## How to read a problem
                    ## validation
                    ### validation example
                    ## not-found\s
                    text ## conflict
                    """, StandardCharsets.UTF_8);
            assertEquals(Set.of("validation", "not-found"), documentedTypes(page));
        } finally {
            Files.deleteIfExists(page);
        }
    }

    // --- the comparison and the two readers ------------------------------------------------------------------------

    /**
     * What differs between the types the code emits and the sections of docs/problems.md, one sentence per type,
     * sorted; empty when they agree.
     */
    static List<String> mismatches(Set<String> emitted, Set<String> documented) {
        List<String> out = new ArrayList<>();
        for (String type : new TreeSet<>(emitted)) {
            if (!documented.contains(type)) {
                out.add("/problems/" + type + " is emitted by the code but docs/problems.md has no '## " + type
                        + "' section");
            }
        }
        for (String type : new TreeSet<>(documented)) {
            if (!emitted.contains(type)) {
                out.add("docs/problems.md has a '## " + type + "' section, but no code emits /problems/" + type);
            }
        }
        return out;
    }

    /** The type names (without {@code /problems/}) that docs/problems.md has a section for. */
    static Set<String> documentedTypes(Path page) throws IOException {
        assertTrue(Files.isRegularFile(page), page + " is missing");
        Set<String> types = new TreeSet<>();
        Matcher m = SECTION.matcher(Files.readString(page, StandardCharsets.UTF_8));
        while (m.find()) {
            types.add(m.group(1));
        }
        return types;
    }

    /** Every type the main sources emit, with the files (relative to the root) that emit it. */
    static Map<String, Set<String>> emittedTypes(Path root) throws IOException {
        Map<String, Set<String>> types = new TreeMap<>();
        for (Path file : mainJavaSources(root)) {
            String source = Files.readString(file, StandardCharsets.UTF_8);
            String where = root.relativize(file).toString().replace('\\', '/');
            Matcher m = LITERAL.matcher(source);
            while (m.find()) {
                types.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(where);
            }
            if (source.contains(DERIVED_TYPE_CODE)) {
                for (int status : FRAMEWORK_STATUSES) {
                    types.computeIfAbsent(derivedType(status), k -> new TreeSet<>())
                            .add(where + " (reason phrase of " + status + ")");
                }
            }
        }
        return types;
    }

    /** The type ProblemMappers gives a framework error of this status: its reason phrase, through its own slug. */
    private static String derivedType(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        assertTrue(known != null, "no reason phrase for " + status);
        try {
            Method slug = ProblemMappers.class.getDeclaredMethod("slug", String.class);
            slug.setAccessible(true);
            return (String) slug.invoke(null, known.getReasonPhrase());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("ProblemMappers no longer has 'static String slug(String)'; update this test to"
                    + " derive the framework errors' types the way ProblemMappers now does", e);
        }
    }

    /** The {@code .java} files under any {@code src/main/java} of the repository, skipping build output and such. */
    private static List<Path> mainJavaSources(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                return !dir.equals(root) && SKIPPED_FOLDERS.contains(name) ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String path = "/" + root.relativize(file).toString().replace('\\', '/');
                if (path.endsWith(".java") && path.contains("/src/main/java/")) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    /** The repository root, found by walking up from this module: the folder with pom.xml and conventions/. */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("conventions"))) {
                return dir;
            }
        }
        throw new AssertionError("no repository root (a folder with pom.xml and conventions/) above "
                + Path.of("").toAbsolutePath());
    }
}
