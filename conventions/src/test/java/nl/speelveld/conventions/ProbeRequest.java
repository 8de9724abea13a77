package nl.speelveld.conventions;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import nl.speelveld.conventions.text.Localized;

import java.util.Map;

public record ProbeRequest(@NotNull @Localized(max = 20) Map<String, String> name, @NotNull Kind kind,
        @PositiveOrZero @Max(1000) Integer size, java.time.LocalDate seenOn, java.util.List<String> notes,
        Boolean open) {

    public enum Kind { SMALL, LARGE }
}
