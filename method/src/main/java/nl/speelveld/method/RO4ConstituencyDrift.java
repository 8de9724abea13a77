package nl.speelveld.method;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.speelveld.method.AssessmentInput.ConstituencyConsultation;
import nl.speelveld.method.AssessmentInput.CoreGroupSnapshot;
import nl.speelveld.method.AssessmentInput.Interest;
import nl.speelveld.method.AssessmentInput.ParticipantProfile;
import nl.speelveld.method.AssessmentInput.StakeholderGroup;
import nl.speelveld.method.AssessmentOutcome.Indicator;
import nl.speelveld.method.AssessmentOutcome.Input;
import nl.speelveld.method.AssessmentOutcome.Warning;

/**
 * RO-4 constituency drift (achterban-drift): the number of drift signals of the core, i.e. the groups with source
 * COPRODUCING_CITIZENS. Count band {@code band.ro4.medium}/{@code band.ro4.high} (0 LOW, 1 MEDIUM, ≥2 HIGH).
 * NOT_COMPUTED, with warning NOT_COMPUTED, only when there is no core group at all (docs/method.md).
 * With several core groups, S1, S2 and S6 are evaluated per core group and each signal counts once when any core
 * group meets it; S3 to S5 read only consultations whose representative group is a core group. Every ratio is
 * compared exactly ({@link Exact}). {@code inputs} list every record a signal read: the profiles of S1, the
 * snapshots of S2 and S6, the latest core consultation (S3), the consultation of S4, and the consultation of S5
 * with the representative group's latest interests it was compared with. All windows run from asOf minus N months to asOf, both ends
 * included; profiles, snapshots and consultations dated after asOf (or undated) are not read. Only consultations
 * whose representative group is a core group count. A signal whose data are missing is simply not raised.
 * <ul>
 *   <li>S1: for some core group and headline scope with at least two comparable profiles, the headline D (the
 *       profile's largest D, see {@link RepresentationGaps}) of its latest profile minus that of its first profile
 *       (by measuredOn) is ≥ {@code ro4.s1.minRise}.</li>
 *   <li>S2: for some core group, its latest snapshot has coreJoinedLast24Months / coreSize &lt;
 *       {@code ro4.s2.minRenewal} (coreSize 0 is skipped).</li>
 *   <li>S3: no core consultation held in the {@code ro4.s3.window.months} months up to asOf.</li>
 *   <li>S4: the latest core consultation within {@code ro4.s4.window.months} months has respondents /
 *       constituencySize &lt; {@code ro4.s4.minReach}.</li>
 *   <li>S5: in the latest core consultation (any age), the share of its issue stances where the representative group's
 *       latest interest and the constituency's majority have the same sign is &lt; {@code ro4.s5.minAlignment}; issues
 *       where either side is neutral, unknown or absent are left out, and with none left S5 is not raised.
 *       STALE_CONSULTATION when that consultation is older than {@code ro4.s5.stale.months} months.</li>
 *   <li>S6: for some core group, membersTotal fell by ≥ {@code ro4.s6.minDrop} (as a fraction of the earlier value)
 *       between its earliest and latest snapshot with a membersTotal within {@code ro4.s6.window.months} months.</li>
 * </ul>
 */
final class RO4ConstituencyDrift {

    record Result(Indicator indicator, List<Warning> warnings, List<String> signals, List<String> misalignedIssueIds)
            implements IndicatorResult {
    }

    private RO4ConstituencyDrift() {
    }

    static Result compute(Snapshot s) {
        Thresholds t = s.thresholds;
        Set<String> core = s.groups.values().stream().filter(g -> Snapshot.CORE_SOURCE.equals(g.source()))
                .map(StakeholderGroup::id).collect(Collectors.toCollection(LinkedHashSet::new));
        List<Warning> warnings = new ArrayList<>();
        List<Input> inputs = new ArrayList<>();
        Map<String, Object> checks = new LinkedHashMap<>();
        List<String> signals = new ArrayList<>();
        List<String> misaligned = new ArrayList<>();
        if (core.isEmpty()) {
            warnings.add(IndicatorCatalog.notComputed("RO-4", "er is geen groep coproducerende burgers.",
                    "there is no group of co-producing citizens."));
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("signals", List.of());
            details.put("checks", checks);
            Indicator ind = IndicatorCatalog.build("RO-4", null, Band.NOT_COMPUTED, "signals = null", inputs,
                    IndicatorCatalog.explain(Band.NOT_COMPUTED, "Er is geen kern van actieve burgers vastgelegd.",
                            "No core of active citizens has been recorded."), details);
            return new Result(ind, List.copyOf(warnings), List.of(), List.of());
        }

        // S1: rise of the headline D per core group and scope
        boolean s1 = false;
        List<Object> s1Details = new ArrayList<>();
        Map<String, List<ParticipantProfile>> profilesByGroup = s.input.participantProfiles().stream()
                .filter(p -> p.groupId() != null).collect(Collectors.groupingBy(ParticipantProfile::groupId));
        for (String g : core) {
            for (String scope : List.of("CORE_GROUP", "ACTIVE_PARTICIPANTS", "MEMBERS")) {
                List<ParticipantProfile> ps = profilesByGroup.getOrDefault(g, List.of()).stream()
                        .filter(p -> scope.equals(p.scope()) && notAfter(s, p.measuredOn()))
                        .sorted(Comparator.comparing(ParticipantProfile::measuredOn)).toList();
                List<RepresentationGaps.Gap> heads = new ArrayList<>();
                for (ParticipantProfile p : ps) {
                    RepresentationGaps.Gap h = RepresentationGaps.of(s, p).headline();
                    if (h != null) {
                        heads.add(h);
                    }
                }
                if (heads.size() < 2) {
                    continue;
                }
                RepresentationGaps.Gap first = heads.get(0);
                RepresentationGaps.Gap last = heads.get(heads.size() - 1);
                Exact rise = last.d().minus(first.d());
                boolean hit = rise.ge(t.get("ro4.s1.minRise"));
                s1 |= hit;
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("groupId", g);
                m.put("scope", scope);
                m.put("firstProfileId", first.profile().id());
                m.put("firstD", first.d().round3());
                m.put("latestProfileId", last.profile().id());
                m.put("latestD", last.d().round3());
                m.put("rise", rise.round3());
                m.put("signal", hit);
                s1Details.add(m);
                inputs.add(new Input(first.profile().id(), "S1 first profile", first.d().round3()));
                inputs.add(new Input(last.profile().id(), "S1 latest profile", last.d().round3()));
            }
        }
        checks.put("S1", s1Details);
        if (s1) {
            signals.add("S1");
        }

        // S2 and S6: core-group snapshots
        boolean s2 = false;
        boolean s6 = false;
        List<Object> s2Details = new ArrayList<>();
        List<Object> s6Details = new ArrayList<>();
        int s6Months = t.integer("ro4.s6.window.months");
        Map<String, List<CoreGroupSnapshot>> snapshotsByGroup = s.input.coreGroupSnapshots().stream()
                .filter(c -> c.groupId() != null).collect(Collectors.groupingBy(CoreGroupSnapshot::groupId));
        for (String g : core) {
            List<CoreGroupSnapshot> snaps = snapshotsByGroup.getOrDefault(g, List.of()).stream()
                    .filter(c -> notAfter(s, c.takenOn()))
                    .sorted(Comparator.comparing(CoreGroupSnapshot::takenOn)).toList();
            if (!snaps.isEmpty()) {
                CoreGroupSnapshot latest = snaps.get(snaps.size() - 1);
                if (latest.coreSize() > 0) {
                    Exact renewal = Exact.ratio(latest.coreJoinedLast24Months(), latest.coreSize());
                    boolean hit = renewal.lt(t.get("ro4.s2.minRenewal"));
                    s2 |= hit;
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("groupId", g);
                    m.put("snapshotId", latest.id());
                    m.put("takenOn", latest.takenOn().toString());
                    m.put("coreJoinedLast24Months", latest.coreJoinedLast24Months());
                    m.put("coreSize", latest.coreSize());
                    m.put("renewal", renewal.round3());
                    m.put("signal", hit);
                    s2Details.add(m);
                    inputs.add(new Input(latest.id(), "S2 latest snapshot", renewal.round3()));
                }
            }
            List<CoreGroupSnapshot> window = snaps.stream()
                    .filter(c -> c.membersTotal() != null && s.within(c.takenOn(), s6Months)).toList();
            if (window.size() >= 2 && window.get(0).membersTotal() > 0) {
                CoreGroupSnapshot first = window.get(0);
                CoreGroupSnapshot last = window.get(window.size() - 1);
                Exact drop = Exact.ratio(first.membersTotal() - last.membersTotal(), first.membersTotal());
                boolean hit = drop.ge(t.get("ro4.s6.minDrop"));
                s6 |= hit;
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("groupId", g);
                m.put("firstSnapshotId", first.id());
                m.put("firstMembersTotal", first.membersTotal());
                m.put("latestSnapshotId", last.id());
                m.put("latestMembersTotal", last.membersTotal());
                m.put("drop", drop.round3());
                m.put("signal", hit);
                s6Details.add(m);
                inputs.add(new Input(first.id(), "S6 earliest snapshot", first.membersTotal()));
                inputs.add(new Input(last.id(), "S6 latest snapshot", last.membersTotal()));
            }
        }
        checks.put("S2", s2Details);

        // S3, S4, S5: consultations by the core
        List<ConstituencyConsultation> consultations = s.input.constituencyConsultations().stream()
                .filter(c -> core.contains(c.representativeGroupId()) && notAfter(s, c.heldOn()))
                .sorted(Comparator.comparing(ConstituencyConsultation::heldOn)).toList();
        int s3Months = t.integer("ro4.s3.window.months");
        boolean s3 = consultations.stream().noneMatch(c -> s.within(c.heldOn(), s3Months));
        Map<String, Object> s3Detail = new LinkedHashMap<>();
        s3Detail.put("windowFrom", s.windowStart(s3Months).toString());
        s3Detail.put("lastHeldOn", consultations.isEmpty() ? null
                : consultations.get(consultations.size() - 1).heldOn().toString());
        if (!consultations.isEmpty()) {
            ConstituencyConsultation last = consultations.get(consultations.size() - 1);
            s3Detail.put("lastConsultationId", last.id());
            inputs.add(new Input(last.id(), "S3 latest core consultation", last.heldOn().toString()));
        }
        s3Detail.put("signal", s3);
        checks.put("S3", s3Detail);
        if (s2) {
            signals.add("S2");
        }
        if (s3) {
            signals.add("S3");
        }

        int s4Months = t.integer("ro4.s4.window.months");
        List<ConstituencyConsultation> recent = consultations.stream()
                .filter(c -> s.within(c.heldOn(), s4Months)).toList();
        boolean s4 = false;
        Map<String, Object> s4Detail = new LinkedHashMap<>();
        if (!recent.isEmpty()) {
            ConstituencyConsultation c = recent.get(recent.size() - 1);
            if (c.constituencySize() > 0) {
                Exact reach = Exact.ratio(c.respondents(), c.constituencySize());
                s4 = reach.lt(t.get("ro4.s4.minReach"));
                s4Detail.put("consultationId", c.id());
                s4Detail.put("respondents", c.respondents());
                s4Detail.put("constituencySize", c.constituencySize());
                s4Detail.put("reach", reach.round3());
                inputs.add(new Input(c.id(), "S4 reach " + c.heldOn(), reach.round3()));
            }
        }
        s4Detail.put("signal", s4);
        checks.put("S4", s4Detail);
        if (s4) {
            signals.add("S4");
        }

        boolean s5 = false;
        Map<String, Object> s5Detail = new LinkedHashMap<>();
        if (!consultations.isEmpty()) {
            ConstituencyConsultation c = consultations.get(consultations.size() - 1);
            int compared = 0;
            int aligned = 0;
            List<Input> compares = new ArrayList<>();
            for (ConstituencyConsultation.IssueStance st : c.issueStances()) {
                int theirs = Snapshot.sign(st.majorityStance());
                Interest mine = s.latest(c.representativeGroupId(), st.issueId());
                int ours = mine == null ? 0 : Snapshot.sign(mine.stance());
                if (mine != null) {
                    compares.add(new Input(mine.id(), "S5 stance of " + s.groupName(mine.groupId()) + " / "
                            + s.issueText(mine.issueId(), "nl"), mine.stance()));
                }
                if (theirs == 0 || ours == 0) {
                    continue;
                }
                compared++;
                if (theirs == ours) {
                    aligned++;
                } else {
                    misaligned.add(st.issueId());
                }
            }
            Exact share = Exact.ratioOrNull(aligned, compared);
            s5 = share != null && share.lt(t.get("ro4.s5.minAlignment"));
            s5Detail.put("consultationId", c.id());
            s5Detail.put("heldOn", c.heldOn().toString());
            s5Detail.put("issuesCompared", compared);
            s5Detail.put("issuesAligned", aligned);
            s5Detail.put("alignment", Exact.round3(share));
            s5Detail.put("misalignedIssueIds", List.copyOf(misaligned));
            inputs.add(new Input(c.id(), "S5 alignment " + c.heldOn(), Exact.round3(share)));
            inputs.addAll(compares);
            int stale = t.integer("ro4.s5.stale.months");
            if (c.heldOn().isBefore(s.windowStart(stale))) {
                warnings.add(IndicatorCatalog.warning("STALE_CONSULTATION",
                        "De laatste achterbanraadpleging (" + c.heldOn() + ") is ouder dan " + stale + " maanden.",
                        "The latest constituency consultation (" + c.heldOn() + ") is older than " + stale
                                + " months."));
            }
        }
        s5Detail.put("signal", s5);
        checks.put("S5", s5Detail);
        if (s5) {
            signals.add("S5");
        }
        checks.put("S6", s6Details);
        if (s6) {
            signals.add("S6");
        }

        int count = signals.size();
        Band band = Bands.count(count, t, "ro4");
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("signals", List.copyOf(signals));
        details.put("checks", checks);
        String formula = "signals = |{" + String.join(", ", signals) + "}| = " + count;
        Map<String, String> explanation = IndicatorCatalog.explain(band,
                count + " van de zes driftsignalen (S1 groeiende kloof, S2 gesloten kern, S3 geen recente raadpleging,"
                        + " S4 klein bereik, S5 afwijkend standpunt, S6 dalend ledental) zijn aanwezig"
                        + (signals.isEmpty() ? "." : ": " + String.join(", ", signals) + "."),
                count + " of the six drift signals (S1 growing gap, S2 closed core, S3 no recent consultation,"
                        + " S4 small reach, S5 diverging stance, S6 falling membership) are present"
                        + (signals.isEmpty() ? "." : ": " + String.join(", ", signals) + "."));
        Indicator ind = IndicatorCatalog.build("RO-4", count, band, formula, inputs, explanation, details);
        return new Result(ind, List.copyOf(warnings), List.copyOf(signals), List.copyOf(misaligned));
    }

    private static boolean notAfter(Snapshot s, LocalDate d) {
        return d != null && !d.isAfter(s.asOf);
    }
}
