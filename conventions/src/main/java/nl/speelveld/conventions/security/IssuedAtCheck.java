package nl.speelveld.conventions.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses a token issued further in the future than the allowed clock skew ({@code mp.jwt.verify.clock.skew}, 60 s
 * by default). The token library checks {@code exp} and that {@code iat} precedes it, but would accept a token whose
 * {@code iat} lies a day ahead: a sign of a wrong clock at the issuer, or of a token minted to outlive its policy.
 */
@ApplicationScoped
public class IssuedAtCheck implements SecurityIdentityAugmentor {

    private final long skewSeconds;

    IssuedAtCheck(@ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60") long skewSeconds) {
        this.skewSeconds = skewSeconds;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            long issuedAt = token.getIssuedAtTime();
            long now = System.currentTimeMillis() / 1000;
            if (issuedAt > now + skewSeconds) {
                return Uni.createFrom().failure(new AuthenticationFailedException(
                        "The token's iat lies more than the allowed clock skew in the future"));
            }
        }
        return Uni.createFrom().item(identity);
    }
}
