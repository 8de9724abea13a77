package nl.speelveld.conventions.client;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The limits of every call a service makes to another one, in one place ({@code speelveld.outbound.*}, defaults in
 * conventions' microprofile-config.properties). The REST clients' connect and read timeouts and the fault-tolerance
 * timeout of one attempt are set from these keys there; the services read {@link #retryAfterSeconds()} to tell a
 * client how long to wait when a dependency could not be read (503 with Retry-After).
 */
@ConfigMapping(prefix = "speelveld.outbound")
public interface Outbound {

    /** How long to wait for a connection, in milliseconds. */
    @WithDefault("2000")
    long connectTimeoutMs();

    /** How long to wait for an answer once connected, in milliseconds. */
    @WithDefault("5000")
    long readTimeoutMs();

    /** How long one attempt (one call, before a retry) may take in all, in milliseconds. */
    @WithDefault("4500")
    long attemptTimeoutMs();

    /** The seconds a client is told to wait (Retry-After) when a dependency could not be read. */
    @WithDefault("5")
    int retryAfterSeconds();
}
