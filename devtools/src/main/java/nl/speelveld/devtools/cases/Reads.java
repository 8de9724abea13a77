package nl.speelveld.devtools.cases;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Every read a portal can make of its municipality's records, as the answers' text: a snapshot that two
 * installations (before a backup and after its restore; before an export and after its import) must answer alike.
 *
 * <p>The reads are taken from each service's published OpenAPI document, not from a list kept here: every GET
 * without path parameters (with {@code initiativeId} for each initiative when it requires one), then every GET with
 * one path parameter, filled with the ids the lists returned ({@code {initiativeId}} with the initiatives' ids,
 * {@code {id}} with the ids of the list at the path before it). Lists are followed page by page. Operations with
 * two or more path parameters read single items of lists already read and are left out, and so is any path the
 * caller excludes.
 */
public final class Reads {

    private Reads() {
    }

    /**
     * The answers, keyed by {@code "GET " + url path and query}, in the order of the keys. A non-2xx answer is kept
     * as its status, so that an installation that answers 404 where the other answers 200 differs.
     */
    public static SortedMap<String, String> snapshot(List<String> serviceUrls, String token,
                                                     Predicate<String> excludedPath) {
        HttpClient client = CaseApi.newClient();
        SortedMap<String, String> answers = new TreeMap<>();
        Map<String, Set<String>> idsByList = new TreeMap<>();
        List<Op> withOneParameter = new ArrayList<>();
        List<Op> perInitiative = new ArrayList<>();
        for (String url : serviceUrls) {
            CaseApi api = new CaseApi(client, url, token);
            CaseApi.Response doc = api.call("GET", "/v1/openapi.json", null, Map.of());
            if (doc.json() == null) {
                throw new CaseException(url + "/v1/openapi.json answered " + doc.status());
            }
            // The paths are relative to the first server's URL, whose path is the API's base (/v1).
            String base = URI.create(doc.json().path("servers").path(0).path("url").asText("/v1")).getPath();
            Iterator<Map.Entry<String, JsonNode>> paths = doc.json().path("paths").fields();
            while (paths.hasNext()) {
                Map.Entry<String, JsonNode> entry = paths.next();
                String path = base.replaceAll("/+$", "") + entry.getKey();
                JsonNode get = entry.getValue().get("get");
                if (get == null || excludedPath.test(path)) {
                    continue;
                }
                long pathParameters = path.chars().filter(ch -> ch == '{').count();
                Set<String> requiredQuery = new LinkedHashSet<>();
                for (JsonNode p : get.path("parameters")) {
                    if ("query".equals(p.path("in").asText()) && p.path("required").asBoolean()) {
                        requiredQuery.add(p.path("name").asText());
                    }
                }
                Op op = new Op(api, path);
                if (pathParameters == 0 && requiredQuery.isEmpty()) {
                    read(op, path, answers, idsByList);
                } else if (pathParameters == 0 && requiredQuery.equals(Set.of("initiativeId"))) {
                    perInitiative.add(op);
                } else if (pathParameters == 1 && requiredQuery.isEmpty()) {
                    withOneParameter.add(op);
                }
            }
        }
        Set<String> initiatives = idsByList.getOrDefault("/v1/initiatives", Set.of());
        for (Op op : perInitiative) {
            for (String id : initiatives) {
                read(op, op.path + "?initiativeId=" + id, answers, idsByList);
            }
        }
        for (Op op : withOneParameter) {
            int open = op.path.indexOf('{');
            String name = op.path.substring(open + 1, op.path.indexOf('}'));
            String list = op.path.substring(0, open - 1);
            Set<String> ids = "initiativeId".equals(name) ? initiatives : idsByList.getOrDefault(list, Set.of());
            for (String id : ids) {
                String filled = op.path.replace("{" + name + "}", id);
                read(op, filled, answers, idsByList);
            }
        }
        return answers;
    }

    private record Op(CaseApi api, String path) {
    }

    /** Reads one path, page by page, recording each page and the ids of its items under the list's path. */
    private static void read(Op op, String pathAndQuery, SortedMap<String, String> answers,
                             Map<String, Set<String>> idsByList) {
        String list = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        String next = null;
        int page = 0;
        do {
            String target = next == null ? pathAndQuery : pathAndQuery + (pathAndQuery.contains("?") ? "&" : "?")
                    + "cursor=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
            CaseApi.Response r = op.api().call("GET", target, null, Map.of());
            String key = "GET " + pathAndQuery + (page == 0 ? "" : " page " + page);
            if (r.status() < 200 || r.status() > 299) {
                answers.put(key, "status " + r.status());
                return;
            }
            answers.put(key, r.json() != null ? r.json().toString() : new String(r.raw(), StandardCharsets.UTF_8));
            next = null;
            if (r.json() != null && r.json().has("items")) {
                for (JsonNode item : r.json().path("items")) {
                    if (item.hasNonNull("id")) {
                        idsByList.computeIfAbsent(list, k -> new LinkedHashSet<>()).add(item.get("id").asText());
                    }
                }
                if (r.json().hasNonNull("next") && !r.json().path("items").isEmpty()) {
                    next = r.json().get("next").asText();
                }
            }
            page++;
        } while (next != null && page < 1000);
    }
}
