package nl.speelveld.assessment.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.List;
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
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        // the axis codes are an enum like the codes of the other services
        Schema axis = schemas.get("Axis").getProperties().get("axis");
        axis.setEnumeration(List.of("FEASIBILITY_INCLUSIVITY", "ROLE"));
        // a holder's group is the id of a stakeholder group, absent (null) when the holder is a whole source
        Schema holder = schemas.get("Holder");
        if (holder != null && holder.getProperties() != null && holder.getProperties().get("groupId") != null) {
            holder.addProperty("groupId", OASFactory.createSchema().anyOf(List.of(
                    OASFactory.createSchema().ref("#/components/schemas/Uuid"),
                    OASFactory.createSchema().addType(Schema.SchemaType.NULL))));
            holder.addProperty("name", OASFactory.createSchema()
                    .addType(Schema.SchemaType.STRING).addType(Schema.SchemaType.NULL));
        }
        Schema assessment = schemas.get("Assessment");
        if (assessment != null && assessment.getProperties() != null
                && assessment.getProperties().get("referenceProfileIds") != null) {
            assessment.getProperties().get("referenceProfileIds")
                    .setItems(OASFactory.createSchema().ref("#/components/schemas/Uuid"));
        }
    }
}
