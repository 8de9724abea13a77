package nl.speelveld.devtools.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The three services' public API as far as the case runner uses it, on one port: every POST creates an object with a
 * fresh id, PUT of a response answers 200, POST /v1/assessments answers what the test gives, and the chart is an SVG.
 * Every request is recorded.
 */
final class StubServices implements AutoCloseable {

    static final String INTEREST_ETAG = "\"interest-v1\"";

    static {
        // without it every answer waits for a delayed ACK between its header and body writes (about 40 ms)
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** One request and the JSON the stub answered. */
    record Call(String method, String path, Map<String, String> headers, JsonNode body, JsonNode answer) {
    }

    final List<Call> calls = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final Function<JsonNode, JsonNode> assessments;
    private int next;

    /** @param assessments the answer to each POST /v1/assessments, given its request body */
    StubServices(Function<JsonNode, JsonNode> assessments) throws IOException {
        this.assessments = assessments;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    List<Call> calls(String method, String path) {
        return calls.stream().filter(c -> c.method().equals(method) && c.path().equals(path)).toList();
    }

    /** The ids the stub gave to the stakeholder groups, by the group's name. */
    Map<String, String> groupIdsByName() {
        Map<String, String> ids = new HashMap<>();
        for (Call c : calls("POST", "/v1/stakeholder-groups")) {
            ids.put(c.body().get("name").textValue(), c.answer().get("id").textValue());
        }
        return ids;
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        byte[] raw = exchange.getRequestBody().readAllBytes();
        JsonNode body = raw.length == 0 ? null : Values.JSON.readTree(raw);
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
        JsonNode answer = null;
        int status;
        String contentType = "application/json";
        byte[] out;
        if (method.equals("GET") && path.endsWith("/chart.svg")) {
            status = 200;
            contentType = "image/svg+xml";
            out = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8);
        } else if (method.equals("PUT") && path.matches("/v1/interests/[^/]+/response")) {
            status = INTEREST_ETAG.equals(headers.get("if-match")) ? 200 : 412;
            answer = Values.NODES.objectNode();
            out = answer.toString().getBytes(StandardCharsets.UTF_8);
        } else if (method.equals("POST") && path.equals("/v1/assessments")) {
            status = 201;
            answer = assessments.apply(body);
            out = answer.toString().getBytes(StandardCharsets.UTF_8);
        } else if (method.equals("POST") && path.startsWith("/v1/")) {
            status = 201;
            answer = Values.NODES.objectNode().put("id", "id-" + ++next).put("version", 1);
            if (path.equals("/v1/interests")) {
                exchange.getResponseHeaders().set("ETag", INTEREST_ETAG);
            }
            out = answer.toString().getBytes(StandardCharsets.UTF_8);
        } else {
            status = 404;
            out = "{\"status\":404}".getBytes(StandardCharsets.UTF_8);
        }
        calls.add(new Call(method, path, headers, body, answer));
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, out.length);
        exchange.getResponseBody().write(out);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /**
     * An assessment answer that matches an expected outcome, the way assessment-service shapes it: lists the runner
     * sorts come unsorted, warnings twice, and every decimal moved by {@code drift}.
     */
    static ObjectNode answerFor(JsonNode exp, Map<String, String> groupIdsByKey, double drift) {
        ObjectNode a = Values.NODES.objectNode();
        a.put("id", "assessment-" + System.nanoTime());
        ArrayNode axes = a.putArray("axes");
        for (String[] axis : new String[][] {{"FEASIBILITY_INCLUSIVITY", "feasibilityInclusivity"}, {"ROLE", "role"}}) {
            JsonNode e = exp.get(axis[1]);
            ObjectNode node = axes.addObject().put("axis", axis[0]);
            node.set("position", e.get("position"));
            node.set("positionLabel", e.get("positionLabel"));
            ArrayNode risks = node.putArray("risks");
            e.get("risks").fields().forEachRemaining(r -> risks.addObject().put("type", r.getKey())
                    .set("level", r.getValue()));
        }
        ArrayNode indicators = a.putArray("indicators");
        for (Iterator<Map.Entry<String, JsonNode>> it = exp.get("indicators").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String code = entry.getKey();
            JsonNode e = entry.getValue();
            ObjectNode indicator = indicators.addObject().put("code", code);
            indicator.set("band", e.get("band"));
            ObjectNode details = indicator.putObject("details");
            if (code.equals("FI-8")) {
                indicator.set("value", drifted(e.get("value").get("conflictDensityAll"), drift));
                details.set("issuesRaised", e.get("value").get("issuesRaised"));
                details.set("conflictDensityAll", drifted(e.get("value").get("conflictDensityAll"), drift));
            } else {
                indicator.set("value", drifted(e.get("value"), drift));
            }
            if (code.equals("FI-4")) {
                ArrayNode silent = details.putArray("silentGroups");
                for (String key : reversed(e.get("groups"))) {
                    silent.addObject().put("id", groupIdsByKey.get(key)).put("name", key);
                }
            }
            if (code.equals("FI-5")) {
                details.putObject("headline").set("underRepresented", array(reversed(e.get("underRepresented"))));
            }
            if (code.equals("RO-4")) {
                details.set("signals", array(reversed(e.get("signals"))));
            }
        }
        a.set("flags", array(reversed(exp.get("flags"))));
        ArrayNode warnings = a.putArray("warnings");
        for (String code : reversed(exp.get("warnings"))) {
            warnings.addObject().put("code", code);
            warnings.addObject().put("code", code).put("detail", "again");
        }
        ArrayNode questions = a.putArray("questions");
        for (String code : reversed(exp.get("questions"))) {
            questions.addObject().put("code", code).putObject("text").put("nl", "Vraag " + code)
                    .put("en", "Question " + code);
        }
        return a;
    }

    private static JsonNode drifted(JsonNode value, double drift) {
        return value.isFloatingPointNumber() ? DoubleNode.valueOf(value.doubleValue() + drift) : value;
    }

    private static List<String> reversed(JsonNode list) {
        List<String> values = new ArrayList<>();
        list.forEach(v -> values.add(v.textValue()));
        Collections.reverse(values);
        return values;
    }

    private static ArrayNode array(List<String> values) {
        ArrayNode array = Values.NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }
}
