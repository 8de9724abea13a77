package nl.speelveld.devtools;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.util.Map;

/**
 * Gives a test class an {@link OtlpReceiver} and points the service's OTLP exporter at it (OTLP/HTTP, batches every
 * 200 ms): naming an endpoint is what switches recording on (conventions' TracingDefaults). Use it with
 * {@code restrictToAnnotatedClass = true}: the other test classes run without an endpoint, so nothing is recorded.
 */
public class OtlpTestResource implements QuarkusTestResourceLifecycleManager {

    private static OtlpReceiver receiver;

    /** The receiver of the running test class. */
    public static OtlpReceiver receiver() {
        return receiver;
    }

    @Override
    public Map<String, String> start() {
        try {
            receiver = new OtlpReceiver();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Map.of("quarkus.otel.exporter.otlp.traces.endpoint", receiver.endpoint(),
                "quarkus.otel.exporter.otlp.traces.protocol", "http/protobuf",
                "quarkus.otel.bsp.schedule.delay", "200ms");
    }

    @Override
    public void stop() {
        if (receiver != null) {
            receiver.close();
        }
    }
}
