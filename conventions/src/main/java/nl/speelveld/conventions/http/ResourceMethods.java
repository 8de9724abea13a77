package nl.speelveld.conventions.http;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which HTTP methods the service supports on a path, read once from its JAX-RS resource classes. It gives a 405 its
 * {@code Allow} header, and turns the framework's 404 for a known path with an unsupported method (which happens when
 * two resource classes share a path prefix) into the 405 it should be.
 */
@ApplicationScoped
public class ResourceMethods {

    private record Route(Pattern path, String method) {
    }

    private volatile List<Route> routes;

    /** The methods allowed on {@code path} (e.g. {@code /v1/initiatives/42/issues}); empty for an unknown path. */
    public Set<String> allowed(String path) {
        Set<String> methods = new TreeSet<>();
        for (Route route : routes()) {
            if (route.path().matcher(path).matches()) {
                methods.add(route.method());
            }
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        if (!methods.isEmpty()) {
            methods.add("OPTIONS");
        }
        return methods;
    }

    private List<Route> routes() {
        if (routes == null) {
            List<Route> found = new ArrayList<>();
            for (InjectableBean<?> bean : Arc.container().beanManager().getBeans(Object.class).stream()
                    .filter(b -> b instanceof InjectableBean<?>).map(b -> (InjectableBean<?>) b).toList()) {
                Class<?> type = bean.getBeanClass();
                Path classPath = type.getAnnotation(Path.class);
                if (classPath == null) {
                    continue;
                }
                for (Method method : type.getMethods()) {
                    String verb = verbOf(method);
                    if (verb == null) {
                        continue;
                    }
                    Path methodPath = method.getAnnotation(Path.class);
                    String template = join(classPath.value(), methodPath == null ? "" : methodPath.value());
                    found.add(new Route(toPattern(template), verb));
                }
            }
            routes = found;
        }
        return routes;
    }

    private static String verbOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String join(String a, String b) {
        String path = ("/" + a + "/" + b).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** {@code /v1/x/{id}/y} → a pattern where each template variable matches one path segment. */
    static Pattern toPattern(String template) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                regex.append(Pattern.quote(template.substring(i)));
                break;
            }
            regex.append(Pattern.quote(template.substring(i, open)));
            int close = template.indexOf('}', open);
            regex.append("[^/]+");
            i = close + 1;
        }
        return Pattern.compile(regex + "/?");
    }
}
