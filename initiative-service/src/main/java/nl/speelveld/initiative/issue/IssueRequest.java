package nl.speelveld.initiative.issue;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.speelveld.conventions.text.Localized;
import nl.speelveld.initiative.initiative.PolicyDomain;
import nl.speelveld.initiative.shared.UpToTomorrow;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What a portal sends to record an issue (kwestie), and what a merge patch of an issue is applied to. */
@Schema(name = "IssueRequest", description = "The writable fields of an issue; inScope is derived, never sent")
record IssueRequest(
        @NotNull @Localized(max = 200)
        @Schema(description = "Localized label", examples = "{\"nl\": \"Energiearmoede bij huurders\"}")
        Map<String, String> label,
        @Localized(max = 4000) @Schema(description = "Localized description") Map<String, String> description,
        PolicyDomain domain,
        @Size(max = 50)
        @Schema(description = "Ids of the stakeholder-service groups that raised it, stored as given")
        List<@NotNull UUID> raisedByGroupIds,
        @UpToTomorrow @Schema(description = "When it was raised; not later than tomorrow", examples = "2026-06-12")
        LocalDate raisedOn,
        @Localized(max = 2000) @Schema(description = "Localized note on why it is in or out of scope")
        Map<String, String> scopeNote) {
}
