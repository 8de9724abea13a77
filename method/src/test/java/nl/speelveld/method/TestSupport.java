package nl.speelveld.method;

import java.util.List;

final class TestSupport {

    private TestSupport() {
    }

    static List<String> warningCodes(IndicatorResult r) {
        return r.warnings().stream().map(AssessmentOutcome.Warning::code).toList();
    }

    static List<String> warningCodes(AssessmentOutcome o) {
        return o.warnings().stream().map(AssessmentOutcome.Warning::code).distinct().sorted().toList();
    }

    static List<String> questionCodes(AssessmentOutcome o) {
        return o.questions().stream().map(AssessmentOutcome.Question::code).toList();
    }
}
