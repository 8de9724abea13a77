package nl.speelveld.conventions.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per-client budgets: one token bucket (Bucket4j, greedy refill) for reads and one for writes per client of a
 * municipality, held in this pod's memory. A client that spends its budget waits; the others do not notice.
 */
@ApplicationScoped
public class RateLimiter {

    /** A budget as the RateLimit-Policy header names it: {@code quota} requests per {@code window}. */
    public record Policy(String name, long quota, Duration window) {

        /** The {@code RateLimit-Policy} item, e.g. {@code "reads";q=600;w=60}. */
        public String header() {
            return "\"" + name + "\";q=" + quota + ";w=" + window.toSeconds();
        }
    }

    /**
     * The outcome of one request against its budget.
     *
     * @param remaining        requests left in the budget after this one
     * @param resetSeconds     seconds until the budget is full again
     * @param retryAfterSeconds for a refused request, seconds until one request fits again; else 0
     */
    public record Decision(Policy policy, boolean allowed, long remaining, long resetSeconds, long retryAfterSeconds) {

        /** The {@code RateLimit} item, e.g. {@code "reads";r=599;t=1}. */
        public String header() {
            return "\"" + policy.name() + "\";r=" + remaining + ";t=" + resetSeconds;
        }
    }

    private record Entry(Bucket bucket, AtomicLong lastUsedNanos) {
    }

    /** Above this many buckets, those idle for a whole window (and so full again) are dropped. */
    private static final int PURGE_ABOVE = 10_000;

    private final boolean enabled;
    private final Policy reads;
    private final Policy writes;
    private final ConcurrentHashMap<String, Entry> buckets = new ConcurrentHashMap<>();

    RateLimiter(@ConfigProperty(name = "speelveld.rate-limit.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "speelveld.rate-limit.reads-per-minute", defaultValue = "600") long readsPerMinute,
            @ConfigProperty(name = "speelveld.rate-limit.writes-per-minute", defaultValue = "120") long writesPerMinute) {
        if (readsPerMinute < 1 || writesPerMinute < 1) {
            throw new IllegalArgumentException("speelveld.rate-limit.*-per-minute must be at least 1");
        }
        this.enabled = enabled;
        this.reads = new Policy("reads", readsPerMinute, Duration.ofMinutes(1));
        this.writes = new Policy("writes", writesPerMinute, Duration.ofMinutes(1));
    }

    public boolean enabled() {
        return enabled;
    }

    /** Takes one request of {@code client} (its municipality and client id) from its read or write budget. */
    public Decision take(String client, boolean write) {
        Policy policy = write ? writes : reads;
        long now = System.nanoTime();
        Entry entry = buckets.computeIfAbsent(policy.name() + "|" + client, k -> new Entry(Bucket.builder()
                .addLimit(limit -> limit.capacity(policy.quota()).refillGreedy(policy.quota(), policy.window()))
                .build(), new AtomicLong(now)));
        entry.lastUsedNanos().set(now);
        ConsumptionProbe probe = entry.bucket().tryConsumeAndReturnRemaining(1);
        if (buckets.size() > PURGE_ABOVE) {
            purge(now, policy);
        }
        return new Decision(policy, probe.isConsumed(), probe.getRemainingTokens(),
                seconds(probe.getNanosToWaitForReset()),
                probe.isConsumed() ? 0 : Math.max(1, seconds(probe.getNanosToWaitForRefill())));
    }

    private void purge(long now, Policy policy) {
        long idle = Math.max(reads.window().toNanos(), writes.window().toNanos());
        buckets.values().removeIf(e -> now - e.lastUsedNanos().get() > idle);
    }

    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
