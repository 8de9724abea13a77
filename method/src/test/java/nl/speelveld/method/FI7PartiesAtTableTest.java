package nl.speelveld.method;

import static nl.speelveld.method.InputBuilder.input;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FI7PartiesAtTableTest {

    @ParameterizedTest
    @CsvSource({"0, LOW", "4, LOW", "5, MEDIUM", "7, MEDIUM", "8, HIGH"})
    void shouldCountGroupsOfAnySourceWithAVoice(int voiced, Band band) {
        InputBuilder b = input();
        String[] voices = {"ACTIVE_COPRODUCER", "ACTIVELY_INVOLVED", "REPRESENTED_WITH_MANDATE"};
        for (int i = 0; i < voiced; i++) {
            // affected or not, any source
            b.group("v" + i, i % 2 == 0 ? "POLITICS" : "BROADER_PUBLIC", voices[i % 3], i % 2 == 0, true, false, null);
        }
        b.group("silent", "BROADER_PUBLIC", "SPOKEN_FOR").group("out", "PUBLIC_ORGANISATION", "NOT_INVOLVED");
        FI7PartiesAtTable.Result r = FI7PartiesAtTable.compute(b.snapshot());
        assertEquals(voiced, r.indicator().value());
        assertEquals(band, r.band());
    }
}
