package nl.speelveld.method;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import nl.speelveld.method.AssessmentInput.ConstituencyConsultation;
import nl.speelveld.method.AssessmentInput.Interest;
import nl.speelveld.method.AssessmentInput.Issue;
import nl.speelveld.method.AssessmentInput.ProblemDefinition;
import nl.speelveld.method.AssessmentInput.RoleObservation;
import nl.speelveld.method.AssessmentInput.StakeholderGroup;

/**
 * What-if scenarios: changes applied, in order, to a <em>copy</em> of an assessment's input snapshot, so that the
 * method can be run again on the changed copy with the same threshold set. Nothing here touches a stored record; the
 * result is a new {@link AssessmentInput}.
 *
 * <p>How each change reads the snapshot (the same rules as the method, docs/method.md):
 * <ul>
 *   <li>{@link ScopeIssue}: the issue's {@code inScope}; the problem definition of the copy is left as it is (it is the
 *       stored one the assessment read, and the scenario is not a new definition).</li>
 *   <li>{@link AddIssue}: a new issue with a generated id; the ids of added records are derived from the scenario's
 *       position of the change, so the same changes give the same outcome.</li>
 *   <li>{@link SetStance}: replaces the stance of the group's latest interest on the issue (keeping its id, kind,
 *       evidence and response); where the group has none, adds an interest recorded on asOf with evidence ASSUMED
 *       (a what-if stance is the civil servant's assumption).</li>
 *   <li>{@link Respond}: sets the response status of one interest.</li>
 *   <li>{@link TakeRole}: a new TAKEN observation on asOf, stored after every other observation, held by the
 *       municipality ({@code PUBLIC_ORGANISATION}).</li>
 *   <li>{@link AddConsultation}: a consultation without issue stances.</li>
 * </ul>
 */
public final class Scenarios {

    /** At most this many changes in one scenario. */
    public static final int MAX_CHANGES = 50;

    /** Every voice the method knows: those with a voice of their own and the silent ones. */
    static final Set<String> VOICES = union(Snapshot.VOICE_PLUS, Snapshot.SILENT);
    static final Set<String> SOURCES = Set.of("COPRODUCING_CITIZENS", "BROADER_PUBLIC", "PUBLIC_ORGANISATION",
            "POLITICS");
    static final Set<String> STANCES = Set.of("STRONGLY_OPPOSE", "OPPOSE", "NEUTRAL", "SUPPORT", "STRONGLY_SUPPORT",
            "UNKNOWN");
    static final Set<String> ROLES = Set.copyOf(Snapshot.ROLE_SCALE);
    static final Set<String> STATUSES = Set.of("OPEN", "ADOPTED", "PARTLY_ADOPTED", "NOT_ADOPTED", "OUT_OF_SCOPE",
            "REFERRED");

    /** One change of a scenario. */
    public sealed interface Change permits ScopeIssue, AddIssue, SetVoice, AddGroup, SetStance, Respond, TakeRole,
            AddConsultation {
    }

    /** Puts an issue in or out of scope. */
    public record ScopeIssue(String issueId, Boolean inScope) implements Change {
    }

    /** Raises a new issue. */
    public record AddIssue(Map<String, String> label, Boolean inScope) implements Change {
    }

    /** Gives a group another voice. */
    public record SetVoice(String groupId, String voice) implements Change {
    }

    /** Adds a stakeholder group. */
    public record AddGroup(String name, String source, Boolean affected, Boolean power, Boolean legitimacy,
                           Boolean urgency, String voice) implements Change {
    }

    /** Sets a group's stance on an issue (adds or replaces its latest interest there). */
    public record SetStance(String groupId, String issueId, String stance) implements Change {
    }

    /** Sets the municipality's response status of an interest. */
    public record Respond(String interestId, String status) implements Change {
    }

    /** The municipality takes this role (a new TAKEN observation on asOf). */
    public record TakeRole(String role) implements Change {
    }

    /** A consultation of a constituency by its representative group. */
    public record AddConsultation(String representativeGroupId, LocalDate heldOn, Integer respondents,
                                  Integer constituencySize) implements Change {
    }

    /** A change that does not fit the snapshot: its position in the list, the field, and why. */
    public static final class InvalidChange extends RuntimeException {
        private final int index;
        private final String field;

        InvalidChange(int index, String field, String message) {
            super(message);
            this.index = index;
            this.field = field;
        }

        /** The position of the change in the scenario, from 0. */
        public int index() {
            return index;
        }

        /** The field of the change that does not fit, e.g. {@code groupId}. */
        public String field() {
            return field;
        }
    }

    private Scenarios() {
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /**
     * The snapshot with the changes applied in order.
     *
     * @throws InvalidChange when a change does not fit the snapshot as changed by the ones before it
     */
    public static AssessmentInput apply(AssessmentInput base, List<? extends Change> changes) {
        Objects.requireNonNull(base, "base");
        if (changes == null || changes.isEmpty() || changes.size() > MAX_CHANGES) {
            throw new InvalidChange(-1, "changes", "must hold 1 to " + MAX_CHANGES + " changes");
        }
        Copy c = new Copy(base);
        for (int i = 0; i < changes.size(); i++) {
            c.apply(i, changes.get(i));
        }
        return c.build();
    }

    /** A mutable working copy of a snapshot. */
    private static final class Copy {
        private final AssessmentInput base;
        private final Map<String, Issue> issues = new LinkedHashMap<>();
        private final Map<String, StakeholderGroup> groups = new LinkedHashMap<>();
        private final List<Interest> interests;
        private final List<RoleObservation> roles;
        private final List<ConstituencyConsultation> consultations;
        private Instant clock;

        Copy(AssessmentInput base) {
            this.base = base;
            base.issues().forEach(i -> issues.putIfAbsent(i.id(), i));
            base.groups().forEach(g -> groups.putIfAbsent(g.id(), g));
            interests = new ArrayList<>(base.interests());
            roles = new ArrayList<>(base.roleObservations());
            consultations = new ArrayList<>(base.constituencyConsultations());
            clock = Instant.EPOCH;
            for (Interest it : interests) {
                clock = later(clock, it.createdAt());
            }
            for (RoleObservation o : roles) {
                clock = later(clock, o.createdAt());
            }
        }

        private static Instant later(Instant a, Instant b) {
            return b != null && b.isAfter(a) ? b : a;
        }

        /** A moment after every record in the copy: what the scenario adds is the latest stored. */
        private Instant tick() {
            clock = clock.plusSeconds(1);
            return clock;
        }

        private static String id(int index, String kind) {
            return UUID.nameUUIDFromBytes(("speelveld-scenario:" + index + ":" + kind).getBytes()).toString();
        }

        void apply(int i, Change change) {
            if (change == null) {
                throw new InvalidChange(i, "kind", "is missing");
            }
            if (change instanceof ScopeIssue x) {
                Issue issue = issue(i, "issueId", x.issueId());
                issues.put(issue.id(), new Issue(issue.id(), issue.label(), required(i, "inScope", x.inScope())));
            } else if (change instanceof AddIssue x) {
                if (x.label() == null || x.label().isEmpty()) {
                    throw new InvalidChange(i, "label", "is required");
                }
                String id = id(i, "issue");
                issues.put(id, new Issue(id, x.label(), required(i, "inScope", x.inScope())));
            } else if (change instanceof SetVoice x) {
                StakeholderGroup g = group(i, "groupId", x.groupId());
                groups.put(g.id(), new StakeholderGroup(g.id(), g.name(), g.source(), g.affected(), g.power(),
                        g.legitimacy(), g.urgency(), code(i, "voice", x.voice(), VOICES), g.estimatedSize(),
                        g.hardToReach()));
            } else if (change instanceof AddGroup x) {
                if (x.name() == null || x.name().isBlank()) {
                    throw new InvalidChange(i, "name", "is required");
                }
                String id = id(i, "group");
                groups.put(id, new StakeholderGroup(id, x.name(), code(i, "source", x.source(), SOURCES),
                        required(i, "affected", x.affected()), required(i, "power", x.power()),
                        required(i, "legitimacy", x.legitimacy()), required(i, "urgency", x.urgency()),
                        code(i, "voice", x.voice(), VOICES), null, false));
            } else if (change instanceof SetStance x) {
                setStance(i, x);
            } else if (change instanceof Respond x) {
                String status = code(i, "status", x.status(), STATUSES);
                int at = interestIndex(i, x.interestId());
                Interest it = interests.get(at);
                interests.set(at, new Interest(it.id(), it.groupId(), it.issueId(), it.kind(), it.stance(),
                        it.evidence(), it.recordedOn(), it.createdAt(), status));
            } else if (change instanceof TakeRole x) {
                roles.add(new RoleObservation(id(i, "role"), "TAKEN", "PUBLIC_ORGANISATION", null,
                        code(i, "role", x.role(), ROLES), base.asOf(), tick()));
            } else if (change instanceof AddConsultation x) {
                StakeholderGroup g = group(i, "representativeGroupId", x.representativeGroupId());
                if (x.heldOn() == null) {
                    throw new InvalidChange(i, "heldOn", "is required");
                }
                int size = required(i, "constituencySize", x.constituencySize());
                int respondents = required(i, "respondents", x.respondents());
                if (size < 1) {
                    throw new InvalidChange(i, "constituencySize", "must be at least 1");
                }
                if (respondents < 0 || respondents > size) {
                    throw new InvalidChange(i, "respondents", "must lie between 0 and constituencySize");
                }
                consultations.add(new ConstituencyConsultation(id(i, "consultation"), g.id(), null, x.heldOn(),
                        size, respondents, List.of()));
            }
        }

        private void setStance(int i, SetStance x) {
            StakeholderGroup g = group(i, "groupId", x.groupId());
            Issue issue = issue(i, "issueId", x.issueId());
            String stance = code(i, "stance", x.stance(), STANCES);
            Interest latest = InterestMatrix.of(List.copyOf(issues.values()), List.copyOf(groups.keySet()),
                    interests, List.of()).latest(g.id(), issue.id());
            if (latest != null) {
                int at = interests.indexOf(latest);
                interests.set(at, new Interest(latest.id(), latest.groupId(), latest.issueId(), latest.kind(), stance,
                        latest.evidence(), latest.recordedOn(), latest.createdAt(), latest.responseStatus()));
            } else {
                interests.add(new Interest(id(i, "interest"), g.id(), issue.id(), "INTEREST", stance, "ASSUMED",
                        base.asOf(), tick(), "OPEN"));
            }
        }

        private Issue issue(int i, String field, String id) {
            Issue issue = id == null ? null : issues.get(id);
            if (issue == null) {
                throw new InvalidChange(i, field, id == null ? "is required" : "is not an issue of this assessment");
            }
            return issue;
        }

        private StakeholderGroup group(int i, String field, String id) {
            StakeholderGroup g = id == null ? null : groups.get(id);
            if (g == null) {
                throw new InvalidChange(i, field, id == null ? "is required"
                        : "is not a stakeholder group of this assessment");
            }
            return g;
        }

        private int interestIndex(int i, String id) {
            for (int at = 0; id != null && at < interests.size(); at++) {
                if (id.equals(interests.get(at).id())) {
                    return at;
                }
            }
            throw new InvalidChange(i, "interestId", id == null ? "is required"
                    : "is not an interest of this assessment");
        }

        private static <T> T required(int i, String field, T value) {
            if (value == null) {
                throw new InvalidChange(i, field, "is required");
            }
            return value;
        }

        private static String code(int i, String field, String value, Set<String> allowed) {
            if (value == null) {
                throw new InvalidChange(i, field, "is required");
            }
            if (!allowed.contains(value)) {
                throw new InvalidChange(i, field, "has an unknown code '" + value + "'; allowed: "
                        + allowed.stream().sorted().toList());
            }
            return value;
        }

        AssessmentInput build() {
            ProblemDefinition pd = base.problemDefinition();
            return new AssessmentInput(base.asOf(), base.referenceProfileIds(), base.initiative(),
                    List.copyOf(issues.values()), List.copyOf(groups.values()), interests, base.conflictOverrides(),
                    roles, base.keyDecisions(), base.participantProfiles(), base.populationProfiles(),
                    base.coreGroupSnapshots(), consultations, pd);
        }
    }
}
