package nl.speelveld.conventions.tenancy;

import jakarta.enterprise.context.RequestScoped;
import nl.speelveld.conventions.problem.ApiException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.MDC;

import java.util.regex.Pattern;

/**
 * The municipality the caller acts for. It comes from the verified bearer token's {@code municipality} claim and
 * from nowhere else: clients never send it, and every query is scoped to it.
 */
@RequestScoped
public class Tenant {

    /** The MDC key of the municipality code in the log lines of a request (docs/operations.md, "Logs"). */
    public static final String MDC_KEY = "municipality";
    private static final Pattern CBS_MUNICIPALITY = Pattern.compile("GM\\d{4}");

    private final JsonWebToken token;

    Tenant(JsonWebToken token) {
        this.token = token;
    }

    /** The CBS code of the caller's municipality, e.g. {@code GM0344}. */
    public String code() {
        Object claim = token == null ? null : token.getClaim("municipality");
        String code = claim == null ? null : claim.toString().replace("\"", "");
        if (code == null || !CBS_MUNICIPALITY.matcher(code).matches()) {
            throw ApiException.unauthorized("The token has no valid 'municipality' claim (a CBS code such as GM0344).");
        }
        // the later log lines of the request name the municipality (docs/operations.md, "Logs")
        MDC.put(MDC_KEY, code);
        return code;
    }

    /** The raw bearer token, passed on unchanged when this service reads another one (token propagation). */
    public String bearer() {
        return "Bearer " + token.getRawToken();
    }
}
