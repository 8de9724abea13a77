package nl.speelveld.devtools.cases;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

/** One service's public API as a portal calls it: JSON in and out, the bearer token on every request. */
final class CaseApi {

    static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** An answer: the status, the headers, and the body as JSON when it is JSON, else as bytes. */
    record Response(int status, java.net.http.HttpHeaders headers, JsonNode json, byte[] raw) {

        String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        /** The body for a message: its JSON, or its first 500 bytes as text. */
        String describe() {
            if (json != null) {
                return json.toString();
            }
            return new String(Arrays.copyOf(raw, Math.min(raw.length, 500)), StandardCharsets.UTF_8);
        }
    }

    private final HttpClient client;
    private final String base;
    private final String token;

    CaseApi(HttpClient client, String base, String token) {
        this.client = client;
        this.base = base.replaceAll("/+$", "");
        this.token = token;
    }

    static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    Response call(String method, String path, JsonNode body, Map<String, String> headers) {
        URI uri = URI.create(base + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .setHeader("Accept", "application/json");
        if (body != null) {
            request.setHeader("Content-Type", "application/json");
        }
        if (token != null && !token.isEmpty()) {
            request.setHeader("Authorization", "Bearer " + token);
        }
        headers.forEach(request::setHeader);
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        HttpResponse<byte[]> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new CaseException("cannot reach " + base + " (" + method + " " + path + "): " + e
                    + "; are the services running (./speelveld up)?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CaseException("interrupted during " + method + " " + uri, e);
        }
        byte[] raw = response.body() == null ? new byte[0] : response.body();
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        JsonNode json = null;
        if (response.statusCode() >= 200 && response.statusCode() < 300) {
            if (raw.length > 0 && contentType.contains("json")) {
                try {
                    json = Values.JSON.readTree(raw);
                } catch (IOException e) {
                    throw new CaseException(method + " " + uri + " answered " + response.statusCode()
                            + " with a body that is not JSON: " + e.getMessage(), e);
                }
            }
        } else {
            try {
                json = raw.length == 0 ? null : Values.JSON.readTree(raw);
            } catch (IOException notJson) {
                json = null;
            }
        }
        return new Response(response.statusCode(), response.headers(), json, raw);
    }

    /** A POST that must answer 201 Created; anything else ends the case. */
    Response post(String path, JsonNode body) {
        Response response = call("POST", path, body, Map.of());
        if (response.status() != 201) {
            throw new CaseException("POST " + base + path + " answered " + response.status() + ", expected 201: "
                    + response.describe());
        }
        return response;
    }

    /** The {@code id} of what a POST created. */
    JsonNode createdId(Response created, String path) {
        JsonNode id = Values.get(created.json(), "id");
        if (id.isNull()) {
            throw new CaseException("POST " + base + path + " answered 201 without an id: " + created.describe());
        }
        return id;
    }
}
