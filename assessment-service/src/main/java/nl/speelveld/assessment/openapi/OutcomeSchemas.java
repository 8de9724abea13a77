package nl.speelveld.assessment.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.Map;

/**
 * Documents the fields of the method's outcome that are null when the data do not allow them (docs/method.md
 * "missing data stays missing"): an indicator's {@code value} when its band is NOT_COMPUTED, and an axis's
 * {@code position} and {@code positionLabel} when they cannot be placed, and the same fields before and after in a
 * scenario's delta. The outcome records live in the method
 * package, which carries no framework annotations, so their schemas are completed here.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OutcomeSchemas implements OASFilter {

    private static final Map<String, String[]> NULLABLE = Map.of(
            "Indicator", new String[] {"value"},
            "Axis", new String[] {"position", "positionLabel"},
            "IndicatorDelta", new String[] {"valueBefore", "valueAfter"},
            "AxisDelta", new String[] {"positionBefore", "positionAfter", "positionLabelBefore",
                "positionLabelAfter"});

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        NULLABLE.forEach((schemaName, properties) -> {
            Schema schema = openAPI.getComponents().getSchemas().get(schemaName);
            if (schema == null || schema.getProperties() == null) {
                throw new IllegalStateException("schema " + schemaName + " is missing from the OpenAPI document");
            }
            for (String property : properties) {
                Schema p = schema.getProperties().get(property);
                if (p == null || p.getType() == null) {
                    throw new IllegalStateException(schemaName + "." + property + " is missing or has no type");
                }
                if (!p.getType().contains(Schema.SchemaType.NULL)) {
                    p.addType(Schema.SchemaType.NULL);
                }
            }
        });
    }
}
