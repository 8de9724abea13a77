package nl.speelveld.method;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;

import nl.speelveld.method.AssessmentOutcome.Input;

/**
 * An indicator's inputs that are made from records of the snapshot when they are read, not held: FI-6 and FI-8 rest
 * on every latest interest with a stance, 130,000 inputs at 10,000 groups, each with its own label ("group / issue").
 * Held, those labels were a quarter of the assessment's live heap; made when read, only the page being stored or
 * listed exists at a time. Immutable and repeatable: the records are copied and the function reads only the immutable
 * snapshot, so every read of an element gives an equal input, as a list of held inputs would.
 */
final class DerivedInputs<T> extends AbstractList<Input> implements RandomAccess {

    private final List<T> records;
    private final Function<T, Input> input;
    private final List<Input> then;

    private DerivedInputs(List<T> records, Function<T, Input> input, List<Input> then) {
        this.records = List.copyOf(records);
        this.input = input;
        this.then = List.copyOf(then);
    }

    /** One input per record (made by {@code input} when read), followed by the inputs {@code then}. */
    static <T> List<Input> of(List<T> records, Function<T, Input> input, List<Input> then) {
        return new DerivedInputs<>(records, input, then);
    }

    @Override
    public Input get(int index) {
        return index < records.size() ? input.apply(records.get(index)) : then.get(index - records.size());
    }

    @Override
    public int size() {
        return records.size() + then.size();
    }
}
