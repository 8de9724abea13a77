package nl.speelveld.conventions.time;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The municipalities' calendar: "today" and the dates shown are counted in the Netherlands, not in the server's zone.
 * A date on which something happened (raised, observed, decided, recorded) may lie at most one day ahead: tomorrow,
 * not today, so that a portal in another time zone or a late evening entry is not refused around midnight. This is
 * the one place that rule is written; each service words its own message.
 */
public final class MunicipalDates {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private MunicipalDates() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The date of an instant in the municipalities' calendar. */
    public static LocalDate of(java.time.Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** Whether a date lies more than one day ahead of today in the Netherlands (null is not). */
    public static boolean isMoreThanOneDayAhead(LocalDate date) {
        return date != null && date.isAfter(today().plusDays(1));
    }
}
