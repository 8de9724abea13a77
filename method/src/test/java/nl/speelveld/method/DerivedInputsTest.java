package nl.speelveld.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.speelveld.method.AssessmentOutcome.Input;

class DerivedInputsTest {

    private static final List<Input> OVERRIDES = List.of(new Input("o1", "conflict override a / b", "CONFLICT"));

    @Test
    void makesOneInputPerRecordWhenReadThenTheRest() {
        List<String> records = new ArrayList<>(List.of("a", "b", "c"));
        List<Input> inputs = DerivedInputs.of(records, r -> new Input(r, "label " + r, "SUPPORT"), OVERRIDES);
        records.clear(); // the list keeps its own copy of the records

        assertEquals(4, inputs.size());
        assertEquals(List.of(new Input("a", "label a", "SUPPORT"), new Input("b", "label b", "SUPPORT"),
                new Input("c", "label c", "SUPPORT"), OVERRIDES.get(0)), inputs);
        assertEquals(List.of(new Input("b", "label b", "SUPPORT"), new Input("c", "label c", "SUPPORT")),
                inputs.subList(1, 3));
        // made again at every read, and equal each time
        assertNotSame(inputs.get(0), inputs.get(0));
        assertEquals(inputs.get(0), inputs.get(0));
        assertThrows(IndexOutOfBoundsException.class, () -> inputs.get(4));
    }

    @Test
    void cannotBeChanged() {
        List<Input> inputs = DerivedInputs.of(List.of("a"), r -> new Input(r, r, null), List.of());
        assertThrows(UnsupportedOperationException.class, () -> inputs.add(new Input("x", "x", null)));
        assertThrows(UnsupportedOperationException.class, () -> inputs.remove(0));
    }

    @Test
    void anIndicatorKeepsTheListAsItIsAndListsItsFirstInputs() {
        List<Input> inputs = DerivedInputs.of(List.of("a", "b", "c"), r -> new Input(r, r, "OPPOSE"), List.of());
        AssessmentOutcome.Indicator indicator = new AssessmentOutcome.Indicator("FI-6", "FEASIBILITY_INCLUSIVITY",
                Map.of("nl", "x"), 0.5, Band.MEDIUM, "CD", inputs, 3, null, Map.of(), List.of(),
                Map.of());
        assertEquals(3, indicator.inputCount());
        assertEquals(inputs, indicator.inputs());
        AssessmentOutcome.Indicator listed = indicator.withInputsListed(2, "/v1/assessments/x/inputs?indicator=FI-6");
        assertEquals(List.of(new Input("a", "a", "OPPOSE"), new Input("b", "b", "OPPOSE")), listed.inputs());
        assertEquals(3, listed.inputCount());
    }
}
