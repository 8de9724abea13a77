package nl.speelveld.devtools;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * A small OTLP/HTTP receiver for tests: listens on loopback, takes {@code POST /v1/traces} in the protobuf encoding
 * ({@code quarkus.otel.exporter.otlp.traces.protocol=http/protobuf}) and keeps the spans it decodes: the service (the
 * resource's {@code service.name}), trace id, span id, parent span id, name, kind and the string attributes. It reads
 * only the fields of the OTLP trace messages it needs (opentelemetry-proto's trace.proto, resource.proto,
 * common.proto) and skips the others, so it needs no protobuf library.
 */
public final class OtlpReceiver implements AutoCloseable {

    /** One decoded span; ids in lower-case hex, {@code kind} as in OTLP (1 internal, 2 server, 3 client, ...). */
    public record Span(String service, String traceId, String spanId, String parentSpanId, String name, int kind,
            Map<String, String> attributes) {
        public static final int SERVER = 2;
        public static final int CLIENT = 3;
    }

    private final HttpServer server;
    private final List<Span> spans = new ArrayList<>();
    private int requests;

    public OtlpReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/traces", exchange -> {
            try (exchange) {
                byte[] body;
                try (InputStream in = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                        ? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody()) {
                    body = in.readAllBytes();
                }
                List<Span> decoded = decode(body);
                synchronized (this) {
                    spans.addAll(decoded);
                    requests++;
                    notifyAll();
                }
                exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
                exchange.sendResponseHeaders(200, -1);
            }
        });
        server.start();
    }

    /** The base URL to give as the OTLP endpoint ({@code /v1/traces} is added by the exporter). */
    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public synchronized List<Span> spans() {
        return List.copyOf(spans);
    }

    /** How many export requests arrived. */
    public synchronized int requests() {
        return requests;
    }

    /**
     * Waits until the spans received satisfy {@code done}, or {@code patience} has passed; returns the spans either
     * way (the caller asserts on them, not on the time it took).
     */
    public synchronized List<Span> await(Predicate<List<Span>> done, Duration patience) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (!done.test(spans)) {
            long left = Duration.between(Instant.now(), deadline).toMillis();
            if (left <= 0) {
                break;
            }
            wait(left);
        }
        return List.copyOf(spans);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    // ExportTraceServiceRequest { repeated ResourceSpans resource_spans = 1; }
    static List<Span> decode(byte[] body) {
        List<Span> out = new ArrayList<>();
        for (Field f : fields(body)) {
            if (f.number == 1 && f.bytes != null) {
                resourceSpans(f.bytes, out);
            }
        }
        return out;
    }

    // ResourceSpans { Resource resource = 1; repeated ScopeSpans scope_spans = 2; }
    // Resource { repeated KeyValue attributes = 1; }  ScopeSpans { InstrumentationScope scope = 1; repeated Span spans = 2; }
    private static void resourceSpans(byte[] message, List<Span> out) {
        String service = "";
        List<byte[]> scopes = new ArrayList<>();
        for (Field f : fields(message)) {
            if (f.number == 1 && f.bytes != null) {
                service = attributes(f.bytes, 1).getOrDefault("service.name", "");
            } else if (f.number == 2 && f.bytes != null) {
                scopes.add(f.bytes);
            }
        }
        for (byte[] scope : scopes) {
            for (Field f : fields(scope)) {
                if (f.number == 2 && f.bytes != null) {
                    out.add(span(service, f.bytes));
                }
            }
        }
    }

    // Span { bytes trace_id = 1; bytes span_id = 2; bytes parent_span_id = 4; string name = 5; SpanKind kind = 6;
    //        repeated KeyValue attributes = 9; ... }
    private static Span span(String service, byte[] message) {
        String traceId = "";
        String spanId = "";
        String parent = "";
        String name = "";
        int kind = 0;
        for (Field f : fields(message)) {
            switch (f.number) {
                case 1 -> traceId = hex(f.bytes);
                case 2 -> spanId = hex(f.bytes);
                case 4 -> parent = hex(f.bytes);
                case 5 -> name = text(f.bytes);
                case 6 -> kind = (int) f.varint;
                default -> {
                }
            }
        }
        return new Span(service, traceId, spanId, parent, name, kind, attributes(message, 9));
    }

    // KeyValue { string key = 1; AnyValue value = 2; }  AnyValue { string string_value = 1; bool 2; int64 3; double 4; ... }
    private static Map<String, String> attributes(byte[] message, int fieldNumber) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Field f : fields(message)) {
            if (f.number != fieldNumber || f.bytes == null) {
                continue;
            }
            String key = null;
            String value = null;
            for (Field kv : fields(f.bytes)) {
                if (kv.number == 1) {
                    key = text(kv.bytes);
                } else if (kv.number == 2 && kv.bytes != null) {
                    for (Field any : fields(kv.bytes)) {
                        if (any.number == 1 && any.bytes != null) {
                            value = text(any.bytes);
                        } else if (any.number == 2 || any.number == 3) {
                            value = Long.toString(any.varint);
                        } else if (any.number == 4) {
                            value = Double.toString(Double.longBitsToDouble(any.varint));
                        }
                    }
                }
            }
            if (key != null) {
                out.put(key, value == null ? "" : value);
            }
        }
        return out;
    }

    /** One field of a protobuf message: its number and either its varint/fixed value or its bytes. */
    private record Field(int number, long varint, byte[] bytes) {
    }

    private static List<Field> fields(byte[] message) {
        List<Field> out = new ArrayList<>();
        if (message == null) {
            return out;
        }
        int[] pos = {0};
        while (pos[0] < message.length) {
            long tag = varint(message, pos);
            int number = (int) (tag >>> 3);
            int type = (int) (tag & 7);
            switch (type) {
                case 0 -> out.add(new Field(number, varint(message, pos), null));
                case 1 -> {
                    out.add(new Field(number, little(message, pos[0], 8), null));
                    pos[0] += 8;
                }
                case 2 -> {
                    int length = (int) varint(message, pos);
                    byte[] bytes = new byte[length];
                    System.arraycopy(message, pos[0], bytes, 0, length);
                    pos[0] += length;
                    out.add(new Field(number, 0, bytes));
                }
                case 5 -> {
                    out.add(new Field(number, little(message, pos[0], 4), null));
                    pos[0] += 4;
                }
                default -> throw new IllegalArgumentException("unsupported protobuf wire type " + type);
            }
        }
        return out;
    }

    private static long varint(byte[] b, int[] pos) {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte next = b[pos[0]++];
            value |= (long) (next & 0x7f) << shift;
            if ((next & 0x80) == 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("malformed varint");
    }

    private static long little(byte[] b, int at, int size) {
        long value = 0;
        for (int i = size - 1; i >= 0; i--) {
            value = (value << 8) | (b[at + i] & 0xffL);
        }
        return value;
    }

    private static String hex(byte[] bytes) {
        return bytes == null ? "" : HexFormat.of().formatHex(bytes);
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }
}
