package nl.speelveld.stakeholder.snapshot;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** What a portal sends to record the size and renewal of a group's active core. */
@Schema(name = "CoreGroupSnapshotRequest", description = "Size and renewal of a group's active core")
record CoreGroupSnapshotRequest(
        @NotNull @Schema(description = "The initiative (initiative-service)") UUID initiativeId,
        @NotNull @Schema(description = "A stakeholder group of the same initiative") UUID groupId,
        @NotNull @Schema(examples = "2026-10-01") LocalDate takenOn,
        @NotNull @PositiveOrZero @Max(1_000_000) @Schema(minimum = "0", maximum = "1000000", examples = "12")
        Integer coreSize,
        @NotNull @PositiveOrZero @Max(1_000_000) @Schema(minimum = "0", maximum = "1000000", examples = "0",
                description = "How many of the core joined in the last 24 months; at most coreSize")
        Integer coreJoinedLast24Months,
        @PositiveOrZero @Max(100_000_000) @Schema(minimum = "0", maximum = "100000000", examples = "175")
        Integer membersTotal) {
}
