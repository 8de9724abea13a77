package nl.speelveld.assessment;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.speelveld.devtools.PostgresTestResource;
import nl.speelveld.devtools.RawHttp;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

/**
 * A broken escape ({@code %ZZ}) in any path of this service, the embed pages' included, is a 400 problem document
 * (issue 13; bench/bad-input.py found 22 bare 400s here: the embed pages' regex route made the router decode the path
 * before the conventions could answer). Raw sockets, because a client library refuses to send such a path.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
@QuarkusTestResource(StubbedServices.class)
class MalformedPathTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void shouldAnswerABrokenEscapeWithAProblemDocumentOnEveryPath() throws Exception {
        for (String path : List.of("/v1/assessments/%ZZ", "/v1/assessments/%ZZ/chart.svg",
                "/v1/assessment-timelines/%ZZ", "/v1/embed/%ZZ", "/v1/embed/abc%ZZ", "/v1/%ZZ")) {
            String answer = send("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            assertThat(path, answer, startsWith("HTTP/1.1 400"));
            assertThat(path, answer.toLowerCase(), containsString("content-type: application/problem+json"));
            assertThat(path, answer, containsString("\"status\":400"));
        }
    }

    private String send(String request) throws Exception {
        return RawHttp.send(root, request);
    }
}
