package nl.speelveld.conventions.client;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.ServerErrorException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns an error answer of another service into the exception its status class calls for: a 4xx into a
 * {@link ClientErrorException}, a 5xx into a {@link ServerErrorException}, both keeping the response and its status.
 * The REST client's default mapper throws a plain {@link WebApplicationException} for both, so the fault-tolerance
 * annotations of the clients ({@code abortOn}/{@code skipOn = ClientErrorException.class}) could not tell them apart:
 * an unknown id (404) was retried and counted as a failure, and a few of them opened the circuit for everyone.
 * A service registers it on each of its REST client interfaces with {@code @RegisterProvider(StatusExceptions.class)}.
 */
public final class StatusExceptions implements ResponseExceptionMapper<WebApplicationException> {

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400 && status < 600;
    }

    @Override
    public WebApplicationException toThrowable(Response response) {
        int status = response.getStatus();
        if (status >= 400 && status < 500) {
            return new ClientErrorException(response);
        }
        if (status >= 500 && status < 600) {
            return new ServerErrorException(response);
        }
        return null;
    }
}
