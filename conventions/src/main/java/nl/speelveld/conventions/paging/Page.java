package nl.speelveld.conventions.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a collection: {@code items} and the opaque cursor of the next page ({@code null} on the last). */
public record Page<T>(List<T> items, String next) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), next);
    }
}
