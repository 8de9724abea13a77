package nl.speelveld.conventions.events;

import java.util.Map;
import java.util.UUID;

/**
 * What a stored resource's events name (docs/events.md): the resource kind in the event type
 * ({@code nl.speelveld.<resource>.<action>.v1}), its path below {@code /v1} (the CloudEvents {@code subject} and, with
 * the base, the {@code href}), the initiative it belongs to and, when useful, the ids of its parents. Never texts or
 * counts: a receiver reads the resource itself with its own token.
 *
 * @param resource     the kind in kebab case, e.g. {@code stakeholder-group}
 * @param path         e.g. {@code initiatives/7d0c…/issues/1a2b…}
 * @param initiativeId the initiative, or null for a resource of the whole municipality (e.g. a threshold set)
 * @param ids          extra ids for the {@code data} object, e.g. {@code groupId}; may be empty
 */
public record EventSubject(String resource, String path, UUID initiativeId, Map<String, UUID> ids) {

    public static EventSubject of(String resource, String path, UUID initiativeId) {
        return new EventSubject(resource, path, initiativeId, Map.of());
    }

    public EventSubject with(String idName, UUID id) {
        Map<String, UUID> more = new java.util.LinkedHashMap<>(ids);
        more.put(idName, id);
        return new EventSubject(resource, path, initiativeId, more);
    }
}
