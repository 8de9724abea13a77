package nl.speelveld.stakeholder.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A reference population as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PopulationProfile")
record PopulationProfileResponse(
        UUID id,
        @Schema(examples = "GM0344") String municipalityCode,
        @Schema(description = "Also the ETag") long version,
        Instant createdAt,
        Instant updatedAt,
        String name,
        List<String> areaCodes,
        ReferenceBasis basis,
        String rationale,
        ReferenceSource source,
        String sourceTable,
        Integer referenceYear,
        List<Share> shares) {

    static PopulationProfileResponse of(PopulationProfile p) {
        return new PopulationProfileResponse(p.id(), p.municipalityCode(), p.version(), p.createdAt(), p.updatedAt(),
                p.name, List.copyOf(p.areaCodes), p.basis, p.rationale, p.source, p.sourceTable, p.referenceYear,
                List.copyOf(p.shares));
    }
}
