package nl.speelveld.method;

import java.util.List;

import nl.speelveld.method.AssessmentOutcome.Indicator;
import nl.speelveld.method.AssessmentOutcome.Warning;

/** What every indicator rule returns: the indicator as it is shown, and the warnings it raised. */
interface IndicatorResult {
    Indicator indicator();

    List<Warning> warnings();

    default Band band() {
        return indicator().band();
    }
}
