package nl.speelveld.conventions.security;

import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

import javax.security.auth.Subject;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A token the library has verified, as {@link VerifiedTokenCache} hands it out to every request that brings it: the
 * library's own token, with the values of claims outside the MicroProfile set ({@code municipality},
 * {@code client_id}) kept once they have been read. The token library looks every claim name up with
 * {@code Claims.valueOf}, which throws and catches an {@code IllegalArgumentException} (its stack trace filled in)
 * for each such name: with the municipality read by the rate limit, the CORS check and the tenant, that was about
 * 5 % of the CPU of an authenticated request (async-profiler, issue 15). A verified token never changes, so its
 * claims can be kept as long as the token is. Everything else goes to the library's token unchanged.
 */
final class VerifiedToken implements JsonWebToken {

    private static final Set<String> STANDARD = Arrays.stream(Claims.values()).map(Claims::name)
            .collect(Collectors.toUnmodifiableSet());

    private final JsonWebToken token;
    private final Map<String, Optional<Object>> otherClaims = new ConcurrentHashMap<>();

    VerifiedToken(JsonWebToken token) {
        this.token = token;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String claimName) {
        if (claimName == null || STANDARD.contains(claimName)) {
            return token.getClaim(claimName);
        }
        return (T) otherClaims.computeIfAbsent(claimName, name -> Optional.ofNullable(token.getClaim(name)))
                .orElse(null);
    }

    @Override
    public String getName() {
        return token.getName();
    }

    @Override
    public Set<String> getClaimNames() {
        return token.getClaimNames();
    }

    @Override
    public String getRawToken() {
        return token.getRawToken();
    }

    @Override
    public String getIssuer() {
        return token.getIssuer();
    }

    @Override
    public Set<String> getAudience() {
        return token.getAudience();
    }

    @Override
    public String getSubject() {
        return token.getSubject();
    }

    @Override
    public String getTokenID() {
        return token.getTokenID();
    }

    @Override
    public long getExpirationTime() {
        return token.getExpirationTime();
    }

    @Override
    public long getIssuedAtTime() {
        return token.getIssuedAtTime();
    }

    @Override
    public Set<String> getGroups() {
        return token.getGroups();
    }

    @Override
    public boolean containsClaim(String claimName) {
        return token.containsClaim(claimName);
    }

    @Override
    public boolean implies(Subject subject) {
        return token.implies(subject);
    }

    @Override
    public String toString() {
        return token.toString();
    }
}
