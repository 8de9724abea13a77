package nl.speelveld.stakeholder.shared;

import nl.speelveld.conventions.problem.ApiException;
import nl.speelveld.conventions.problem.FieldError;
import nl.speelveld.conventions.time.MunicipalDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the domain-rule failures of one request, so that a client learns about every invalid field at once
 * (docs/api-guide.md), also across the remote checks and the database checks.
 */
public final class Violations {

    private final List<FieldError> errors = new ArrayList<>();

    public void add(String field, String message, String code) {
        errors.add(new FieldError(field, message, code));
    }

    /** A date a person records may lie at most one day ahead ({@link MunicipalDates}). */
    public void notAfterTomorrow(LocalDate date, String field) {
        if (MunicipalDates.isMoreThanOneDayAhead(date)) {
            add(field, "must not lie in the future (at most tomorrow)", "range");
        }
    }

    /** Throws one 400 listing every collected field, if there is any. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ApiException.validation(List.copyOf(errors));
        }
    }
}
