package nl.speelveld.conventions.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Keeps exception class names out of the metrics (issue 13): the framework counts network errors of the HTTP server
 * and client ({@code http_server_errors_total}, {@code http_client_errors_total}) with the exception's class name as
 * the label {@code class} ({@code java.net.SocketException}, {@code io.netty...}), and some binders label with
 * {@code exception}. Those labels are dropped: the counts stay, summed per meter, and the metrics say nothing about
 * the code inside. Every service has Micrometer; the conventions only compile against it.
 */
@Singleton
public class MetricsLabels {

    static final Set<String> DROPPED = Set.of("class", "exception");

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
