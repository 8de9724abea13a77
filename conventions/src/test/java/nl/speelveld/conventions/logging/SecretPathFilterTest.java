package nl.speelveld.conventions.logging;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.logging.Level;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

class SecretPathFilterTest {

    static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJhIjoiMSJ9.c2lnbmF0dXJl";

    final SecretPathFilter filter = new SecretPathFilter(List.of("/v1/embed/"));

    @Test
    void shouldMaskTheTokenOfAnEmbedPathInTheAccessLogLine() {
        ExtLogRecord line = record("\"GET /v1/embed/" + TOKEN + "?locale=nl HTTP/1.1\" 200 5120 bytes 12 ms");

        assertThat(filter.isLoggable(line), is(true));
        assertThat(line.getMessage(), equalTo("\"GET /v1/embed/***?locale=nl HTTP/1.1\" 200 5120 bytes 12 ms"));
        assertThat(line.getMessage(), not(containsString(TOKEN)));
    }

    @Test
    void shouldMaskEveryOccurrenceAndTheStringParameters() {
        ExtLogRecord line = record("refused /v1/embed/" + TOKEN + " then /v1/embed/" + TOKEN + "/x for {0}");
        line.setParameters(new Object[] {"/v1/embed/" + TOKEN, 42});

        filter.isLoggable(line);

        assertThat(line.getMessage(), equalTo("refused /v1/embed/*** then /v1/embed/***/x for {0}"));
        assertThat(line.getParameters()[0], equalTo("/v1/embed/***"));
        assertThat(line.getParameters()[1], equalTo(42));
    }

    @Test
    void shouldLeaveOtherPathsAlone() {
        String text = "\"GET /v1/assessments/3f1c2a9e-8d4b-4c6f-9a1e-2b7d5c8e0f13 HTTP/1.1\" 200 900 bytes 8 ms";
        ExtLogRecord line = record(text);

        filter.isLoggable(line);

        assertThat(line.getMessage(), equalTo(text));
    }

    @Test
    void shouldMaskNothingWithoutPrefixes() {
        SecretPathFilter none = new SecretPathFilter(List.of(" "));
        ExtLogRecord line = record("GET /v1/embed/" + TOKEN);

        none.isLoggable(line);

        assertThat(line.getMessage(), equalTo("GET /v1/embed/" + TOKEN));
    }

    private static ExtLogRecord record(String message) {
        return new ExtLogRecord(Level.INFO, message, ExtLogRecord.FormatStyle.NO_FORMAT,
                SecretPathFilterTest.class.getName());
    }
}
