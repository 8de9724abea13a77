package nl.speelveld.conventions.vocabulary;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The vocabularies are answered from memory, so on the event loop: a hand-over to a worker thread per request cost
 * 14-16 % of the endpoint's CPU (issue 15). The services' own tests check what the endpoints answer, on that thread.
 */
class VocabularyResourceThreadingTest {

    @Test
    void shouldAnswerEveryVocabularyReadOnTheEventLoop() {
        List<Method> reads = Arrays.stream(VocabularyResource.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(GET.class)).toList();

        assertEquals(Set.of("list", "get"), reads.stream().map(Method::getName).collect(Collectors.toSet()));
        for (Method read : reads) {
            assertTrue(read.isAnnotationPresent(NonBlocking.class), read.getName() + " is @NonBlocking");
        }
    }
}
