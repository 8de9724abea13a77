package nl.speelveld.conventions.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Keeps secrets that travel in a path out of the traces: an embed link ({@code /v1/embed/{token}}, assessment-service)
 * is a capability whose token is the path segment itself. The HTTP server span records the raw path
 * ({@code url.path}, {@code http.target}); this processor replaces that segment with {@code {token}} as the span
 * starts, before any exporter sees it. The span's name is the route template already.
 */
@ApplicationScoped
public class CapabilityPaths implements SpanProcessor {

    static final Pattern EMBED = Pattern.compile("(/v1/embed/)[^/?#]+");
    static final List<AttributeKey<String>> PATH_KEYS = List.of(AttributeKey.stringKey("url.path"),
            AttributeKey.stringKey("http.target"), AttributeKey.stringKey("url.full"));

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
        for (AttributeKey<String> key : PATH_KEYS) {
            String value = span.getAttribute(key);
            if (value != null && value.contains("/embed/")) {
                span.setAttribute(key, scrub(value));
            }
        }
    }

    static String scrub(String path) {
        return EMBED.matcher(path).replaceAll("$1{token}");
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {
    }

    @Override
    public boolean isEndRequired() {
        return false;
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
