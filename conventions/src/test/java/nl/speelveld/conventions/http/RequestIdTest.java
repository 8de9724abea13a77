package nl.speelveld.conventions.http;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The request ids the service makes are random (version 4, IETF variant) UUIDs in their usual text form, all distinct. */
class RequestIdTest {

    @Test
    void shouldMakeDistinctVersion4Uuids() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            String id = ConventionsRouter.newRequestId();
            UUID uuid = UUID.fromString(id);
            assertEquals(4, uuid.version(), id);
            assertEquals(2, uuid.variant(), id);
            assertEquals(uuid.toString(), id);
            assertTrue(seen.add(id), "repeated " + id);
        }
    }
}
