package nl.speelveld.conventions.export;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/** The answer to an import: what was restored. */
@Schema(name = "ImportResult", requiredProperties = {"service", "municipalityCode", "schemaVersion", "counts",
        "records"})
public record ImportResponse(
        @Schema(maxLength = 64, example = "stakeholder-service") String service,
        @Schema(maxLength = 6, pattern = "^GM[0-9]{4}$") String municipalityCode,
        @Schema(maxLength = 32, description = "The schema version of the file and of this installation")
        String schemaVersion,
        @Schema(description = "Records restored per table", maxProperties = 100) Map<String, Long> counts,
        @Schema(minimum = "0", description = "All records restored") long records) {
}
