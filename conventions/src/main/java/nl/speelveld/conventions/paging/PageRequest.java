package nl.speelveld.conventions.paging;

import java.time.Instant;
import java.util.UUID;

/**
 * What a client asked of a collection: how many items, and after which position in the stable order
 * (creation time, then id). {@code after} is null for the first page.
 */
public record PageRequest(int limit, Position after) {

    /** A place in the stable order of a collection. */
    public record Position(Instant createdAt, UUID id) {
    }
}
