package nl.speelveld.conventions.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem details document: the body of every non-2xx answer of every service. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "A relative URI naming the problem type", examples = "/problems/validation")
        String type,
        @Schema(description = "Short summary of the problem type", examples = "Invalid request")
        String title,
        @Schema(description = "The HTTP status code", examples = "400")
        int status,
        @Schema(description = "What went wrong in this occurrence", examples = "1 field is invalid: title is required")
        String detail,
        @Schema(description = "The request path of this occurrence", examples = "/v1/initiatives")
        String instance,
        @Schema(description = "Every invalid field, for validation problems")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
