package nl.speelveld.stakeholder.interest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.speelveld.conventions.vocabulary.DecisionMaker;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * The municipality's answer to an interest: what was done with it and why (the Omgevingswet's duty to give
 * reasons). The body of {@code PUT /v1/interests/{id}/response} and the read-only {@code response} of an interest.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "MunicipalResponse", description = "What the municipality did with an interest, and why")
record MunicipalResponse(
        @NotNull ResponseStatus status,
        @Size(max = 4000) @Schema(maxLength = 4000, description = "Required unless the status is OPEN or ADOPTED",
                examples = "Een hondenuitlaatzone valt buiten het parkbeheer; doorverwezen naar het wijkprogramma.")
        String reason,
        @Schema(examples = "2026-11-01") LocalDate respondedOn,
        DecisionMaker respondedBy) {
}
