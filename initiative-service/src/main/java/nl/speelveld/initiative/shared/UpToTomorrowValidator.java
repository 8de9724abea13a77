package nl.speelveld.initiative.shared;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import nl.speelveld.conventions.time.MunicipalDates;

import java.time.LocalDate;

/** Checks {@link UpToTomorrow}: not before 1900, and at most one day ahead ({@link MunicipalDates}). */
public class UpToTomorrowValidator implements ConstraintValidator<UpToTomorrow, LocalDate> {

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
        return value == null || (!value.isBefore(EARLIEST) && !MunicipalDates.isMoreThanOneDayAhead(value));
    }
}
