package nl.speelveld.conventions.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import nl.speelveld.conventions.paging.Page;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Names the schema of every {@link Page} in the OpenAPI documents, once for all services. A collection operation
 * answers a {@code Page<T>} and documents it as {@code @Schema(ref = "InitiativePage")}; this filter defines each such
 * {@code XPage} that is referred to but not defined: {@code items}, an array of {@code XResponse} (or of {@code X}
 * where there is no {@code XResponse}, e.g. {@code VocabularyPage} of {@code Vocabulary}), and {@code next}, the
 * nullable cursor. So clients keep the schema names they had ({@code InitiativePage}, {@code InterestPage}, …) while
 * the code has one paging type instead of one record per feature. A reference that fits neither name fails the build.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class PageSchemas implements OASFilter {

    private static final String PREFIX = "#/components/schemas/";
    private static final String SUFFIX = "Page";
    /** The cursor's description; the vocabularies, which always fit one page, say so. */
    private static final Map<String, String> NEXT = Map.of(
            "VocabularyPage", "Always null: every vocabulary is on one page");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents()
                : openAPI.getComponents();
        openAPI.setComponents(components);
        openAPI.getPaths().getPathItems().values().stream()
                .flatMap(item -> item.getOperations().values().stream())
                .filter(operation -> operation.getResponses() != null
                        && operation.getResponses().getAPIResponses() != null)
                .flatMap(operation -> operation.getResponses().getAPIResponses().values().stream())
                .filter(response -> response.getContent() != null && response.getContent().getMediaTypes() != null)
                .flatMap(response -> response.getContent().getMediaTypes().values().stream())
                .map(media -> media.getSchema() == null ? null : media.getSchema().getRef())
                .filter(Objects::nonNull)
                .filter(ref -> ref.startsWith(PREFIX) && ref.endsWith(SUFFIX))
                .map(ref -> ref.substring(PREFIX.length()))
                .distinct()
                .filter(name -> components.getSchemas() == null || !components.getSchemas().containsKey(name))
                .forEach(name -> components.addSchema(name, page(name, components)));
    }

    private static Schema page(String name, Components components) {
        String item = name.substring(0, name.length() - SUFFIX.length());
        String itemSchema = Stream.of(item + "Response", item)
                .filter(candidate -> components.getSchemas() != null
                        && components.getSchemas().containsKey(candidate))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The OpenAPI document refers to " + name
                        + " but defines neither " + item + "Response nor " + item + " for its items"));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("items", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref(PREFIX + itemSchema)))
                .addProperty("next", OASFactory.createSchema()
                        .type(List.of(Schema.SchemaType.STRING, Schema.SchemaType.NULL))
                        .description(NEXT.getOrDefault(name, "Cursor of the next page; null on the last")));
    }
}
