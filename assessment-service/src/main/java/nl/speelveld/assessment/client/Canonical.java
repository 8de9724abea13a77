package nl.speelveld.assessment.client;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One instance of each repeated value within one read of an initiative. A JSON parser makes a new string for every
 * value it reads: an initiative of 10,000 groups has 100,000 interests that name the same few thousand group ids, a
 * handful of issue ids and a dozen codes, about a kilobyte per interest as parsed. Keeping one copy of each (and
 * leaving out the statements where the reader does not need them) is what lets an assessment of that size fit the
 * service's heap (bench/README.md, "Assessment of 10,000 groups"). Unique values (record ids, creation times,
 * names) are kept as they are and never enter the table.
 */
final class Canonical {

    private final Map<Object, Object> seen = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    <T> T of(T value) {
        return value == null ? null : (T) seen.computeIfAbsent(value, v -> v);
    }

    Dtos.StakeholderGroup group(Dtos.StakeholderGroup g) {
        return new Dtos.StakeholderGroup(g.id(), of(g.initiativeId()), g.name(), of(g.source()), of(g.category()),
                g.affected(), g.power(), g.legitimacy(), g.urgency(), of(g.voice()), of(g.voiceEvidence()),
                g.estimatedSize(), g.hardToReach(), of(g.salienceClass()),
                g.barriers() == null ? null : of(List.copyOf(g.barriers())));
    }

    /** @param statements whether the interest's statement is kept (the participation report shows it) */
    Dtos.Interest interest(Dtos.Interest x, boolean statements) {
        return new Dtos.Interest(x.id(), of(x.initiativeId()), of(x.groupId()), of(x.issueId()), of(x.kind()),
                statements ? text(x.statement()) : null, of(x.stance()), of(x.intensity()), of(x.evidence()),
                of(x.recordedOn()), x.createdAt(), of(x.response()));
    }

    /**
     * A text in one language as a compact immutable map with one copy of the language code (a parsed map of one
     * entry takes three times the room); a text in several languages (or with a null) as read, in its order.
     */
    private Map<String, String> text(Map<String, String> text) {
        if (text == null || text.size() != 1) {
            return text;
        }
        Map.Entry<String, String> e = text.entrySet().iterator().next();
        return e.getKey() == null || e.getValue() == null ? text : Map.of(of(e.getKey()), e.getValue());
    }
}
