package nl.speelveld.conventions.events;

import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

/**
 * A webhook receiver for the tests: a real HTTP server on loopback. Each path answers by a rule of the request
 * number on that path (status, or a delay first); every request is kept with its headers and body.
 */
final class Receiver implements AutoCloseable {

    record Request(String path, String id, String timestamp, String signature, String contentType, String body,
            List<String> traceparent) {
    }

    private final HttpServer server;
    final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, IntUnaryOperator> statuses = new ConcurrentHashMap<>();
    private final Map<String, Integer> delays = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final Map<String, String> locations = new ConcurrentHashMap<>();

    Receiver(String host) throws IOException {
        server = HttpServer.create(new InetSocketAddress(host, 0), 50);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(16));
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            int n = counts.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            var h = exchange.getRequestHeaders();
            requests.add(new Request(path, h.getFirst("webhook-id"), h.getFirst("webhook-timestamp"),
                    h.getFirst("webhook-signature"), h.getFirst("content-type"), body,
                    h.getOrDefault("traceparent", List.of())));
            Integer delay = delays.get(path + "#" + n);
            if (delay != null) {
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            int status = statuses.getOrDefault(path, i -> 204).applyAsInt(n);
            if (locations.containsKey(path)) {
                exchange.getResponseHeaders().add("Location", locations.get(path));
            }
            try {
                exchange.sendResponseHeaders(status, -1);
            } catch (IOException e) {
                // the sender gave up (timeout) and closed the connection
            }
            exchange.close();
        });
        server.start();
    }

    String url(String path) {
        String host = server.getAddress().getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return "http://" + host + ":" + server.getAddress().getPort() + path;
    }

    Receiver answer(String path, IntUnaryOperator statusOfRequestNumber) {
        statuses.put(path, statusOfRequestNumber);
        return this;
    }

    Receiver delay(String path, int requestNumber, int millis) {
        delays.put(path + "#" + requestNumber, millis);
        return this;
    }

    Receiver redirect(String path, String location) {
        statuses.put(path, i -> 302);
        locations.put(path, location);
        return this;
    }

    List<Request> on(String path) {
        synchronized (requests) {
            return requests.stream().filter(r -> r.path().equals(path)).toList();
        }
    }

    /**
     * The Standard Webhooks check, written from the specification and not from the production signer: the secret
     * after {@code whsec_} is base64; the signed content is {@code msg_id.timestamp.payload}; the header holds
     * space-separated {@code v1,<base64 HMAC-SHA256>} entries, any of which may match; the timestamp must be recent.
     */
    static boolean verify(String secret, Request request) throws Exception {
        if (request.id() == null || request.timestamp() == null || request.signature() == null) {
            return false;
        }
        long now = System.currentTimeMillis() / 1000;
        if (Math.abs(now - Long.parseLong(request.timestamp())) > 300) {
            return false;
        }
        byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        byte[] expected = mac.doFinal((request.id() + "." + request.timestamp() + "." + request.body())
                .getBytes(StandardCharsets.UTF_8));
        for (String part : request.signature().split(" ")) {
            String[] versioned = part.split(",", 2);
            if (versioned.length == 2 && versioned[0].equals("v1")
                    && MessageDigest.isEqual(expected, Base64.getDecoder().decode(versioned[1]))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
