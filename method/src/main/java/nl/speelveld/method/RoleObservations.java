package nl.speelveld.method;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import nl.speelveld.method.AssessmentInput.RoleObservation;
import nl.speelveld.method.AssessmentOutcome.Holder;

/**
 * Picking role observations: "latest" is the latest {@code observedOn}, then the latest {@code createdAt}, then the
 * later one in the input. The holder of an observation is its group when one is given, else its source.
 */
final class RoleObservations {

    private static final Comparator<RoleObservation> LATEST = Comparator
            .comparing(RoleObservation::observedOn, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(RoleObservation::createdAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()));

    private RoleObservations() {
    }

    /** The latest observation that matches and has a known role code, or null. */
    static RoleObservation latest(Snapshot s, Predicate<RoleObservation> which) {
        RoleObservation best = null;
        for (RoleObservation o : s.input.roleObservations()) {
            if (which.test(o) && Snapshot.roleValue(o.role()) != null
                    && (best == null || LATEST.compare(o, best) >= 0)) {
                best = o;
            }
        }
        return best;
    }

    /** The holder key: the group id where one is given, else the source. */
    static String holderKey(RoleObservation o) {
        return o.holderGroupId() != null && !o.holderGroupId().isBlank()
                ? "group:" + o.holderGroupId() : "source:" + o.holderSource();
    }

    /** The latest matching observation per holder, in order of the holder's first appearance in the input. */
    static List<RoleObservation> latestPerHolder(Snapshot s, Predicate<RoleObservation> which) {
        Map<String, RoleObservation> per = new LinkedHashMap<>();
        for (RoleObservation o : s.input.roleObservations()) {
            if (!which.test(o) || Snapshot.roleValue(o.role()) == null) {
                continue;
            }
            RoleObservation cur = per.get(holderKey(o));
            if (cur == null || LATEST.compare(o, cur) >= 0) {
                per.put(holderKey(o), o);
            }
        }
        return new ArrayList<>(per.values());
    }

    static Holder holder(Snapshot s, RoleObservation o) {
        boolean group = o.holderGroupId() != null && !o.holderGroupId().isBlank();
        return new Holder(o.holderSource(), group ? o.holderGroupId() : null, group ? s.groupName(o.holderGroupId()) : null);
    }

    /** The holder's name in a language: the group name, else the name of the source. */
    static String holderName(Snapshot s, RoleObservation o, String language) {
        Holder h = holder(s, o);
        return h.name() != null ? h.name() : Texts.name(h.source(), language);
    }
}
