package nl.speelveld.conventions.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps exception class names out of the metrics (issue 13): the framework counts network errors of the HTTP server
 * and client ({@code http_server_errors_total}, {@code http_client_errors_total}) with the exception's class name as
 * the label {@code class} ({@code java.net.SocketException}, {@code io.netty...}), and some binders label with
 * {@code exception}. Those labels are dropped: the counts stay, summed per meter, and the metrics say nothing about
 * the code inside. Every service has Micrometer; the conventions only compile against it.
 * <p>
 * Keeps ids out of the {@code uri} label (issue 14): the framework labels a request with its route template
 * ({@code /v1/assessments/{id}}), but a request that matched no resource method (a 405 on an append-only resource, a
 * path the router refused) is labelled with its raw path. Each path segment that is an id (a UUID, a number, or a
 * token: 20 or more URL-safe characters with a digit among them) becomes {@code {id}}, so the number of series stays
 * bounded whatever the callers send.
 */
@Singleton
public class MetricsLabels {

    static final Set<String> DROPPED = Set.of("class", "exception");
    static final Pattern ID_SEGMENT = Pattern.compile("(?<=/)(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}"
            + "-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9]+|(?=[A-Za-z_-]*[0-9])[A-Za-z0-9_-]{20,})(?=/|$)");

    /** The uri label with every id segment replaced by {@code {id}}. */
    static String withoutIds(String uri) {
        return ID_SEGMENT.matcher(uri).replaceAll("{id}");
    }

    @Produces
    @Singleton
    MeterFilter noIdsInUris() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                String uri = id.getTag("uri");
                if (uri == null) {
                    return id;
                }
                String template = withoutIds(uri);
                return template.equals(uri) ? id : id.withTag(Tag.of("uri", template));
            }
        };
    }

    @Produces
    @Singleton
    MeterFilter noExceptionClasses() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                List<Tag> kept = new ArrayList<>();
                boolean dropped = false;
                for (Tag tag : id.getTagsAsIterable()) {
                    if (DROPPED.contains(tag.getKey())) {
                        dropped = true;
                    } else {
                        kept.add(tag);
                    }
                }
                return dropped ? id.replaceTags(kept) : id;
            }
        };
    }
}
