package nl.speelveld.conventions.events;

import org.eclipse.microprofile.config.Config;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The event types a service sends, from its configuration {@code speelveld.events.resources}: a list of
 * {@code resource[:action|action…]} where a resource without actions has {@code created|updated|deleted}. The same
 * list feeds the OpenAPI document's {@code webhooks} section, the check of the feed's {@code type} filter and of
 * subscriptions' {@code types}, and the outbox refuses to write a type that is not in it (so the catalogue cannot
 * fall behind the code).
 */
public final class EventCatalogue {

    public static final String PREFIX = "nl.speelveld.";
    public static final String SUFFIX = ".v1";
    /** The type of the deliveries POST /v1/webhook-subscriptions/{id}/test sends; never in the feed. */
    public static final String TEST_TYPE = PREFIX + "webhook.test" + SUFFIX;

    private EventCatalogue() {
    }

    public static String type(String resource, String action) {
        return PREFIX + resource + "." + action + SUFFIX;
    }

    /** Every type of the service, in the configured order. */
    public static List<String> types(Config config) {
        List<String> entries = config.getOptionalValues("speelveld.events.resources", String.class).orElse(List.of());
        Set<String> types = new LinkedHashSet<>();
        for (String entry : entries) {
            String[] parts = entry.trim().split(":", 2);
            String resource = parts[0].trim();
            if (resource.isEmpty()) {
                continue;
            }
            String actions = parts.length > 1 ? parts[1] : "created|updated|deleted";
            for (String action : actions.split("\\|")) {
                if (!action.isBlank()) {
                    types.add(type(resource, action.trim()));
                }
            }
        }
        return new ArrayList<>(types);
    }
}
