package nl.speelveld.stakeholder.shared;

import nl.speelveld.conventions.problem.ApiException;
import nl.speelveld.conventions.vocabulary.Codes;

import java.util.UUID;

/** What the bulk reads ({@code /v1/bulk/...}) share. */
public final class BulkReads {

    private BulkReads() {
    }

    /** The initiative a bulk read is of: required (a bulk read of a whole municipality is no use), a UUID. */
    public static UUID initiativeId(String value) {
        UUID id = Codes.uuid(value, "initiativeId");
        if (id == null) {
            throw ApiException.invalidField("initiativeId", "is required", "required");
        }
        return id;
    }
}
