package nl.speelveld.conventions.paging;

import jakarta.enterprise.context.ApplicationScoped;
import nl.speelveld.conventions.openapi.Bounds;
import nl.speelveld.conventions.problem.ApiException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads and writes the opaque paging cursors. A cursor is signed and bound to the tenant and the list's filters, so a
 * tampered cursor, or one from another municipality or another filter, is a 400 rather than a leak.
 */
@ApplicationScoped
public class Cursors {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    /**
     * The largest page of a bulk read (a whole collection of an initiative read by another service): as many items
     * as any JSON array the services read may hold ({@link Bounds#MAX_ARRAY_ITEMS}, {@code StrictJson}), so a
     * Speelveld client reads a full page.
     */
    public static final int MAX_BULK_LIMIT = Bounds.MAX_ARRAY_ITEMS;
    /** The page of a bulk read when the caller names none. */
    public static final int DEFAULT_BULK_LIMIT = MAX_BULK_LIMIT;

    /**
     * One initialised HMAC per thread ({@code doFinal} leaves it ready for the next text): looking the algorithm up
     * and setting the key for every cursor was 1.5-2 % of a page of initiatives in JFR (issue 15).
     */
    private final ThreadLocal<Mac> mac;

    Cursors(@ConfigProperty(name = "speelveld.cursor.secret") String secret) {
        SecretKeySpec key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.mac = ThreadLocal.withInitial(() -> {
            try {
                Mac hmac = Mac.getInstance("HmacSHA256");
                hmac.init(key);
                return hmac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is not available", e);
            }
        });
    }

    /**
     * @param scope the tenant plus every filter of the list, e.g. {@code "GM0344|initiatives|phase=IDEA"}
     */
    public PageRequest read(Integer limit, String cursor, String scope) {
        return read(limit, cursor, scope, DEFAULT_LIMIT, MAX_LIMIT);
    }

    /**
     * As {@link #read(Integer, String, String)} with a list's own default and largest page: the bulk reads of a
     * whole collection for another service (e.g. up to {@link #MAX_BULK_LIMIT} per page); the public paged lists keep
     * {@link #MAX_LIMIT}.
     */
    public PageRequest read(Integer limit, String cursor, String scope, int defaultLimit, int maxLimit) {
        int size = checkedLimit(limit, defaultLimit, maxLimit);
        if (cursor == null || cursor.isBlank()) {
            return new PageRequest(size, null);
        }
        String[] fields = open(cursor, scope, 2);
        try {
            if (fields != null) {
                return new PageRequest(size,
                        new PageRequest.Position(Instant.parse(fields[0]), UUID.fromString(fields[1])));
            }
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            // falls through to the 400
        }
        throw invalidCursor();
    }

    /**
     * Cuts one page from rows fetched with {@code limit + 1}: the extra row only tells that a next page exists.
     */
    public <E, R> Page<R> page(List<E> fetched, PageRequest request, String scope,
            Function<E, PageRequest.Position> position, Function<E, R> mapper) {
        boolean more = fetched.size() > request.limit();
        List<E> rows = more ? fetched.subList(0, request.limit()) : fetched;
        String next = null;
        if (more) {
            PageRequest.Position last = position.apply(rows.get(rows.size() - 1));
            next = seal(scope, last.createdAt().toString(), last.id().toString());
        }
        return new Page<>(rows.stream().map(mapper).toList(), next);
    }

    /** A page of a list in a fixed order read by position: {@code limit} items from {@code offset} (0 first). */
    public record IndexRequest(int limit, int offset) {
    }

    /**
     * Reads the paging of a list kept in a fixed order and read by position rather than by creation time (the
     * inputs of a stored assessment): the same {@code limit} rules and the same signed, scope-bound cursor as
     * {@link #read}, holding the position of the next item.
     */
    public IndexRequest readIndex(Integer limit, String cursor, String scope) {
        int size = checkedLimit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        if (cursor == null || cursor.isBlank()) {
            return new IndexRequest(size, 0);
        }
        String[] fields = open(cursor, scope, 1);
        if (fields == null || !fields[0].matches("i[0-9]{1,9}")) {
            throw invalidCursor();
        }
        return new IndexRequest(size, Integer.parseInt(fields[0].substring(1)));
    }

    /** The cursor of the page that starts at position {@code offset} of a list read with {@link #readIndex}. */
    public String nextIndex(int offset, String scope) {
        return seal(scope, "i" + offset);
    }

    /**
     * Seals a position into an opaque cursor: its fields (none may contain {@code |}), then an HMAC over them and
     * the scope, so it cannot be changed, nor used for another tenant or other filters. Every cursor of every list
     * and feed is made here.
     */
    public String seal(String scope, String... fields) {
        String body = String.join("|", fields);
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((body + "|" + sign(body + "|" + scope)).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The fields of a cursor {@link #seal sealed} for this scope with this many fields, or {@code null} when it is
     * not one (changed, truncated, or sealed for another scope): the caller answers its own 400.
     */
    public String[] open(String cursor, String scope, int fieldCount) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = text.split("\\|", -1);
            if (parts.length != fieldCount + 1) {
                return null;
            }
            String body = String.join("|", Arrays.copyOf(parts, fieldCount));
            return MessageDigest.isEqual(sign(body + "|" + scope).getBytes(StandardCharsets.UTF_8),
                    parts[fieldCount].getBytes(StandardCharsets.UTF_8)) ? Arrays.copyOf(parts, fieldCount) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int checkedLimit(Integer limit, int defaultLimit, int maxLimit) {
        int size = limit == null ? defaultLimit : limit;
        if (size < 1 || size > maxLimit) {
            throw ApiException.invalidField("limit", "must be between 1 and " + maxLimit, "range");
        }
        return size;
    }

    private String sign(String text) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.get().doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static ApiException invalidCursor() {
        return ApiException.invalidField("cursor",
                "is not a cursor this list gave you (it was changed, or belongs to other filters)", "invalid-cursor");
    }
}
