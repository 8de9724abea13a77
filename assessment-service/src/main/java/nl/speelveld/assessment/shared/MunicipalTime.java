package nl.speelveld.assessment.shared;

import java.time.ZoneId;

/** The municipalities' time zone: "today" and the dates shown are counted in it, not in the server's zone. */
public final class MunicipalTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private MunicipalTime() {
    }
}
