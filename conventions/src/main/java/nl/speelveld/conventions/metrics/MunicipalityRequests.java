package nl.speelveld.conventions.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import nl.speelveld.conventions.tenancy.Tenant;
import org.jboss.logging.MDC;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * {@code speelveld_municipality_requests_total{municipality, outcome}}: the requests of each municipality by status
 * class. The municipality is the one {@link Tenant} read from a verified token (it is in the request's MDC from then
 * on); a request refused before that (no or a bad token) is not counted here, so the label holds only the CBS codes of
 * municipalities that have tokens, never a value a client chose. The outcome is the status class, as in the
 * framework's {@code http_server_requests} ({@code SUCCESS}, {@code CLIENT_ERROR}, ...).
 */
@Provider
@Singleton
public class MunicipalityRequests implements ContainerResponseFilter {

    static final Pattern CBS_CODE = Pattern.compile("GM\\d{4}");
    static final String[] OUTCOMES = {"UNKNOWN", "INFORMATIONAL", "SUCCESS", "REDIRECTION", "CLIENT_ERROR",
        "SERVER_ERROR"};

    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    MunicipalityRequests(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object municipality = MDC.get(Tenant.MDC_KEY);
        if (municipality == null || !CBS_CODE.matcher(municipality.toString()).matches()) {
            return;
        }
        int status = response.getStatus();
        String outcome = status >= 100 && status < 600 ? OUTCOMES[status / 100] : OUTCOMES[0];
        counters.computeIfAbsent(municipality + " " + outcome, key -> Counter.builder("speelveld.municipality.requests")
                .tag("municipality", municipality.toString()).tag("outcome", outcome)
                .description("Requests of a municipality (the verified token's CBS code) by status class")
                .register(registry)).increment();
    }
}
