package nl.speelveld.conventions.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import nl.speelveld.conventions.problem.ApiException;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A query parameter sent more than once ({@code ?limit=1&limit=500}) is a 400 naming it (code {@code duplicate}),
 * unless the operation takes a list there (the event feed's {@code type}, "repeat the parameter for more"): the
 * framework would silently use the first value, and a client that sends two has a mistake to learn about
 * (docs/problems.md). Runs after authentication, like the other checks of a request.
 */
@Provider
@Priority(Priorities.USER)
public class RepeatedQueryParameters implements ContainerRequestFilter {

    private static final Map<Method, Set<String>> REPEATABLE = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        if (query == null || query.indexOf('&') < 0) {
            return;
        }
        Method method = resource == null ? null : resource.getResourceMethod();
        Set<String> repeatable = method == null ? Set.of() : REPEATABLE.computeIfAbsent(method,
                RepeatedQueryParameters::listParameters);
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            int times = parameter.getValue().size();
            if (times > 1 && !repeatable.contains(parameter.getKey())) {
                throw ApiException.invalidField(parameter.getKey(), "is sent " + times + " times; send it once",
                        "duplicate");
            }
        }
    }

    /** The query parameters the method takes as a list or set. */
    private static Set<String> listParameters(Method method) {
        Set<String> names = new HashSet<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null && Collection.class.isAssignableFrom(parameter.getType())) {
                names.add(query.value());
            }
        }
        return Set.copyOf(names);
    }
}
