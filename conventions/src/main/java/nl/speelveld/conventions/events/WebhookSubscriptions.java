package nl.speelveld.conventions.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import nl.speelveld.conventions.http.Versions;
import nl.speelveld.conventions.json.StrictJson;
import nl.speelveld.conventions.paging.Cursors;
import nl.speelveld.conventions.paging.Page;
import nl.speelveld.conventions.paging.PageRequest;
import nl.speelveld.conventions.problem.ApiException;
import nl.speelveld.conventions.problem.FieldError;
import org.eclipse.microprofile.config.Config;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Webhook subscriptions of the caller's municipality: stored, checked, listed and changed (plain SQL). */
@ApplicationScoped
public class WebhookSubscriptions {

    private static final String COLUMNS = "id, municipality_code, version, created_at, updated_at, url, types,"
            + " initiative_id, description, enabled, failing_since, last_failure, disabled_reason,"
            + " previous_secret_until";

    private final AgroalDataSource dataSource;
    private final Deliveries deliveries;
    private final Cursors cursors;
    private final Set<String> catalogue;
    private final String source;

    WebhookSubscriptions(AgroalDataSource dataSource, Deliveries deliveries, Cursors cursors, Config config) {
        this.dataSource = dataSource;
        this.deliveries = deliveries;
        this.cursors = cursors;
        this.catalogue = new HashSet<>(EventCatalogue.types(config));
        this.source = "/" + config.getOptionalValue("quarkus.application.name", String.class).orElse("speelveld");
    }

    public record Created(WebhookSubscriptionResponse subscription, String secret) {
    }

    public Created create(String municipality, WebhookSubscriptionRequest request) {
        List<FieldError> errors = new ArrayList<>();
        checkUrl(request.url(), errors);
        checkTypes(request.types(), errors);
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        UUID id = UUID.randomUUID();
        String secret = WebhookSignature.newSecret();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        update("INSERT INTO webhook_subscription (id, municipality_code, created_at, updated_at, url, types,"
                + " initiative_id, description, secret) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", (c, ps) -> {
                    ps.setObject(1, id);
                    ps.setString(2, municipality);
                    ps.setTimestamp(3, Timestamp.from(now));
                    ps.setTimestamp(4, Timestamp.from(now));
                    ps.setString(5, request.url());
                    ps.setArray(6, c.createArrayOf("text", request.types().toArray()));
                    ps.setObject(7, request.initiativeId());
                    ps.setString(8, request.description());
                    ps.setString(9, secret);
                });
        return new Created(get(municipality, id), secret);
    }

    public WebhookSubscriptionResponse get(String municipality, UUID id) {
        List<WebhookSubscriptionResponse> found = query("SELECT " + COLUMNS + " FROM webhook_subscription"
                + " WHERE municipality_code = ? AND id = ?", List.of(municipality, id));
        if (found.isEmpty()) {
            throw ApiException.notFound("webhook subscription", id);
        }
        return found.get(0);
    }

    public Page<WebhookSubscriptionResponse> list(String municipality, Integer limit, String cursor) {
        String scope = municipality + "|webhook-subscriptions";
        PageRequest page = cursors.read(limit, cursor, scope);
        List<Object> params = new ArrayList<>(List.of(municipality));
        String sql = "SELECT " + COLUMNS + " FROM webhook_subscription WHERE municipality_code = ?";
        if (page.after() != null) {
            sql += " AND (created_at, id) > (?, ?)";
            params.add(Timestamp.from(page.after().createdAt()));
            params.add(page.after().id());
        }
        params.add(page.limit() + 1);
        List<WebhookSubscriptionResponse> rows = query(sql + " ORDER BY created_at, id LIMIT ?", params);
        return cursors.page(rows, page, scope, r -> new PageRequest.Position(r.createdAt(), r.id()), r -> r);
    }

    /** Applies a merge patch of url, types, description and enabled under If-Match. */
    public WebhookSubscriptionResponse patch(String municipality, UUID id, String ifMatch, JsonNode patch) {
        WebhookSubscriptionResponse current = get(municipality, id);
        Versions.requireMatch(ifMatch, current.version());
        if (patch == null || !patch.isObject()) {
            throw ApiException.badRequest("The body must be a JSON object (a merge patch).");
        }
        List<FieldError> errors = new ArrayList<>();
        String url = current.url();
        List<String> types = current.types();
        String description = current.description();
        Boolean enabled = current.enabled();
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            switch (field.getKey()) {
                case "url" -> {
                    if (!value.isTextual()) {
                        errors.add(new FieldError("url", "must be a URL", "wrong-type"));
                    } else {
                        url = value.asText();
                        checkUrl(url, errors);
                    }
                }
                case "types" -> {
                    if (!value.isArray()) {
                        errors.add(new FieldError("types", "must be a list of event types", "wrong-type"));
                    } else {
                        List<String> changed = new ArrayList<>();
                        for (JsonNode type : value) {
                            changed.add(type.isTextual() ? type.asText() : String.valueOf(type));
                        }
                        types = changed;
                        checkTypes(types, errors);
                    }
                }
                case "description" -> {
                    String unstorable = value.isTextual() ? StrictJson.unstorableText(value.asText()) : null;
                    if (!value.isNull() && !value.isTextual()) {
                        errors.add(new FieldError("description", "must be text", "wrong-type"));
                    } else if (value.isTextual() && value.asText().length() > 500) {
                        errors.add(new FieldError("description", "must be at most 500 characters", "size"));
                    } else if (unstorable != null) {
                        errors.add(new FieldError("description", unstorable, "wrong-format"));
                    } else {
                        description = value.isNull() ? null : value.asText();
                    }
                }
                case "enabled" -> {
                    if (!value.isBoolean()) {
                        errors.add(new FieldError("enabled", "must be true or false", "wrong-type"));
                    } else {
                        enabled = value.asBoolean();
                    }
                }
                default -> errors.add(new FieldError(field.getKey(), "cannot be changed (url, types, description"
                        + " and enabled can)", "read-only"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        String newUrl = url;
        List<String> newTypes = types;
        String newDescription = description;
        boolean newEnabled = enabled;
        boolean reEnabled = newEnabled && !current.enabled();
        int changed = update("UPDATE webhook_subscription SET url = ?, types = ?, description = ?, enabled = ?,"
                + " version = version + 1, updated_at = now(),"
                + " disabled_reason = CASE WHEN ? THEN NULL ELSE disabled_reason END,"
                + " failing_since = CASE WHEN ? THEN NULL ELSE failing_since END"
                + " WHERE municipality_code = ? AND id = ? AND version = ?", (c, ps) -> {
                    ps.setString(1, newUrl);
                    ps.setArray(2, c.createArrayOf("text", newTypes.toArray()));
                    ps.setString(3, newDescription);
                    ps.setBoolean(4, newEnabled);
                    ps.setBoolean(5, reEnabled);
                    ps.setBoolean(6, reEnabled);
                    ps.setString(7, municipality);
                    ps.setObject(8, id);
                    ps.setLong(9, current.version());
                });
        if (changed == 0) {
            throw ApiException.preconditionFailed(get(municipality, id).version());
        }
        return get(municipality, id);
    }

    public void delete(String municipality, UUID id) {
        int deleted = update("DELETE FROM webhook_subscription WHERE municipality_code = ? AND id = ?", (c, ps) -> {
            ps.setString(1, municipality);
            ps.setObject(2, id);
        });
        if (deleted == 0) {
            throw ApiException.notFound("webhook subscription", id);
        }
    }

    /** A new secret; the old one keeps signing beside it for the overlap (24 h). */
    public SecretRotationResponse rotate(String municipality, UUID id) {
        get(municipality, id);
        String secret = WebhookSignature.newSecret();
        Instant until = Instant.now().plus(deliveries.settings().secretOverlap()).truncatedTo(ChronoUnit.SECONDS);
        update("UPDATE webhook_subscription SET previous_secret = secret, previous_secret_until = ?, secret = ?,"
                + " version = version + 1, updated_at = now() WHERE municipality_code = ? AND id = ?", (c, ps) -> {
                    ps.setTimestamp(1, Timestamp.from(until));
                    ps.setString(2, secret);
                    ps.setString(3, municipality);
                    ps.setObject(4, id);
                });
        return new SecretRotationResponse(secret, until);
    }

    /** Queues a test delivery ({@value EventCatalogue#TEST_TYPE}); it is not part of the feed. */
    public TestDeliveryResponse test(String municipality, UUID id) {
        WebhookSubscriptionResponse subscription = get(municipality, id);
        UUID eventId = UUID.randomUUID();
        String body = "{\"specversion\":\"1.0\",\"id\":\"" + eventId + "\",\"source\":\"" + source
                + "\",\"type\":\"" + EventCatalogue.TEST_TYPE + "\",\"subject\":\"webhook-subscriptions/" + id
                + "\",\"time\":\"" + Instant.now().truncatedTo(ChronoUnit.MICROS)
                + "\",\"datacontenttype\":\"application/json\",\"data\":{\"id\":\"" + id
                + "\",\"municipalityCode\":\"" + municipality + "\",\"version\":" + subscription.version()
                + ",\"href\":\"/v1/webhook-subscriptions/" + id + "\"}}";
        update("INSERT INTO webhook_delivery (id, subscription_id, municipality_code, event_id, event_type, payload)"
                + " VALUES (?, ?, ?, ?, ?, ?)", (c, ps) -> {
                    ps.setObject(1, UUID.randomUUID());
                    ps.setObject(2, id);
                    ps.setString(3, municipality);
                    ps.setObject(4, eventId);
                    ps.setString(5, EventCatalogue.TEST_TYPE);
                    ps.setString(6, body);
                });
        deliveries.wake();
        return new TestDeliveryResponse(eventId, subscription.enabled());
    }

    public Page<DeliveryAttemptResponse> attempts(String municipality, UUID id, Integer limit, String cursor) {
        get(municipality, id);
        String scope = municipality + "|webhook-deliveries|" + id;
        PageRequest page = cursors.read(limit, cursor, scope);
        List<DeliveryAttemptResponse> rows = new ArrayList<>();
        String sql = "SELECT id, event_id, event_type, attempt, at, status_code, duration_ms, outcome, reason"
                + " FROM webhook_attempt WHERE municipality_code = ? AND subscription_id = ?"
                + (page.after() != null ? " AND (at, id) > (?, ?)" : "") + " ORDER BY at, id LIMIT ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setString(i++, municipality);
            ps.setObject(i++, id);
            if (page.after() != null) {
                ps.setTimestamp(i++, Timestamp.from(page.after().createdAt()));
                ps.setObject(i++, page.after().id());
            }
            ps.setInt(i, page.limit() + 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new DeliveryAttemptResponse(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            rs.getString(3), rs.getInt(4), rs.getTimestamp(5).toInstant(),
                            (Integer) rs.getObject(6), rs.getInt(7), rs.getString(8), rs.getString(9)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read webhook deliveries", e);
        }
        return cursors.page(rows, page, scope, r -> new PageRequest.Position(r.at(), r.id()), r -> r);
    }

    private void checkUrl(String url, List<FieldError> errors) {
        if (url == null || url.isBlank()) {
            errors.add(new FieldError("url", "is required", "required"));
            return;
        }
        if (url.length() > 2000) {
            errors.add(new FieldError("url", "must be at most 2000 characters", "size"));
            return;
        }
        try {
            deliveries.guard().check(url);
        } catch (TargetGuard.Unresolved e) {
            // accepted: a name that does not resolve yet is checked again at every delivery
        } catch (TargetGuard.Refused e) {
            errors.add(new FieldError("url", e.getMessage(), "refused-target"));
        }
    }

    private void checkTypes(List<String> types, List<FieldError> errors) {
        if (types == null || types.isEmpty()) {
            errors.add(new FieldError("types", "must name at least one event type", "required"));
            return;
        }
        if (types.size() > 100) {
            errors.add(new FieldError("types", "must name at most 100 event types", "size"));
            return;
        }
        for (int i = 0; i < types.size(); i++) {
            if (!catalogue.contains(types.get(i))) {
                errors.add(new FieldError("types[" + i + "]", "is not an event type of this service", "unknown-code"));
            }
        }
    }

    private interface Binder {
        void bind(Connection c, PreparedStatement ps) throws SQLException;
    }

    private int update(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(c, ps);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store a webhook subscription", e);
        }
    }

    private List<WebhookSubscriptionResponse> query(String sql, List<Object> params) {
        List<WebhookSubscriptionResponse> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp failing = rs.getTimestamp(11);
                    Timestamp overlap = rs.getTimestamp(14);
                    rows.add(new WebhookSubscriptionResponse(rs.getObject(1, UUID.class), rs.getLong(3),
                            rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(), rs.getString(6),
                            List.of((String[]) rs.getArray(7).getArray()), rs.getObject(8, UUID.class),
                            rs.getString(9), rs.getBoolean(10), failing == null ? null : failing.toInstant(),
                            rs.getString(12), rs.getString(13),
                            overlap == null || overlap.toInstant().isBefore(Instant.now()) ? null
                                    : overlap.toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read webhook subscriptions", e);
        }
        return rows;
    }
}
