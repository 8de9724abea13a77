package nl.speelveld.conventions.events;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.tracing.TracingPolicy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends one webhook request: checks the target with {@link TargetGuard} (resolving its host now), connects to the
 * checked address (Host header and TLS server name stay the URL's host, certificates are verified), posts the event
 * with the Standard Webhooks headers, never follows a redirect, and gives up after the connect timeout (5 s) or the
 * total timeout (10 s). The response body is never read or kept. The trace context of the current span (the
 * delivery attempt's, see {@link DeliveryWorker}) goes along as {@code traceparent}; the target's host, port and the
 * answer's status are recorded on that span. Vert.x's own tracing of this client is off, so that span is the only one.
 */
public class WebhookSender {

    /** What one attempt gave: the HTTP status, or none with a short reason. */
    public record Result(Integer status, String reason, long millis, boolean refused) {
        boolean success() {
            return status != null && status >= 200 && status < 300;
        }
    }

    private final HttpClient client;
    private final TargetGuard guard;
    private final long totalMillis;
    private final TextMapPropagator propagator;

    public WebhookSender(Vertx vertx, TargetGuard guard, Duration connectTimeout, Duration totalTimeout,
            OpenTelemetry openTelemetry) {
        this.guard = guard;
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
        this.totalMillis = totalTimeout.toMillis();
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) connectTimeout.toMillis())
                .setKeepAlive(false)
                .setVerifyHost(true)
                .setForceSni(true)
                .setMaxPoolSize(64)
                .setTryUseCompression(false)
                .setTracingPolicy(TracingPolicy.IGNORE));
    }

    public Result send(String url, String id, long timestamp, String body, List<String> secrets) {
        long start = System.nanoTime();
        TargetGuard.Target target;
        try {
            target = guard.check(url);
        } catch (TargetGuard.Refused e) {
            return new Result(null, "refused: " + e.getMessage(), elapsed(start), true);
        }
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(target.port(), target.address().getHostAddress()))
                .setHost(target.host())
                .setPort(target.port())
                .setSsl(target.https())
                .setURI(target.pathAndQuery())
                .setFollowRedirects(false)
                .setIdleTimeout(totalMillis)
                .putHeader("content-type", "application/cloudevents+json")
                .putHeader("user-agent", "Speelveld-Webhooks/1")
                .putHeader("webhook-id", id)
                .putHeader("webhook-timestamp", Long.toString(timestamp))
                .putHeader("webhook-signature", WebhookSignature.header(secrets, id, timestamp, body));
        propagator.inject(Context.current(), options, (carrier, key, value) -> carrier.putHeader(key, value));
        Span span = Span.current();
        span.setAttribute("server.address", target.host());
        span.setAttribute("server.port", target.port());
        AtomicReference<HttpClientRequest> request = new AtomicReference<>();
        CompletableFuture<Integer> answer = client.request(options)
                .compose(req -> {
                    request.set(req);
                    return req.send(Buffer.buffer(body));
                })
                .map(response -> {
                    int status = response.statusCode();
                    response.request().connection().close();
                    return status;
                })
                .toCompletionStage().toCompletableFuture();
        try {
            int status = answer.get(totalMillis, TimeUnit.MILLISECONDS);
            span.setAttribute("http.response.status_code", status);
            String reason = status >= 300 && status < 400 ? "redirect not followed" : null;
            return new Result(status, reason, elapsed(start), false);
        } catch (TimeoutException e) {
            HttpClientRequest req = request.get();
            if (req != null) {
                req.reset();
            }
            answer.cancel(true);
            return timedOut(start);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof TimeoutException) {
                // the client's idle timeout (the same total) can fire before get(...) gives up
                return timedOut(start);
            }
            String message = cause.getClass().getSimpleName() + (cause.getMessage() == null ? ""
                    : ": " + cause.getMessage());
            return new Result(null, message.length() > 200 ? message.substring(0, 200) : message, elapsed(start),
                    false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(null, "interrupted", elapsed(start), false);
        }
    }

    public void close() {
        client.close();
    }

    private Result timedOut(long start) {
        return new Result(null, "timeout after " + totalMillis + " ms", elapsed(start), false);
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
