package nl.speelveld.stakeholder.interest;

import nl.speelveld.conventions.vocabulary.EvidenceType;
import nl.speelveld.stakeholder.vocabulary.Stance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the interest matrix needs of one interest, read as columns rather than as an entity: at 100,000 interests
 * the entities (with their statements and the persistence context's copies) did not fit the service's heap.
 */
record InterestRow(UUID id, UUID groupId, UUID issueId, InterestKind kind, Stance stance, EvidenceType evidence,
        LocalDate recordedOn, Instant createdAt, ResponseStatus responseStatus) {
}
