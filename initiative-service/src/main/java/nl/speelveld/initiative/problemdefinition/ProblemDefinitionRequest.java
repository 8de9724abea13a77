package nl.speelveld.initiative.problemdefinition;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.speelveld.conventions.text.Localized;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What a portal sends to record the next version of an initiative's problem definition. */
@Schema(name = "ProblemDefinitionRequest", description = "A new version of the problem definition")
record ProblemDefinitionRequest(
        @NotNull @Localized(max = 4000)
        @Schema(description = "Localized problem statement",
                examples = "{\"nl\": \"Leden wekken samen duurzame energie op en verlagen hun energieverbruik.\"}")
        Map<String, String> statement,
        FramedBy framedBy,
        @Size(max = 200)
        @Schema(description = "Ids of this initiative's issues that are in scope; every other issue is out of scope."
                + " An id that is not an issue of this initiative is a 400 naming its position.")
        List<@NotNull UUID> issueIdsInScope,
        @Localized(max = 4000) @Schema(description = "Localized reasons for this framing and scope")
        Map<String, String> rationale) {
}
