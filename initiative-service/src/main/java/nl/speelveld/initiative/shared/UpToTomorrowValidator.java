package nl.speelveld.initiative.shared;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.time.LocalDate;
import java.time.ZoneId;

/** Checks {@link UpToTomorrow}; "today" is the date in the Netherlands, where the municipalities are. */
public class UpToTomorrowValidator implements ConstraintValidator<UpToTomorrow, LocalDate> {

    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
        return value == null || (!value.isBefore(EARLIEST) && !value.isAfter(today().plusDays(1)));
    }

    public static LocalDate today() {
        return LocalDate.now(NETHERLANDS);
    }
}
