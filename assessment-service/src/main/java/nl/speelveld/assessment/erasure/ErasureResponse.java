package nl.speelveld.assessment.erasure;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an erasure changed, or would change in a dry run, per record type. */
@Schema(name = "ErasureResponse")
record ErasureResponse(
        @Schema(description = "True when nothing was changed, only counted") boolean dryRun,
        @Schema(description = "What replaces each matching reference", examples = "[erased]") String tombstone,
        @Schema(description = "Records whose reference was (or would be) replaced, per record type")
        Counts changed,
        @Schema(description = "The sum of changed", minimum = "0") int total) {

    @Schema(name = "ErasureCounts")
    record Counts(
            @Schema(description = "Decision records whose decidedBy names the person; their content stays",
                    minimum = "0") int decisionRecords,
            @Schema(description = "Threshold sets whose changedBy names the person", minimum = "0")
            int thresholdSets) {
    }
}
