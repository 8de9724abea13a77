package nl.speelveld.initiative;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.speelveld.devtools.PostgresTestResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The configuration the three services share is written once, in conventions' META-INF/microprofile-config.properties,
 * and Quarkus applies it at build time too: the keys below are build-time keys that this service's own
 * application.properties does not name, yet the built application has them.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "initiative"))
class SharedConfigurationTest {

    @Test
    void shouldTakeBuildTimeKeysFromTheConventionsModule() throws Exception {
        String own;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("application.properties")) {
            own = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String key : new String[] {"quarkus.smallrye-openapi.path", "quarkus.smallrye-openapi.info-license-name",
                "quarkus.datasource.db-kind", "mp.openapi.filter"}) {
            assertFalse(own.contains(key + "="), key + " belongs in conventions' shared defaults");
        }
        // quarkus.smallrye-openapi.path and the info-* keys are fixed at build time
        given().when().get("/v1/openapi.json").then().statusCode(200)
                .body("info.license.name", equalTo("EUPL-1.2"))
                .body("info.contact.name", equalTo("Speelveld maintainers"))
                .body("info.title", equalTo("Speelveld initiative API"));
        given().when().get("/q/openapi").then().statusCode(404);
        // so is the datasource kind
        assertEquals("postgresql", ConfigProvider.getConfig().getValue("quarkus.datasource.db-kind", String.class));
    }
}
