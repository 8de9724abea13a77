package nl.speelveld.conventions.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import nl.speelveld.conventions.problem.ApiException;

import java.util.List;
import java.util.Map;

/**
 * A query parameter sent more than once ({@code ?limit=1&limit=500}) is a 400 naming it (code {@code duplicate}).
 * No operation takes a list in the query, and the framework would silently use the first value; a client that sends
 * two has a mistake to learn about (docs/problems.md). Runs after authentication, like the other checks of a request.
 */
@Provider
@Priority(Priorities.USER)
public class RepeatedQueryParameters implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        if (query == null || query.indexOf('&') < 0) {
            return;
        }
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            int times = parameter.getValue().size();
            if (times > 1) {
                throw ApiException.invalidField(parameter.getKey(), "is sent " + times + " times; send it once",
                        "duplicate");
            }
        }
    }
}
