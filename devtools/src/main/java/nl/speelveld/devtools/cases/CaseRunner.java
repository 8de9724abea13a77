package nl.speelveld.devtools.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import static nl.speelveld.devtools.cases.Values.get;
import static nl.speelveld.devtools.cases.Values.text;

/**
 * Runs a worked case (see {@code examples/cases/README.md}) against running services, the way a participation portal
 * uses them: it records the initiative, its issues and problem definition, the stakeholder groups, interests and the
 * municipality's responses, role observations, key decisions, population and participant profiles, core-group
 * snapshots and constituency consultations through the public API, asks for each assessment the case lists (with
 * that request's {@code asOf}, else the case's), and compares every answer with the case's {@code expected} block:
 * both axes (position, label, each listed risk), each listed indicator (band and value; FI-4's silent groups, FI-5's
 * under-represented categories, RO-4's signals), flags, warnings, question codes, that each question has Dutch and
 * English text with its placeholders filled, and that the chart is served as SVG. Numbers written with a decimal
 * point compare within {@link Checks#TOLERANCE}.
 *
 * <p>Prints one line per failed check and ends each case with {@code N passed, M failed}; the exit status is 0 only
 * when nothing failed. {@code ./speelveld case} runs it against {@code ./speelveld up}; {@code ./speelveld up --demo}
 * uses it to load {@code examples/cases}; the acceptance module's {@code WorkedCasesIT} uses it on a freshly started
 * system.
 */
public final class CaseRunner {

    public static final String LOCAL_INITIATIVE_URL = "http://localhost:8081";
    public static final String LOCAL_STAKEHOLDER_URL = "http://localhost:8082";
    public static final String LOCAL_ASSESSMENT_URL = "http://localhost:8083";

    /**
     * How to run a case: the three services' base URLs, the bearer token (its municipality is the tenant the case is
     * recorded in), an optional file of expected outcomes that replaces the case's own, and whether to print passed
     * checks too.
     */
    public record Options(String initiativeUrl, String stakeholderUrl, String assessmentUrl, String token,
                          Path expected, boolean quiet) {

        /** The services at their local ports 8081-8083. */
        public static Options local(String token) {
            return new Options(LOCAL_INITIATIVE_URL, LOCAL_STAKEHOLDER_URL, LOCAL_ASSESSMENT_URL, token, null, false);
        }

        public Options withUrls(String initiative, String stakeholder, String assessment) {
            return new Options(initiative, stakeholder, assessment, token, expected, quiet);
        }

        public Options withToken(String bearer) {
            return new Options(initiativeUrl, stakeholderUrl, assessmentUrl, bearer, expected, quiet);
        }

        public Options withExpected(Path file) {
            return new Options(initiativeUrl, stakeholderUrl, assessmentUrl, token, file, quiet);
        }

        public Options withQuiet(boolean quietly) {
            return new Options(initiativeUrl, stakeholderUrl, assessmentUrl, token, expected, quietly);
        }
    }

    /** The counts of one case run. */
    public record Result(int passed, int failed) {

        public boolean ok() {
            return failed == 0;
        }

        @Override
        public String toString() {
            return passed + " passed, " + failed + " failed";
        }
    }

    private CaseRunner() {
    }

    public static void main(String[] args) {
        System.exit(execute("java nl.speelveld.devtools.cases.CaseRunner", List.of(args), Path.of(""), null,
                System.out, System.err));
    }

    /**
     * Runs the command line {@code CASE.json... [--token TOKEN] [--initiative-url URL] [--stakeholder-url URL]
     * [--assessment-url URL] [--expected FILE] [--quiet]} and returns the exit status: 0 when every check of every
     * case passed, 1 when a check failed or a case could not be run, 2 for a wrong command line.
     *
     * @param program      how to name the command in the usage text
     * @param baseDir      what relative file names are relative to
     * @param defaultToken the token when {@code --token} is not given; {@code null} makes {@code --token} required
     */
    public static int execute(String program, List<String> args, Path baseDir, Supplier<String> defaultToken,
                              PrintStream out, PrintStream err) {
        List<String> cases = new ArrayList<>();
        Options options = Options.local(null);
        String token = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg;
            String value = null;
            if (arg.startsWith("--") && arg.contains("=")) {
                name = arg.substring(0, arg.indexOf('='));
                value = arg.substring(arg.indexOf('=') + 1);
            }
            switch (name) {
                case "-h", "--help" -> {
                    out.println(usage(program, defaultToken != null));
                    return 0;
                }
                case "--quiet" -> {
                    if (value != null) {
                        return usageError(program, defaultToken != null, err, "--quiet takes no value");
                    }
                    options = options.withQuiet(true);
                }
                case "--token", "--initiative-url", "--stakeholder-url", "--assessment-url", "--expected" -> {
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            return usageError(program, defaultToken != null, err, name + " needs a value");
                        }
                        value = args.get(++i);
                    }
                    switch (name) {
                        case "--token" -> token = value;
                        case "--initiative-url" -> options = options.withUrls(value, options.stakeholderUrl(),
                                options.assessmentUrl());
                        case "--stakeholder-url" -> options = options.withUrls(options.initiativeUrl(), value,
                                options.assessmentUrl());
                        case "--assessment-url" -> options = options.withUrls(options.initiativeUrl(),
                                options.stakeholderUrl(), value);
                        default -> options = options.withExpected(baseDir.resolve(value));
                    }
                }
                default -> {
                    if (arg.startsWith("-") && arg.length() > 1) {
                        return usageError(program, defaultToken != null, err, "unknown option " + arg);
                    }
                    cases.add(arg);
                }
            }
        }
        if (cases.isEmpty()) {
            return usageError(program, defaultToken != null, err, "name at least one case file");
        }
        if (options.expected() != null && cases.size() > 1) {
            return usageError(program, defaultToken != null, err, "--expected goes with exactly one case file");
        }
        if (token == null) {
            if (defaultToken == null) {
                return usageError(program, false, err, "--token is required");
            }
            token = defaultToken.get();
        }
        options = options.withToken(token);
        int status = 0;
        for (String name : cases) {
            if (cases.size() > 1) {
                out.println("== " + name);
            }
            try {
                if (!run(baseDir.resolve(name), options, out).ok()) {
                    status = 1;
                }
            } catch (CaseException e) {
                out.flush();
                err.println("FATAL: " + e.getMessage());
                err.flush();
                status = 1;
            }
        }
        return status;
    }

    private static String usage(String program, boolean tokenOptional) {
        return "usage: " + program + " CASE.json... " + (tokenOptional ? "[--token TOKEN] " : "--token TOKEN ")
                + "[options]\n"
                + "Loads each case through the public API and checks its assessments against the case's expected"
                + " outcome.\n"
                + "  --token TOKEN          the bearer token; its municipality is the tenant"
                + (tokenOptional ? " (default: a development token\n                         for GM0344)\n"
                : " (required)\n")
                + "  --initiative-url URL   default " + LOCAL_INITIATIVE_URL + "\n"
                + "  --stakeholder-url URL  default " + LOCAL_STAKEHOLDER_URL + "\n"
                + "  --assessment-url URL   default " + LOCAL_ASSESSMENT_URL + "\n"
                + "  --expected FILE        a JSON list of expected outcomes, one per assessment, instead of the"
                + " case's own\n"
                + "  --quiet                print only failed checks and the summary\n"
                + "Prints one line per failed check and 'N passed, M failed' per case; exit status 0 only when"
                + " nothing failed.";
    }

    private static int usageError(String program, boolean tokenOptional, PrintStream err, String message) {
        err.println(program + ": " + message);
        err.println(usage(program, tokenOptional));
        return 2;
    }

    /**
     * Loads one case through the services' public API, asks for its assessments and checks them, printing to
     * {@code out}.
     *
     * @throws CaseException when the case cannot be run to the end (malformed file, a service unreachable or
     *                       refusing a load request)
     */
    public static Result run(Path caseFile, Options options, PrintStream out) {
        String source = String.valueOf(caseFile.getFileName());
        JsonNode kase = read(caseFile);
        JsonNode assessments = requireArray(kase, "assessments", source);
        List<JsonNode> expected = new ArrayList<>();
        List<String> expectedWhere = new ArrayList<>();
        if (options.expected() != null) {
            JsonNode list = read(options.expected());
            if (!list.isArray()) {
                throw new CaseException(options.expected() + ": must be a JSON list of expected outcomes, one per"
                        + " assessment of the case");
            }
            for (int i = 0; i < list.size(); i++) {
                expected.add(list.get(i));
                expectedWhere.add(options.expected().getFileName() + ": [" + i + "]");
            }
        } else {
            for (int i = 0; i < assessments.size(); i++) {
                String where = source + ": assessments[" + i + "]";
                expected.add(require(assessments.get(i), "expected", where));
                expectedWhere.add(where + ".expected");
            }
        }
        HttpClient client = CaseApi.newClient();
        CaseApi ini = new CaseApi(client, options.initiativeUrl(), options.token());
        CaseApi sth = new CaseApi(client, options.stakeholderUrl(), options.token());
        CaseApi ass = new CaseApi(client, options.assessmentUrl(), options.token());
        Checks chk = new Checks(out, options.quiet());
        Ids ids = load(kase, ini, sth, source);
        out.println("loaded " + text(require(kase, "name", source)) + " as initiative " + text(ids.initiative));
        for (int i = 0; i < Math.min(assessments.size(), expected.size()); i++) {
            String where = source + ": assessments[" + i + "]";
            JsonNode a = assessments.get(i);
            JsonNode request = requireObject(a, "request", where);
            JsonNode caseAsOf = require(kase, "asOf", source);
            ObjectNode req = Values.NODES.objectNode();
            req.set("initiativeId", ids.initiative);
            req.set("asOf", request.has("asOf") ? request.get("asOf") : caseAsOf);
            if (request.has("referenceProfiles")) {
                ArrayNode refs = req.putArray("referenceProfileIds");
                for (JsonNode key : list(request.get("referenceProfiles"), where + ".request.referenceProfiles")) {
                    refs.add(lookup(ids.populations, key, "population profile",
                            where + ".request.referenceProfiles"));
                }
            }
            CaseApi.Response answer = ass.post("/v1/assessments", req);
            JsonNode got = answer.json();
            if (got == null || !got.isObject()) {
                throw new CaseException("POST /v1/assessments answered 201 without a JSON object: "
                        + answer.describe());
            }
            String label = text(require(a, "label", where));
            compare(chk, label, got, expected.get(i), ids.groups, expectedWhere.get(i));
            String id = text(require(got, "id", "the answer to POST /v1/assessments"));
            CaseApi.Response chart = ass.call("GET", "/v1/assessments/" + id + "/chart.svg", null,
                    Map.of("Accept", "image/svg+xml"));
            boolean ok = chart.status() == 200 && chart.header("Content-Type").contains("svg") && chart.json() == null
                    && new String(chart.raw(), StandardCharsets.UTF_8).contains("<svg");
            chk.record(ok, "[" + label + "] chart.svg is served as image/svg+xml", IntNode.valueOf(chart.status()),
                    IntNode.valueOf(200));
        }
        Result result = new Result(chk.passed(), chk.failed());
        out.println(result);
        out.flush();
        return result;
    }

    /** The ids the services gave to what the case names by key. */
    private static final class Ids {
        JsonNode initiative;
        final Map<String, JsonNode> issues = new LinkedHashMap<>();
        final Map<String, JsonNode> groups = new LinkedHashMap<>();
        final Map<String, JsonNode> populations = new LinkedHashMap<>();
    }

    private static Ids load(JsonNode kase, CaseApi ini, CaseApi sth, String source) {
        Ids ids = new Ids();
        JsonNode asOf = Values.orNull(kase.get("asOf"));
        CaseApi.Response initiative;
        try {
            initiative = ini.post("/v1/initiatives", require(kase, "initiative", source));
        } catch (CaseException e) {
            if (e.getMessage().contains(" answered 409,")) {
                throw new CaseException(e.getMessage() + " (the case's externalRefs are already recorded in this"
                        + " municipality, by an earlier run: run it against a fresh system, ./speelveld up --reset,"
                        + " or with another municipality's token)", e);
            }
            throw e;
        }
        ids.initiative = ini.createdId(initiative, "/v1/initiatives");
        String initiativePath = "/v1/initiatives/" + text(ids.initiative);

        List<JsonNode> issues = list(require(kase, "issues", source), source + ": issues");
        for (int i = 0; i < issues.size(); i++) {
            String where = source + ": issues[" + i + "]";
            JsonNode issue = issues.get(i);
            ObjectNode body = Values.NODES.objectNode();
            body.set("label", require(issue, "label", where));
            JsonNode id = ini.createdId(ini.post(initiativePath + "/issues", body), initiativePath + "/issues");
            ids.issues.put(text(require(issue, "key", where)), id);
        }
        ObjectNode problemDefinition = requireObject(kase, "problemDefinition", source).deepCopy();
        ArrayNode inScope = problemDefinition.putArray("issueIdsInScope");
        for (int i = 0; i < issues.size(); i++) {
            JsonNode issue = issues.get(i);
            if (Values.truthy(require(issue, "inScope", source + ": issues[" + i + "]"))) {
                inScope.add(ids.issues.get(text(issue.get("key"))));
            }
        }
        ini.post(initiativePath + "/problem-definitions", problemDefinition);

        List<JsonNode> groups = list(require(kase, "groups", source), source + ": groups");
        for (int i = 0; i < groups.size(); i++) {
            String where = source + ": groups[" + i + "]";
            ObjectNode body = without(groups.get(i), where, "key");
            body.set("initiativeId", ids.initiative);
            JsonNode id = sth.createdId(sth.post("/v1/stakeholder-groups", body), "/v1/stakeholder-groups");
            ids.groups.put(text(require(groups.get(i), "key", where)), id);
        }

        List<JsonNode> interests = list(require(kase, "interests", source), source + ": interests");
        for (int i = 0; i < interests.size(); i++) {
            String where = source + ": interests[" + i + "]";
            JsonNode it = interests.get(i);
            JsonNode group = require(it, "group", where);
            JsonNode issue = require(it, "issue", where);
            JsonNode kind = require(it, "kind", where);
            ObjectNode body = Values.NODES.objectNode();
            body.set("initiativeId", ids.initiative);
            body.set("groupId", lookup(ids.groups, group, "group", where + ".group"));
            body.set("issueId", lookup(ids.issues, issue, "issue", where + ".issue"));
            body.set("kind", kind);
            body.set("stance", require(it, "stance", where));
            body.set("evidence", require(it, "evidence", where));
            body.putObject("statement").put("nl", text(kind).toLowerCase(Locale.ROOT) + " van " + text(group)
                    + " over " + text(issue));
            body.set("recordedOn", require(kase, "asOf", source));
            CaseApi.Response created = sth.post("/v1/interests", body);
            if (it.has("response")) {
                JsonNode interestId = sth.createdId(created, "/v1/interests");
                String etag = created.header("ETag");
                if (etag.isEmpty()) {
                    etag = "\"" + text(get(created.json(), "version")) + "\"";
                }
                ObjectNode response = Values.NODES.objectNode();
                response.set("status", it.get("response"));
                response.set("respondedOn", asOf);
                response.put("respondedBy", "GOVERNMENT");
                if (it.has("reason")) {
                    response.set("reason", it.get("reason"));
                }
                CaseApi.Response put = sth.call("PUT", "/v1/interests/" + text(interestId) + "/response", response,
                        Map.of("If-Match", etag));
                if (put.status() != 200 && put.status() != 204) {
                    throw new CaseException("PUT response of interest answered " + put.status() + ": "
                            + put.describe());
                }
            }
        }

        List<JsonNode> observations = list(require(kase, "roleObservations", source), source + ": roleObservations");
        for (int i = 0; i < observations.size(); i++) {
            String where = source + ": roleObservations[" + i + "]";
            JsonNode o = observations.get(i);
            ObjectNode body = without(o, where, "holderGroup");
            if (o.has("holderGroup")) {
                body.set("holderGroupId", lookup(ids.groups, o.get("holderGroup"), "group", where + ".holderGroup"));
            }
            ini.post(initiativePath + "/role-observations", body);
        }
        for (JsonNode decision : list(require(kase, "keyDecisions", source), source + ": keyDecisions")) {
            ini.post(initiativePath + "/key-decisions", decision);
        }

        List<JsonNode> populations = list(require(kase, "populationProfiles", source),
                source + ": populationProfiles");
        for (int i = 0; i < populations.size(); i++) {
            String where = source + ": populationProfiles[" + i + "]";
            ObjectNode body = without(populations.get(i), where, "key");
            JsonNode id = sth.createdId(sth.post("/v1/population-profiles", body), "/v1/population-profiles");
            ids.populations.put(text(require(populations.get(i), "key", where)), id);
        }
        List<JsonNode> participants = list(require(kase, "participantProfiles", source),
                source + ": participantProfiles");
        for (int i = 0; i < participants.size(); i++) {
            String where = source + ": participantProfiles[" + i + "]";
            JsonNode p = participants.get(i);
            ObjectNode body = without(p, where, "group", "reference");
            body.set("initiativeId", ids.initiative);
            body.set("groupId", lookup(ids.groups, require(p, "group", where), "group", where + ".group"));
            body.set("referenceProfileId", lookup(ids.populations, require(p, "reference", where),
                    "population profile", where + ".reference"));
            sth.post("/v1/participant-profiles", body);
        }
        List<JsonNode> snapshots = list(require(kase, "coreGroupSnapshots", source), source + ": coreGroupSnapshots");
        for (int i = 0; i < snapshots.size(); i++) {
            String where = source + ": coreGroupSnapshots[" + i + "]";
            JsonNode s = snapshots.get(i);
            ObjectNode body = without(s, where, "group");
            body.set("initiativeId", ids.initiative);
            body.set("groupId", lookup(ids.groups, require(s, "group", where), "group", where + ".group"));
            sth.post("/v1/core-group-snapshots", body);
        }
        List<JsonNode> consultations = list(require(kase, "constituencyConsultations", source),
                source + ": constituencyConsultations");
        for (int i = 0; i < consultations.size(); i++) {
            String where = source + ": constituencyConsultations[" + i + "]";
            JsonNode c = consultations.get(i);
            ObjectNode body = without(c, where, "representativeGroup", "issueStances");
            body.set("initiativeId", ids.initiative);
            body.set("representativeGroupId", lookup(ids.groups, require(c, "representativeGroup", where), "group",
                    where + ".representativeGroup"));
            ArrayNode stances = body.putArray("issueStances");
            List<JsonNode> given = list(require(c, "issueStances", where), where + ".issueStances");
            for (int j = 0; j < given.size(); j++) {
                String at = where + ".issueStances[" + j + "]";
                ObjectNode stance = stances.addObject();
                stance.set("issueId", lookup(ids.issues, require(given.get(j), "issue", at), "issue", at + ".issue"));
                stance.set("majorityStance", require(given.get(j), "majorityStance", at));
            }
            sth.post("/v1/constituency-consultations", body);
        }
        return ids;
    }

    /**
     * Compares one assessment answer with an expected outcome (the {@code expected} block of a case's assessment),
     * counting each check in {@code chk}.
     *
     * @param groupIds the case's group keys and the ids the service gave them, to name FI-4's silent groups
     */
    public static void compare(Checks chk, String label, JsonNode got, JsonNode expected,
                               Map<String, JsonNode> groupIds) {
        compare(chk, label, got, expected, groupIds, "expected");
    }

    private static void compare(Checks chk, String label, JsonNode got, JsonNode exp, Map<String, JsonNode> groupIds,
                                String where) {
        Map<String, String> names = new HashMap<>();
        groupIds.forEach((key, id) -> names.put(text(id), key));
        Map<String, JsonNode> axes = Values.by(get(got, "axes"), "axis");
        JsonNode expectedFi = require(exp, "feasibilityInclusivity", where);
        JsonNode expectedRole = require(exp, "role", where);
        for (Map.Entry<String, JsonNode> axis : List.of(Map.entry("FEASIBILITY_INCLUSIVITY", expectedFi),
                Map.entry("ROLE", expectedRole))) {
            String at = where + (axis.getKey().equals("ROLE") ? ".role" : ".feasibilityInclusivity");
            JsonNode e = axis.getValue();
            JsonNode a = axes.getOrDefault(axis.getKey(), Values.EMPTY);
            String prefix = "[" + label + "] " + axis.getKey();
            chk.eq(prefix + " position", get(a, "position"), require(e, "position", at));
            chk.eq(prefix + " positionLabel", get(a, "positionLabel"), require(e, "positionLabel", at));
            Map<String, JsonNode> risks = Values.by(get(a, "risks"), "type");
            for (Map.Entry<String, JsonNode> risk : Values.fields(requireObject(e, "risks", at))) {
                chk.eq(prefix + " risk " + risk.getKey(), get(risks.getOrDefault(risk.getKey(), Values.EMPTY),
                        "level"), risk.getValue());
            }
        }
        Map<String, JsonNode> indicators = Values.by(get(got, "indicators"), "code");
        for (Map.Entry<String, JsonNode> indicator : Values.fields(requireObject(exp, "indicators", where))) {
            String code = indicator.getKey();
            String at = where + ".indicators." + code;
            JsonNode e = indicator.getValue();
            JsonNode g = indicators.getOrDefault(code, Values.EMPTY);
            String prefix = "[" + label + "] " + code;
            chk.eq(prefix + " band", get(g, "band"), require(e, "band", at));
            JsonNode details = Values.truthy(get(g, "details")) ? Values.objectOrEmpty(get(g, "details"))
                    : Values.EMPTY;
            if (code.equals("FI-8")) {
                JsonNode value = require(e, "value", at);
                chk.eq(prefix + " issuesRaised", get(details, "issuesRaised"),
                        require(value, "issuesRaised", at + ".value"));
                chk.eq(prefix + " conflictDensityAll", get(details, "conflictDensityAll"),
                        require(value, "conflictDensityAll", at + ".value"));
            } else {
                chk.eq(prefix + " value", get(g, "value"), require(e, "value", at));
            }
            if (code.equals("FI-4")) {
                JsonNode silent = get(details, "silentGroups");
                JsonNode keys;
                if (Values.truthy(silent) && !silent.isArray()) {
                    keys = silent;
                } else {
                    List<JsonNode> named = new ArrayList<>();
                    for (JsonNode s : Values.elements(silent)) {
                        String id = text(s.isObject() ? get(s, "id") : s);
                        named.add(TextNode.valueOf(names.getOrDefault(id, "?")));
                    }
                    keys = Values.array(Values.sortedList(named));
                }
                chk.eq(prefix + " silentGroups", keys, require(e, "groups", at));
            }
            if (code.equals("FI-5")) {
                JsonNode headline = Values.objectOrEmpty(get(details, "headline"));
                chk.eq(prefix + " underRepresented", Values.sorted(get(headline, "underRepresented")),
                        require(e, "underRepresented", at));
            }
            if (code.equals("RO-4")) {
                chk.eq(prefix + " signals", Values.sorted(get(details, "signals")), require(e, "signals", at));
            }
        }
        chk.eq("[" + label + "] flags", Values.sorted(get(got, "flags")), require(exp, "flags", where));
        chk.eq("[" + label + "] warnings", codes(get(got, "warnings")), require(exp, "warnings", where));
        chk.eq("[" + label + "] questions", codes(get(got, "questions")), require(exp, "questions", where));
        for (JsonNode q : Values.elements(get(got, "questions"))) {
            JsonNode textNode = Values.truthy(get(q, "text")) ? get(q, "text") : Values.EMPTY;
            JsonNode nl = get(textNode, "nl");
            JsonNode en = get(textNode, "en");
            boolean ok = nl.isTextual() && en.isTextual() && !nl.textValue().isEmpty() && !en.textValue().isEmpty()
                    && !(nl.textValue() + en.textValue()).contains("{");
            chk.record(ok, "[" + label + "] question " + text(get(q, "code"))
                    + " has nl and en text with placeholders filled", textNode, TextNode.valueOf("nl+en"));
        }
    }

    /** The distinct {@code code}s of a list of objects, sorted. */
    private static JsonNode codes(JsonNode items) {
        List<JsonNode> codes = new ArrayList<>();
        for (JsonNode item : Values.elements(items)) {
            codes.add(get(item, "code"));
        }
        return Values.sortedDistinct(codes);
    }

    private static JsonNode read(Path file) {
        try {
            return Values.orNull(Values.JSON.readTree(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new CaseException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode require(JsonNode node, String field, String where) {
        if (node == null || !node.isObject() || !node.has(field)) {
            throw new CaseException("missing field '" + field + "' in " + where);
        }
        return node.get(field);
    }

    private static ObjectNode requireObject(JsonNode node, String field, String where) {
        JsonNode value = require(node, field, where);
        if (!value.isObject()) {
            throw new CaseException("field '" + field + "' in " + where + " must be an object");
        }
        return (ObjectNode) value;
    }

    private static JsonNode requireArray(JsonNode node, String field, String where) {
        JsonNode value = require(node, field, where);
        if (!value.isArray()) {
            throw new CaseException("field '" + field + "' in " + where + " must be a list");
        }
        return value;
    }

    private static List<JsonNode> list(JsonNode node, String where) {
        if (node == null || !node.isArray()) {
            throw new CaseException(where + " must be a list");
        }
        return Values.elements(node);
    }

    /** A copy of an object without the case's own fields (its key, the keys it refers to). */
    private static ObjectNode without(JsonNode node, String where, String... fields) {
        if (node == null || !node.isObject()) {
            throw new CaseException(where + " must be an object");
        }
        ObjectNode copy = node.deepCopy();
        copy.remove(List.of(fields));
        return copy;
    }

    private static JsonNode lookup(Map<String, JsonNode> ids, JsonNode key, String kind, String where) {
        JsonNode id = ids.get(text(key));
        if (id == null) {
            throw new CaseException(where + ": " + Values.json(key) + " is not the key of a " + kind + " of the case");
        }
        return id;
    }
}
