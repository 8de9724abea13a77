package nl.speelveld.conventions.hardening;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.speelveld.devtools.PostgresTestResource;
import nl.speelveld.devtools.RawHttp;
import nl.speelveld.devtools.TestTokens;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

/**
 * Errors that the HTTP layer raises before any route runs (a malformed escape in the path, a request line or headers
 * over the limits) still answer with a problem document. Raw sockets, because a client library would refuse to send
 * such requests.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "conventions"))
class HttpLayerErrorsTest {

    static final String A = TestTokens.token("GM0344", "probes:read");

    @TestHTTPResource("/")
    URL root;

    @Test
    void shouldAnswerAMalformedEscapeInThePathWithAProblem() throws Exception {
        String answer = send("GET /v1/probes/%ZZ HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + A
                + "\r\nConnection: close\r\n\r\n");
        assertThat(answer, startsWith("HTTP/1.1 400"));
        assertThat(answer.toLowerCase(), containsString("content-type: application/problem+json"));
        assertThat(answer, containsString("\"status\":400"));
    }

    @Test
    void shouldAnswerARequestLineOverTheLimitWithAProblem() throws Exception {
        String answer = send("GET /v1/probes/" + "a".repeat(9000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(answer, startsWith("HTTP/1.1 414"));
        assertThat(answer.toLowerCase(), containsString("content-type: application/problem+json"));
        assertThat(answer, containsString("\"status\":414"));
    }

    @Test
    void shouldAnswerHeadersOverTheLimitWithAProblem() throws Exception {
        String answer = send("GET /v1/probes HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(64 * 1024)
                + "\r\nConnection: close\r\n\r\n");
        assertThat(answer, startsWith("HTTP/1.1 431"));
        assertThat(answer.toLowerCase(), containsString("content-type: application/problem+json"));
        assertThat(answer, containsString("\"status\":431"));
    }

    private String send(String request) throws Exception {
        return RawHttp.send(root, request);
    }
}
