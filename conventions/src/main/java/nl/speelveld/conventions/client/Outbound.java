package nl.speelveld.conventions.client;

import io.smallrye.config.ConfigMapping;

/**
 * The limits of every call a service makes to another one, in one place ({@code speelveld.outbound.*}; each value is
 * set once, in conventions' microprofile-config.properties). The REST clients' connect and read timeouts and the
 * MicroProfile Fault Tolerance settings of every guarded call (the timeout of one attempt, the retries, the circuit
 * breaker) are set from these keys there, through the global keys {@code Timeout/value}, {@code Retry/…} and
 * {@code CircuitBreaker/…}: the clients' annotations name only what is logic (which exceptions abort a retry or do
 * not count as a failure), no numbers. The services read {@link #retryAfterSeconds()} to tell a client how long to wait
 * when a dependency could not be read (503 with Retry-After).
 */
@ConfigMapping(prefix = "speelveld.outbound")
public interface Outbound {

    /** How long to wait for a connection, in milliseconds. */
    long connectTimeoutMs();

    /** How long to wait for an answer once connected, in milliseconds. */
    long readTimeoutMs();

    /** How long one attempt (one call, before a retry) may take in all, in milliseconds. */
    long attemptTimeoutMs();

    /** The seconds a client is told to wait (Retry-After) when a dependency could not be read. */
    int retryAfterSeconds();

    /** Retries of a failed call (a refused connection or a 5xx; never a 4xx). */
    RetrySettings retry();

    /** The circuit breaker of each guarded call. */
    BreakerSettings breaker();

    interface RetrySettings {

        /** Retries after the first attempt. */
        int maxRetries();

        /** The pause before a retry, in milliseconds, … */
        long delayMs();

        /** … give or take this many milliseconds. */
        long jitterMs();

        /** The most all attempts of one call may take together, in milliseconds. */
        long maxDurationMs();
    }

    interface BreakerSettings {

        /** How many recent calls the failure ratio is taken over. */
        int requestVolumeThreshold();

        /** The share of failures among them that opens the circuit. */
        double failureRatio();

        /** How long the circuit stays open before a trial call, in milliseconds. */
        long delayMs();

        /** How many trial calls must succeed to close it again. */
        int successThreshold();
    }
}
