package nl.speelveld.conventions.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import nl.speelveld.conventions.problem.ApiException;
import nl.speelveld.conventions.tenancy.Tenant;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The {@code Idempotency-Key} behaviour of creates: the same key and body replay the stored answer, the same key
 * with another body is 422, and a duplicate that arrives while the first is still running is 409. Keys live 24 hours
 * and belong to one municipality.
 */
@Provider
@Idempotent
@Priority(Priorities.USER + 100)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final String CLAIMED = IdempotencyFilter.class.getName() + ".claimed";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final IdempotencyStore store;
    private final Tenant tenant;
    private final ObjectMapper json;

    IdempotencyFilter(IdempotencyStore store, Tenant tenant, ObjectMapper json) {
        this.store = store;
        this.tenant = tenant;
        this.json = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null) {
            return;
        }
        if (!VALID_KEY.matcher(key).matches()) {
            throw ApiException.invalidField(HEADER, "must be 1 to 255 visible ASCII characters", "pattern");
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String municipality = tenant.code();
        IdempotencyStore.Claim claim = store.claim(municipality, key, hash(request.getUriInfo().getPath(), body));
        if (claim instanceof IdempotencyStore.Fresh) {
            request.setProperty(CLAIMED, new String[] {municipality, key});
        } else if (claim instanceof IdempotencyStore.Mismatch) {
            throw ApiException.unprocessable(
                    "This Idempotency-Key was used before with another request body. Use a new key for a new request.");
        } else if (claim instanceof IdempotencyStore.InFlight) {
            throw ApiException.conflict(
                    "A request with this Idempotency-Key is still being processed. Retry after it has finished.");
        } else if (claim instanceof IdempotencyStore.Stored stored) {
            Response.ResponseBuilder replay = Response.status(stored.status())
                    .entity(stored.body()).type(MediaType.APPLICATION_JSON_TYPE)
                    .header("Idempotency-Replayed", "true");
            if (stored.location() != null) {
                replay.header(HttpHeaders.LOCATION, stored.location());
            }
            if (stored.etag() != null) {
                replay.header(HttpHeaders.ETAG, stored.etag());
            }
            request.abortWith(replay.build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        String[] claimed = (String[]) request.getProperty(CLAIMED);
        if (claimed == null) {
            return;
        }
        request.removeProperty(CLAIMED);
        if (response.getStatus() >= 200 && response.getStatus() < 300) {
            byte[] body = response.hasEntity() ? json.writeValueAsBytes(response.getEntity()) : null;
            Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
            Object etag = response.getHeaders().getFirst(HttpHeaders.ETAG);
            store.complete(claimed[0], claimed[1], response.getStatus(), body,
                    location == null ? null : location.toString(), etag == null ? null : etag.toString());
        } else {
            store.release(claimed[0], claimed[1]);
        }
    }

    private String hash(String path, byte[] body) {
        byte[] canonical;
        try {
            canonical = json.writeValueAsBytes(json.readValue(body, Object.class));
        } catch (IOException e) {
            canonical = body;
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(canonical);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
