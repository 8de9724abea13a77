#!/usr/bin/env python3
"""The measuring half of bench/run.sh (Python 3 standard library only).

Subcommands, each called by run.sh against the system it started:
  startup     wait until the three services are ready; time from each JVM's start to its first ready answer
  startup-alone  (diagnostic, not run by run.sh) each service and the bare application started alone, one at a
              time, next to an idle running system: own start-up work without the contention of starting together
  load        realistic data through the public API (initiatives with issues, groups, interests, profiles, ...)
  throughput  wrk against three API reads, their framework ceiling (/q/health/live) and their database ceiling
              (pgbench, same SELECT, same database, same duration and client count), printed as one table
  growth      assessments of initiatives with 10 .. 10,000 groups and ten times as many interests (groups and
              interests inserted with SQL in the shape stakeholder-service writes), timed, with the growth factor
  memory      resident set size of each service (VmRSS, VmHWM from /proc/<pid>/status)

Every request goes to 127.0.0.1; every loop is bounded in count and time.
"""
import argparse
import json
import math
import os
import re
import signal
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid

HOST = "127.0.0.1"
PORTS = {"initiative-service": 8081, "stakeholder-service": 8082, "assessment-service": 8083}
# health and metrics answer on each service's management port (Quarkus management interface), its API port + 1000
MANAGEMENT_OFFSET = 1000
TENANT = "GM0344"
CURRENT = None  # the child process running now (wrk, pgbench, psql), ended with us on SIGTERM/SIGINT


def _stop(signum, _frame):
    if CURRENT is not None and CURRENT.poll() is None:
        CURRENT.terminate()
        try:
            CURRENT.wait(5)
        except subprocess.TimeoutExpired:
            CURRENT.kill()
    raise SystemExit(128 + signum)


signal.signal(signal.SIGTERM, _stop)
signal.signal(signal.SIGINT, _stop)


def run(cmd, env=None, timeout=None, stdin=None):
    """Runs a child to completion (remembered so a signal ends it too); returns (rc, stdout, stderr)."""
    global CURRENT
    CURRENT = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                               stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL)
    try:
        out, err = CURRENT.communicate(stdin.encode() if stdin is not None else None, timeout=timeout)
    except subprocess.TimeoutExpired:
        CURRENT.kill()
        out, err = CURRENT.communicate()
        return 124, out.decode(errors="replace"), err.decode(errors="replace")
    finally:
        rc = CURRENT.returncode
        CURRENT = None
    return rc, out.decode(errors="replace"), err.decode(errors="replace")


# ---------------------------------------------------------------------------------------------------------- HTTP


class Api:
    def __init__(self, port, token):
        self.base = f"http://{HOST}:{port}"
        self.token = token

    def call(self, method, path, body=None, headers=None, timeout=60):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.base + path, data=data, method=method)
        req.add_header("Accept", "application/json")
        if data is not None:
            req.add_header("Content-Type", "application/json")
        if self.token:
            req.add_header("Authorization", "Bearer " + self.token)
        for k, v in (headers or {}).items():
            req.add_header(k, v)
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                raw = resp.read()
                return resp.status, dict(resp.headers), json.loads(raw) if raw else None
        except urllib.error.HTTPError as e:
            raw = e.read()
            try:
                payload = json.loads(raw)
            except ValueError:
                payload = raw[:300]
            return e.code, dict(e.headers), payload

    def post(self, path, body, headers=None):
        status, hdrs, payload = self.call("POST", path, body, headers)
        if status != 201:
            raise SystemExit(f"bench: POST {self.base}{path} answered {status}: {payload}")
        return payload, hdrs


def apis(token):
    return (Api(PORTS["initiative-service"], token), Api(PORTS["stakeholder-service"], token),
            Api(PORTS["assessment-service"], token))


# ------------------------------------------------------------------------------------------------------- startup


def clock():
    return time.clock_gettime(time.CLOCK_BOOTTIME)


def proc_start(pid):
    """The process's start, on the CLOCK_BOOTTIME scale (seconds)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[19]) / os.sysconf("SC_CLK_TCK")


def service_pids(root):
    """The JVM of each service started from root (found by its exact jar path)."""
    found = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as f:
                cmd = f.read().split(b"\0")
        except OSError:
            continue
        for name in PORTS:
            jar = f"{root}/{name}/target/quarkus-app/quarkus-run.jar".encode()
            if jar in cmd:
                found[name] = int(entry)
    return found


def ready(port):
    try:
        with urllib.request.urlopen(f"http://{HOST}:{port + MANAGEMENT_OFFSET}/q/health/ready", timeout=1) as r:
            return r.status == 200
    except (urllib.error.URLError, OSError):
        return False


def jvm_flags(pid):
    """The flags a JVM was started with: its arguments between the java binary and -jar."""
    with open(f"/proc/{pid}/cmdline", "rb") as f:
        args = [x.decode() for x in f.read().split(b"\0") if x]
    return args[1:args.index("-jar")] if "-jar" in args else args[1:]


BARE_PORT = 8084  # bench/bare: API 8084, management 9084
CDS_FLAGS = ("-XX:SharedArchiveFile=", "-XX:ArchiveClassesAtExit=")


def bare_flags(flags, jar):
    """The services' flags for the bare application, with its own AppCDS archive where they use one (as LocalSystem
    does: use the archive beside the jar when it is newer than the jar, else write it at exit)."""
    out = [f for f in flags if not f.startswith(CDS_FLAGS)]
    if any(f.startswith(CDS_FLAGS) for f in flags):
        archive = os.path.join(os.path.dirname(jar), "app-cds.jsa")
        fresh = os.path.exists(archive) and os.path.getsize(archive) > 0 \
            and os.path.getmtime(archive) > os.path.getmtime(jar)
        out.append(("-XX:SharedArchiveFile=" if fresh else "-XX:ArchiveClassesAtExit=") + archive)
    return out


def cmd_startup(a):
    deadline = time.monotonic() + a.timeout
    pids, started, ready_at = {}, {}, {}
    bare, bare_ready, flags = None, None, None
    try:
        while time.monotonic() < deadline and (len(ready_at) < len(PORTS) or (bare and bare_ready is None)):
            for name, pid in service_pids(a.root).items():
                if name not in pids:
                    pids[name] = pid
                    started[name] = proc_start(pid)
                    if a.bare and bare is None:
                        # the yardstick starts with the services, with the flags the first of them was given
                        flags = jvm_flags(pid)
                        bare = subprocess.Popen(["java", *bare_flags(flags, a.bare), "-jar", a.bare],
                                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                                cwd=os.path.dirname(a.bare))
            for name, port in PORTS.items():
                if name in pids and name not in ready_at and ready(port):
                    ready_at[name] = clock()
            if bare and bare_ready is None and ready(BARE_PORT):
                bare_ready = clock() - proc_start(bare.pid)
            if os.path.exists(a.log):
                with open(a.log, errors="replace") as f:
                    if "start failed" in f.read():
                        break
            time.sleep(0.05)
    finally:
        if bare is not None:
            bare.terminate()
            try:
                bare.wait(60)   # a JVM writing its AppCDS archive at exit takes a few seconds
            except subprocess.TimeoutExpired:
                bare.kill()
    result = {n: {"pid": pids.get(n), "readySeconds": round(ready_at[n] - started[n], 2) if n in ready_at else None}
              for n in PORTS}
    result["bare"] = {"readySeconds": round(bare_ready, 2) if bare_ready else None, "flags": flags}
    with open(a.out, "w") as f:
        json.dump(result, f)
    ok = len(ready_at) == len(PORTS)
    print("startup: " + ", ".join(f"{n} {'ready after ' + str(r['readySeconds']) + ' s' if r['readySeconds'] else 'NOT READY'}"
                                  for n, r in result.items()))
    if flags:
        print("startup: JVM flags of the services (and of the bare application): " + " ".join(flags))
    if a.workdir:
        for n in PORTS:
            r = result[n]["readySeconds"]
            target(a.workdir, f"{n}: ready / bare Quarkus REST app ready",
                   round(r / bare_ready, 2) if r and bare_ready else None, "<=", 1.5, "x",
                   f"{r} s vs {result['bare']['readySeconds']} s, all four JVMs started together")
    sys.exit(0 if ok else 1)


def ready_after(port, pid, timeout):
    """Seconds from the process's start to its first 200 from /q/health/ready on port + MANAGEMENT_OFFSET."""
    deadline, start = time.monotonic() + timeout, proc_start(pid)
    while time.monotonic() < deadline:
        if ready(port):
            return round(clock() - start, 2)
        time.sleep(0.05)
    return None


def start_alone(args, port, env=None, cwd=None, timeout=300):
    """Starts one JVM (args, its environment and folder), waits for its readiness on port + MANAGEMENT_OFFSET and
    stops it: seconds from its start to ready, or None."""
    child = subprocess.Popen(args, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        return ready_after(port, child.pid, timeout)
    finally:
        child.terminate()
        child.wait(60)   # a JVM writing its AppCDS archive at exit takes a few seconds


def cmd_startup_alone(a):
    """Diagnostic (not run by run.sh): with the system started from root up and idle, start one more JVM of each
    service (the same command line, environment and AppCDS archive as the running one; API and management ports +10)
    and then the bare application, one at a time, each stopped when ready. Compared with `startup` (all four JVMs
    together) this separates a service's own start-up work from the contention of three JVMs on the same cores."""
    pids, result = service_pids(a.root), {}
    if len(pids) < len(PORTS):
        raise SystemExit("bench: start the system first (./speelveld up); found " + (", ".join(pids) or "none"))
    for name in PORTS:
        pid = pids[name]
        with open(f"/proc/{pid}/environ", "rb") as f:
            env = dict(x.split("=", 1) for x in f.read().decode().split("\0") if "=" in x)
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            args = [x.decode() for x in f.read().split(b"\0") if x]
        port = PORTS[name] + 10
        env["QUARKUS_HTTP_PORT"], env["QUARKUS_MANAGEMENT_PORT"] = str(port), str(port + MANAGEMENT_OFFSET)
        result[name] = start_alone(args, port, env, os.readlink(f"/proc/{pid}/cwd"), a.timeout)
        time.sleep(1)
    if a.bare:
        flags = bare_flags(jvm_flags(pids["initiative-service"]), a.bare)
        result["bare"] = start_alone(["java", *flags, "-jar", a.bare], BARE_PORT, cwd=os.path.dirname(a.bare),
                                     timeout=a.timeout)
        print("startup-alone: JVM flags of the bare application: " + " ".join(flags))
    print("startup-alone (one JVM at a time, the system idle): " + ", ".join(
        f"{n} {'ready after ' + str(r) + ' s' if r else 'NOT READY'}" for n, r in result.items()))
    if a.out:
        with open(a.out, "w") as f:
            json.dump(result, f)


# ---------------------------------------------------------------------------------------------------------- load

DOMAINS = ["ENERGY", "GREEN_PUBLIC_SPACE", "CARE_WELFARE", "COMMUNITY_FACILITIES", "HOUSING", "CLIMATE_ADAPTATION",
           "MOBILITY", "YOUTH_EDUCATION", "SAFETY", "CULTURE_SPORT"]
TYPES = ["CITIZEN_INITIATIVE", "COPRODUCTION", "CITIZEN_COLLECTIVE"]
PHASES = ["IDEA", "EXPLORATION", "DESIGN", "IMPLEMENTATION", "CONTINUATION"]
TITLES = ["Energiecoöperatie", "Buurtmoestuin", "Buurthuis in eigen beheer", "Zorgcoöperatie", "Speeltuinvereniging",
          "Klimaatbestendige straat", "Deelauto's", "Huiswerkklas", "Buurtpreventie", "Wijkfestival"]
WIJKEN = ["Zonnewijk", "Parkkwartier", "Lombok", "Overvecht", "Kanaleneiland", "Tuinwijk", "Hoograven", "Zuilen",
          "Wittevrouwen", "Oog in Al"]
GROUPS = [  # name, source, category, affected, power, legitimacy, urgency, voice, size, hardToReach
    ("Leden en kerngroep", "COPRODUCING_CITIZENS", "RESIDENTS_OWNER", True, True, True, True, "ACTIVE_COPRODUCER", 175, False),
    ("Eigenaar-bewoners die geen lid zijn", "BROADER_PUBLIC", "RESIDENTS_OWNER", True, False, True, False, "SPOKEN_FOR", 1159, False),
    ("Huurders sociale huur", "BROADER_PUBLIC", "RESIDENTS_SOCIAL_RENT", True, False, True, True, "NOT_INVOLVED", 905, True),
    ("Woningcorporatie", "PUBLIC_ORGANISATION", "HOUSING_ASSOCIATION", True, True, True, False, "NOT_INVOLVED", None, False),
    ("Netbeheerder", "PUBLIC_ORGANISATION", "GRID_OPERATOR", True, True, True, False, "ACTIVELY_INVOLVED", None, False),
    ("Gemeente, afdeling duurzaamheid", "PUBLIC_ORGANISATION", "MUNICIPAL_DEPARTMENT", False, True, True, False, "ACTIVELY_INVOLVED", None, False),
    ("Wethouder en gemeenteraad", "POLITICS", "COUNCIL", False, True, True, False, "ACTIVELY_INVOLVED", None, False),
]
# group index, issue index, kind, stance, evidence, response
INTERESTS = [(0, 0, "INTEREST", "SUPPORT", "MEETING", None), (1, 0, "WISH", "SUPPORT", "SURVEY", None),
             (4, 0, "INTEREST", "NEUTRAL", "MEETING", None), (0, 1, "WISH", "SUPPORT", "MEETING", None),
             (5, 1, "INTEREST", "SUPPORT", "MEETING", "ADOPTED"), (2, 2, "INTEREST", "SUPPORT", "ASSUMED", None),
             (3, 2, "INTEREST", "SUPPORT", "WRITTEN_RESPONSE", None), (0, 2, "PREFERENCE", "NEUTRAL", "MEETING", None),
             (5, 2, "INTEREST", "SUPPORT", "MEETING", "PARTLY_ADOPTED"), (3, 3, "INTEREST", "OPPOSE", "WRITTEN_RESPONSE", None),
             (2, 3, "WISH", "SUPPORT", "ASSUMED", None), (0, 3, "IDEA", "SUPPORT", "MEETING", None),
             (1, 4, "INTEREST", "OPPOSE", "SURVEY", "NOT_ADOPTED"), (0, 4, "IDEA", "SUPPORT", "MEETING", None),
             (5, 4, "INTEREST", "STRONGLY_SUPPORT", "MEETING", None), (3, 4, "INTEREST", "SUPPORT", "WRITTEN_RESPONSE", None)]
ISSUES = ["Zonnepanelen op daken van leden", "Collectieve inkoop isolatie", "Energiearmoede bij huurders",
          "Zonnepanelen op daken van de corporatie", "Warmtetransitie van de wijk", "Laadpalen in de straat",
          "Groen op het plein", "Veiligheid rond de school"]


def initiative_body(k):
    wijk = WIJKEN[k % len(WIJKEN)]
    return {"title": {"nl": f"{TITLES[k % len(TITLES)]} {wijk} {k + 1}", "en": f"{TITLES[k % len(TITLES)]} {wijk}"},
            "summary": {"nl": f"Bewoners van {wijk} pakken samen iets op; project {k + 1} in de benchmark."},
            "type": TYPES[k % 3], "origin": "BOTTOM_UP" if k % 4 else "TOP_DOWN",
            "legalForm": ["COOPERATIVE", "ASSOCIATION", "FOUNDATION", "NONE"][k % 4], "challengeRight": k % 7 == 0,
            "primaryDomain": DOMAINS[k % len(DOMAINS)], "secondaryDomains": [DOMAINS[(k + 3) % len(DOMAINS)]],
            "phase": PHASES[k % len(PHASES)], "areaCodes": [f"BU0344{k % 100:02d}01", f"WK0344{k % 100:02d}"],
            "startedOn": f"{2019 + k % 6}-0{1 + k % 9}-01", "budgetPerYear": 20000 + 1000 * k,
            "governmentFundingPerYear": 2000 + 100 * k,
            "externalRefs": [{"system": "decidim", "instance": "participatie.example.nl", "type": "initiative",
                              "id": f"bench-{uuid.uuid4()}", "url": f"https://participatie.example.nl/i/{k}"}]}


def populate(ini, sth, iid, pop_id, as_of, n_issues=5):
    """One fully described initiative, the way a portal records it (cf. the worked cases)."""
    issues = [ini.post(f"/v1/initiatives/{iid}/issues", {"label": {"nl": ISSUES[i]}})[0]["id"] for i in range(n_issues)]
    ini.post(f"/v1/initiatives/{iid}/problem-definitions",
             {"statement": {"nl": "Leden wekken samen duurzame energie op en verlagen hun verbruik."},
              "framedBy": "CITIZENS", "issueIdsInScope": issues[:2]})
    groups = []
    for (name, source, cat, aff, pw, lg, ur, voice, size, htr) in GROUPS:
        body = {"initiativeId": iid, "name": name, "source": source, "category": cat, "affected": aff, "power": pw,
                "legitimacy": lg, "urgency": ur, "voice": voice, "hardToReach": htr}
        if size:
            body.update(estimatedSize=size, sizeUnit="HOUSEHOLDS")
        groups.append(sth.post("/v1/stakeholder-groups", body)[0]["id"])
    n = 0
    for (g, i, kind, stance, evidence, response) in INTERESTS:
        if i >= n_issues:
            continue
        created, headers = sth.post("/v1/interests", {
            "initiativeId": iid, "groupId": groups[g], "issueId": issues[i], "kind": kind, "stance": stance,
            "evidence": evidence, "statement": {"nl": f"{kind.lower()} over {ISSUES[i].lower()}"}, "recordedOn": as_of})
        n += 1
        if response:
            body = {"status": response, "respondedOn": as_of, "respondedBy": "GOVERNMENT"}
            if response not in ("OPEN", "ADOPTED"):
                body["reason"] = "Past niet binnen het budget van dit jaar."
            st, _, payload = sth.call("PUT", f"/v1/interests/{created['id']}/response", body,
                                      {"If-Match": headers.get("ETag") or f'"{created["version"]}"'})
            if st not in (200, 204):
                raise SystemExit(f"bench: PUT response answered {st}: {payload}")
    for (kind, src, grp, role) in (("TAKEN", "PUBLIC_ORGANISATION", 5, "FACILITATE"),
                                   ("WANTED", "COPRODUCING_CITIZENS", 0, "FACILITATE"),
                                   ("EXPECTED", "POLITICS", 6, "DIRECT"),
                                   ("EXPECTED", "PUBLIC_ORGANISATION", 3, "DIRECT")):
        ini.post(f"/v1/initiatives/{iid}/role-observations",
                 {"kind": kind, "holderSource": src, "holderGroupId": groups[grp], "role": role,
                  "observedOn": "2026-09-01", "evidence": "MEETING"})
    for (subject, on, by) in (("Dakenproject fase 2", "2025-01-15", "CITIZENS"),
                              ("Leverancierskeuze", "2025-04-01", "CITIZENS"),
                              ("Subsidieaanvraag", "2026-05-01", "JOINT")):
        ini.post(f"/v1/initiatives/{iid}/key-decisions", {"subject": subject, "decidedOn": on, "decidedBy": by})
    sth.post("/v1/participant-profiles", {
        "initiativeId": iid, "groupId": groups[0], "scope": "MEMBERS", "measuredOn": "2026-09-01", "n": 175,
        "method": "REGISTRATION", "referenceProfileId": pop_id,
        "counts": [{"dimension": "TENURE", "category": "OWNER", "count": 161},
                   {"dimension": "TENURE", "category": "SOCIAL_RENT", "count": 7},
                   {"dimension": "TENURE", "category": "PRIVATE_RENT", "count": 7}]})
    for (on, core, joined, total) in (("2024-12-01", 8, 2, 140), ("2026-10-01", 9, 3, 175)):
        sth.post("/v1/core-group-snapshots", {"initiativeId": iid, "groupId": groups[0], "takenOn": on,
                                              "coreSize": core, "coreJoinedLast24Months": joined,
                                              "membersTotal": total})
    sth.post("/v1/constituency-consultations", {
        "initiativeId": iid, "representativeGroupId": groups[0], "heldOn": "2026-06-01", "method": "GENERAL_MEETING",
        "constituencySize": 175, "respondents": 66,
        "issueStances": [{"issueId": issues[0], "majorityStance": "SUPPORT"}]})
    return issues, groups, n


def population(sth):
    return sth.post("/v1/population-profiles", {
        "name": "Huishoudens Zonnewijk (CBS 2024)", "areaCodes": ["BU03440101"], "basis": "ALL_RESIDENTS",
        "source": "CBS_KWB", "sourceTable": "85984NED", "referenceYear": 2024,
        "shares": [{"dimension": "TENURE", "category": "OWNER", "value": 0.55},
                   {"dimension": "TENURE", "category": "SOCIAL_RENT", "value": 0.38},
                   {"dimension": "TENURE", "category": "PRIVATE_RENT", "value": 0.07}]})[0]["id"]


def cmd_load(a):
    ini, sth, ass = apis(a.token)
    t0 = time.monotonic()
    calls = 0
    pop_id = population(sth)
    ids = []
    for k in range(a.initiatives):
        ids.append(ini.post("/v1/initiatives", initiative_body(k))[0]["id"])
    calls += 1 + a.initiatives
    first = None
    interests = 0
    for k in range(a.full):
        issues, groups, n = populate(ini, sth, ids[k], pop_id, "2026-11-01")
        interests += n
        calls += len(issues) + 1 + len(groups) + 2 * n + 4 + 3 + 1 + 2 + 1
        if first is None:
            first = {"initiative": ids[k], "group": groups[1], "issues": issues}
        ass.post("/v1/assessments", {"initiativeId": ids[k], "asOf": "2026-11-01"})
        calls += 1
    took = time.monotonic() - t0
    first["initiatives"] = len(ids)
    with open(a.out, "w") as f:
        json.dump(first, f)
    print(f"load: {len(ids)} initiatives ({a.full} fully described: 5 issues, a problem definition, 7 groups, "
          f"{interests // max(a.full, 1)} interests with responses, role observations, key decisions, profiles, "
          f"snapshots, a consultation, an assessment) through the API: ~{calls} calls in {took:.1f} s "
          f"(~{calls / took:.0f} calls/s, one client)")


# ---------------------------------------------------------------------------------------------------- throughput

UNIT = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def parse_wrk(out):
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    m = re.search(r"^\s*99%\s+([\d.]+)(us|ms|s|m)\s*$", out, re.M)
    p99 = float(m.group(1)) * UNIT[m.group(2)] if m else None
    total = int(re.search(r"(\d+) requests in", out).group(1))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    sock = re.search(r"Socket errors: (.*)", out)
    return {"rps": rps, "p99": p99, "requests": total, "non2xx": int(bad.group(1)) if bad else 0,
            "socketErrors": sock.group(1).strip() if sock else None}


def wrk(url, seconds, conns, token=None):
    cmd = ["wrk", f"-t{min(2, conns)}", f"-c{conns}", f"-d{seconds}s", "--latency", "--timeout", "10s"]
    if token:
        cmd += ["-H", f"Authorization: Bearer {token}"]
    rc, out, err = run(cmd + [url], timeout=seconds + 30)
    if rc != 0:
        raise SystemExit(f"bench: wrk failed ({rc}): {err or out}")
    return parse_wrk(out)


def jit_seconds(pid):
    """CPU seconds the JVM's JIT compiler threads (C1 and C2) have used so far, from /proc/<pid>/task/*/stat."""
    total = 0
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        if name.startswith(("C1 CompilerThre", "C2 CompilerThre")):
            fields = stat.rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def warm_until_steady(url, a, pid, token=None):
    """Runs wrk in rounds of a.warmup seconds until the JVM has stopped compiling and the read has stopped gaining:
    the JIT compiler threads used at most a.jit_idle of one core in the last round, and the last two rounds agree
    within a.steady. At most a.warmup_rounds rounds. On 2 cores HotSpot has one C2 thread, and the services' ~20,000
    methods reach it in a queue: a read can sit on a plateau for several rounds and then double when its own
    methods are compiled (bench/README.md, 'JIT warm-up'); a test of the rates alone stops on such a plateau.
    Returns the rounds as (req/s, JIT share of one core) and whether they settled."""
    rounds = []
    for _ in range(a.warmup_rounds):
        jit = jit_seconds(pid)
        rps = wrk(url, a.warmup, a.connections, token)["rps"]
        rounds.append((rps, (jit_seconds(pid) - jit) / a.warmup))
        if (len(rounds) >= 2 and rounds[-1][1] <= a.jit_idle
                and min(rounds[-1][0], rounds[-2][0]) >= (1 - a.steady) * max(rounds[-1][0], rounds[-2][0])):
            return rounds, True
    return rounds, False


def pg_env(a):
    env = dict(os.environ)
    env.update(PGHOST="127.0.0.1", PGPORT=str(a.pg_port), PGUSER="postgres", PGPASSWORD="postgres")
    return env


def psql(a, db, sql, timeout=600):
    rc, out, err = run(["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-d", db], env=pg_env(a),
                       timeout=timeout, stdin=sql)
    if rc != 0:
        raise SystemExit(f"bench: psql on {db} failed ({rc}): {err.strip()[:2000]}")
    return out


def pgbench(a, db, sql, seconds, conns, workdir, label):
    script = os.path.join(workdir, f"pgbench-{label}.sql")
    with open(script, "w") as f:
        f.write(sql + "\n")
    logdir = os.path.join(workdir, f"pgbench-{label}-log")
    os.makedirs(logdir, exist_ok=True)
    cmd = ["pgbench", "-n", "-M", "prepared", f"-c{conns}", f"-j{min(2, conns)}", f"-T{seconds}", "-f", script,
           "--log", "--sampling-rate=0.1", f"--log-prefix={logdir}/tx", db]
    rc, out, err = run(cmd, env=pg_env(a), timeout=seconds + 60)
    if rc != 0:
        raise SystemExit(f"bench: pgbench failed ({rc}): {err.strip()[:2000]}")
    tps = float(re.search(r"tps = ([\d.]+) \(without initial connection time\)", out).group(1))
    failed = re.search(r"number of failed transactions: (\d+)", out)
    lat = []
    for name in os.listdir(logdir):
        with open(os.path.join(logdir, name)) as f:
            for line in f:
                parts = line.split()
                if len(parts) >= 3 and parts[2].isdigit():
                    lat.append(int(parts[2]))
    lat.sort()
    p99 = lat[min(len(lat) - 1, int(math.ceil(0.99 * len(lat))) - 1)] / 1000.0 if lat else None
    return {"rps": tps, "p99": p99, "failed": int(failed.group(1)) if failed else 0}


def scans(a, db, tables):
    out = psql(a, db, "SELECT relname, coalesce(seq_scan,0) + coalesce(idx_scan,0) FROM pg_stat_user_tables "
                      f"WHERE relname IN ({','.join(repr(t) for t in tables)})")
    return {line.split("|")[0]: int(line.split("|")[1]) for line in out.split()}


def cmd_throughput(a):
    with open(a.ids) as f:
        ids = json.load(f)
    ini, sth, _ = apis(a.token)
    iid, gid = ids["initiative"], ids["group"]
    cols_ini = ("id, municipality_code, version, created_at, updated_at, title, summary, type, origin, legal_form, "
                "challenge_right, primary_domain, secondary_domains, phase, started_on, budget_per_year, "
                "government_funding_per_year, coproduction_stages, coproduction_level, task_nature, citizen_role, "
                "participation_level, search_text")
    targets = [
        ("GET one initiative", ini, "initiative-service", f"/v1/initiatives/{iid}", "initiative",
         f"SELECT {cols_ini} FROM initiative WHERE id = '{iid}' AND municipality_code = '{TENANT}';",
         ["initiative", "initiative_area_code", "initiative_external_ref"]),
        ("GET list of 20 initiatives", ini, "initiative-service", "/v1/initiatives?limit=20", "initiative",
         f"SELECT {cols_ini} FROM initiative WHERE municipality_code = '{TENANT}' ORDER BY created_at, id LIMIT 21;",
         ["initiative", "initiative_area_code", "initiative_external_ref"]),
        ("GET one stakeholder group", sth, "stakeholder-service", f"/v1/stakeholder-groups/{gid}", "stakeholder",
         f"SELECT * FROM stakeholder_group WHERE id = '{gid}' AND municipality_code = '{TENANT}';",
         ["stakeholder_group"]),
    ]
    # the reads must answer 200 with what we expect before they are measured
    for (label, api, _svc, path, *_rest) in targets:
        st, _, payload = api.call("GET", path)
        if st != 200:
            raise SystemExit(f"bench: {label} answered {st}: {payload}")
        if "items" in (payload or {}) and len(payload["items"]) != 20:
            raise SystemExit(f"bench: the list answered {len(payload['items'])} items, not 20")
    vocab = {"initiative-service": "/v1/vocabularies/LifecyclePhase", "stakeholder-service": "/v1/vocabularies/VoiceMode"}
    for svc, path in vocab.items():
        st, _, payload = Api(PORTS[svc], a.token).call("GET", path)
        if st != 200:
            raise SystemExit(f"bench: {svc} {path} answered {st}: {payload}")
    rows, warmups = [], []
    pids = service_pids(a.root)
    if set(pids) < {svc for (_l, _a, svc, *_r) in targets}:
        raise SystemExit(f"bench: the services' JVMs under {a.root} were not found (found {pids})")
    for (label, api, svc, path, db, sql, tables) in targets:
        url = f"http://{HOST}:{PORTS[svc]}{path}"
        live = f"http://{HOST}:{PORTS[svc] + MANAGEMENT_OFFSET}/q/health/live"
        auth = f"http://{HOST}:{PORTS[svc]}{vocab[svc]}"
        for what, u, tok in (("API", url, a.token), ("trivial", live, None), ("auth", auth, a.token)):
            rounds, settled = warm_until_steady(u, a, pids[svc], tok)   # JIT warm-up, reported but not measured
            warmups.append((label, what, rounds, settled))
            print(f"  warm-up {label} / {what}, req/s (JIT threads' share of a core): "
                  + " -> ".join(f"{r:.0f} ({j:.0%})" for r, j in rounds)
                  + ("" if settled else f" NOT STEADY after {len(rounds)} rounds"), flush=True)
        r_api = wrk(url, a.duration, a.connections, a.token)
        r_live = wrk(live, a.duration, a.connections)
        r_auth = wrk(auth, a.duration, a.connections, a.token)
        r_pg = pgbench(a, db, sql, a.duration, a.connections, a.workdir, label.replace(" ", "-"))
        rows.append((label, svc, r_api, r_live, r_pg, r_auth))
        print(f"  measured {label}: {r_api['rps']:.0f} req/s; /q/health/live {r_live['rps']:.0f} req/s; "
              f"authenticated no-DB read {r_auth['rps']:.0f} req/s; pgbench {r_pg['rps']:.0f} tps", flush=True)
    # statements per request (diagnostic): table scans counted by PostgreSQL around a fixed number of requests;
    # its statistics reach pg_stat_user_tables up to ~10 s after the transaction, hence the waits.
    per_request = {}
    n = 100
    for (label, api, svc, path, db, sql, tables) in targets:
        time.sleep(11)
        before = scans(a, db, tables)
        for _ in range(n):
            api.call("GET", path)
        time.sleep(11)
        after = scans(a, db, tables)
        per_request[label] = {t: (after.get(t, 0) - before.get(t, 0)) / n for t in tables}

    c = a.connections
    print()
    print(f"Reads under load, measured in the same run: wrk -t2 -c{c} -d{a.duration}s on loopback, each after a "
          f"warm-up in rounds of {a.warmup} s until the JIT threads used at most {a.jit_idle:.0%} of a core in a round "
          f"and two rounds agree within {a.steady:.0%} (at most {a.warmup_rounds}); pgbench -M prepared -c{c} -j2 -T{a.duration}; nproc = {os.cpu_count()}")
    unsettled = [f"{label} / {what}" for (label, what, _r, settled) in warmups if not settled]
    if unsettled:
        print("  not steady when measured (the JIT was still at work): " + "; ".join(unsettled))
    print("  ceilings: 'trivial' = GET /q/health/live of the same service (framework, no auth, no DB); 'auth' = GET "
          "/v1/vocabularies/{name} of the same service (bearer JWT checked, no DB); 'pgbench' = the same SELECT on "
          "the same database")
    print(f"{'endpoint':27} {'API req/s':>9} {'p99 ms':>7} | {'trivial':>8} {'p99 ms':>7} | {'auth':>7} {'p99 ms':>7} | "
          f"{'pgbench':>8} {'p99 ms':>7} | {'API/pgbench':>11} {'API/trivial':>11} {'API/auth':>8}")
    for (label, svc, r_api, r_live, r_pg, r_auth) in rows:
        print(f"{label:27} {r_api['rps']:9.0f} {r_api['p99']:7.1f} | {r_live['rps']:8.0f} {r_live['p99']:7.1f} | "
              f"{r_auth['rps']:7.0f} {r_auth['p99']:7.1f} | {r_pg['rps']:8.0f} {r_pg['p99']:7.2f} | "
              f"{r_api['rps'] / r_pg['rps']:11.3f} {r_api['rps'] / r_live['rps']:11.3f} "
              f"{r_api['rps'] / r_auth['rps']:8.3f}")
    problems = []
    for (label, svc, r_api, r_live, r_pg, r_auth) in rows:
        for what, r in (("API", r_api), ("trivial", r_live), ("auth", r_auth)):
            if r["non2xx"] or r["socketErrors"]:
                problems.append(f"{label} {what}: {r['non2xx']} non-2xx answers, socket errors: {r['socketErrors']}")
        if r_pg["failed"]:
            problems.append(f"{label} pgbench: {r_pg['failed']} failed transactions")
    print("answers: " + ("; ".join(problems) if problems else "every measured request answered 2xx "
                         "(no socket errors, no failed pgbench transactions)"))
    print("table scans per request (diagnostic, 100 sequential requests, from pg_stat_user_tables):")
    for label, counts in per_request.items():
        print(f"  {label:28} " + ", ".join(f"{t} {v:.2f}" for t, v in counts.items()))
    auth_of = {}
    for (label, svc, r_api, r_live, r_pg, r_auth) in rows:
        auth_of.setdefault(svc, []).append(r_auth["rps"] / r_live["rps"])
    for svc, ratios in auth_of.items():
        target(a.workdir, f"{svc}: authenticated no-DB / trivial", statistics.median(ratios), ">=", 0.4, "x",
               f"median of {len(ratios)}")
    for (label, svc, r_api, r_live, r_pg, r_auth) in rows:
        target(a.workdir, f"{label} / authenticated no-DB", r_api["rps"] / r_auth["rps"], ">=",
               0.35 if "list" in label else 0.5, "x")
    with open(os.path.join(a.workdir, "throughput.json"), "w") as f:
        json.dump({"rows": rows, "perRequest": per_request, "warmups": warmups}, f)
    sys.exit(1 if problems else 0)


# -------------------------------------------------------------------------------------------------------- growth

SOURCES = ["BROADER_PUBLIC", "BROADER_PUBLIC", "COPRODUCING_CITIZENS", "PUBLIC_ORGANISATION", "BROADER_PUBLIC",
           "PUBLIC_ORGANISATION", "POLITICS", "BROADER_PUBLIC", "COPRODUCING_CITIZENS", "BROADER_PUBLIC"]
VOICES = ["NOT_INVOLVED", "SPOKEN_FOR", "ACTIVELY_INVOLVED", "ACTIVELY_INVOLVED", "NOT_INVOLVED",
          "REPRESENTED_WITH_MANDATE", "ACTIVELY_INVOLVED", "UNKNOWN", "ACTIVE_COPRODUCER", "SPOKEN_FOR"]
CATEGORIES = ["RESIDENTS_OWNER", "RESIDENTS_SOCIAL_RENT", "DIRECT_NEIGHBOURS", "HOUSING_ASSOCIATION", "YOUTH",
              "WELFARE_ORGANISATION", "COUNCIL", "OLDER_PEOPLE", "RESIDENTS_PRIVATE_RENT", "ENTREPRENEURS"]
STANCES = ["SUPPORT", "SUPPORT", "SUPPORT", "STRONGLY_SUPPORT", "OPPOSE", "OPPOSE", "STRONGLY_OPPOSE", "NEUTRAL",
           "NEUTRAL", "UNKNOWN"]
NO_PAIRS = ["NEUTRAL", "UNKNOWN"]  # stances without a sign: no interest takes part in a pair (FI-6, FI-8)
KINDS = ["INTEREST", "WISH", "PREFERENCE", "IDEA", "MOTIVATION"]
EVIDENCE = ["MEETING", "SURVEY", "WRITTEN_RESPONSE", "PETITION", "INTERVIEW", "OBSERVATION", "ASSUMED"]


def arr(values):
    return "ARRAY[" + ",".join(f"'{v}'" for v in values) + "]"


def growth_sql(iid, issues, n, per_group, stances):
    """Groups and interests exactly as stakeholder-service stores them (V1__stakeholder_schema.sql and the
    StakeholderGroup/Interest entities): version 0, created_at = updated_at, every created_at distinct (the
    service's keyset order is created_at, id), JSON columns as the service writes them, response_status OPEN
    unless a response was recorded. Ids are UUIDs derived from the initiative and the row number."""
    return f"""
BEGIN;
INSERT INTO stakeholder_group (id, municipality_code, version, created_at, updated_at, initiative_id, name,
    description, source, category, affected, estimated_size, size_unit, power, power_justification, legitimacy,
    legitimacy_justification, urgency, urgency_justification, voice, voice_evidence, hard_to_reach, barriers)
SELECT md5('{iid}/g/' || g)::uuid, '{TENANT}', 0, ts, ts, '{iid}', 'Groep ' || g || ' (' || ({arr(CATEGORIES)})[1 + g % 10] || ')',
    CASE WHEN g % 3 = 0 THEN jsonb_build_object('nl', 'Bewoners en organisaties rond blok ' || g) END,
    ({arr(SOURCES)})[1 + g % 10], ({arr(CATEGORIES)})[1 + g % 10], g % 5 <> 4,
    CASE WHEN g % 2 = 0 THEN 20 + (g * 37) % 2000 END, CASE WHEN g % 2 = 0 THEN 'HOUSEHOLDS' END,
    g % 4 = 0, NULL, g % 6 <> 5, NULL, g % 3 = 0, NULL,
    ({arr(VOICES)})[1 + (g / 3) % 10], CASE WHEN g % 4 = 1 THEN 'MEETING' END, g % 7 = 0,
    CASE WHEN g % 7 = 0 THEN '["LANGUAGE", "DIGITAL"]'::jsonb ELSE '[]'::jsonb END
FROM generate_series(1, {n}) AS g, LATERAL (SELECT now() - interval '2 hours' + g * interval '1 millisecond' AS ts) t;
INSERT INTO interest (id, municipality_code, version, created_at, updated_at, initiative_id, group_id, issue_id,
    kind, statement, stance, intensity, evidence, recorded_on, response_status, response_reason, responded_on,
    responded_by)
SELECT md5('{iid}/i/' || g || '/' || j)::uuid, '{TENANT}', CASE WHEN r < 15 THEN 1 ELSE 0 END, ts, ts, '{iid}',
    md5('{iid}/g/' || g)::uuid, ({arr(issues)})[1 + (g + j) % {len(issues)}]::uuid,
    ({arr(KINDS)})[1 + j % 5], jsonb_build_object('nl', 'Inbreng ' || j || ' van groep ' || g),
    ({arr(stances)})[1 + (g * 7 + j * 3) % {len(stances)}], ({arr(['LOW', 'MEDIUM', 'HIGH'])})[1 + (g + j) % 3],
    ({arr(EVIDENCE)})[1 + (g + j * 5) % 7], DATE '2026-10-31' - ((g * 13 + j * 29) % 700),
    CASE WHEN r < 10 THEN 'ADOPTED' WHEN r < 15 THEN 'NOT_ADOPTED' ELSE 'OPEN' END,
    CASE WHEN r >= 10 AND r < 15 THEN 'Valt buiten het budget van dit jaar.' END,
    CASE WHEN r < 15 THEN DATE '2026-10-31' END, CASE WHEN r < 15 THEN 'GOVERNMENT' END
FROM generate_series(1, {n}) AS g, generate_series(0, {per_group - 1}) AS j,
    LATERAL (SELECT now() - interval '1 hour' + (g * {per_group} + j) * interval '10 microseconds' AS ts,
                    (g * 31 + j * 17) % 100 AS r) t;
COMMIT;
ANALYZE stakeholder_group;
ANALYZE interest;
"""


def cmd_growth(a):
    ini, sth, ass = apis(a.token)
    sizes = [int(s) for s in a.sizes.split()]
    # warm the assessment path once (JIT), on a small fully described initiative
    with open(a.ids) as f:
        warm = json.load(f)["initiative"]
    for _ in range(3):
        ass.call("POST", "/v1/assessments", {"initiativeId": warm, "asOf": "2026-11-01"}, timeout=a.timeout)
    results = []
    stop_reason = None
    for n in sizes:
        if stop_reason:
            results.append({"n": n, "skipped": stop_reason})
            continue
        iid = ini.post("/v1/initiatives", {
            "title": {"nl": f"Warmtetransitie stad ({n} groepen)"}, "type": "COPRODUCTION", "origin": "TOP_DOWN",
            "primaryDomain": "ENERGY", "phase": "EXPLORATION",
            "budgetPerYear": 500000, "governmentFundingPerYear": 250000})[0]["id"]
        issues = [ini.post(f"/v1/initiatives/{iid}/issues", {"label": {"nl": ISSUES[i]}})[0]["id"]
                  for i in range(len(ISSUES))]
        ini.post(f"/v1/initiatives/{iid}/problem-definitions",
                 {"statement": {"nl": "De wijk gaat samen van het gas af."}, "framedBy": "JOINT",
                  "issueIdsInScope": issues[:4]})
        for (kind, src, role) in (("TAKEN", "PUBLIC_ORGANISATION", "DIRECT"),
                                  ("WANTED", "COPRODUCING_CITIZENS", "FACILITATE"),
                                  ("EXPECTED", "POLITICS", "DIRECT")):
            ini.post(f"/v1/initiatives/{iid}/role-observations",
                     {"kind": kind, "holderSource": src, "role": role, "observedOn": "2026-09-01",
                      "evidence": "MEETING"})
        t0 = time.monotonic()
        psql(a, "stakeholder", growth_sql(iid, issues, n, 10, STANCES if a.series == "realistic" else NO_PAIRS))
        load_s = time.monotonic() - t0
        st, _, page = sth.call("GET", f"/v1/interests?initiativeId={iid}&limit=1")
        if st != 200:
            raise SystemExit(f"bench: stakeholder-service cannot list the SQL-loaded interests ({st}): {page}")
        times, statuses, detail = [], [], None
        for rep in range(a.reps):
            t0 = time.monotonic()
            try:
                st, _, payload = ass.call("POST", "/v1/assessments", {"initiativeId": iid, "asOf": "2026-11-01"},
                                          timeout=a.timeout)
            except (TimeoutError, OSError) as e:  # socket timeout or reset
                st, payload = "timeout" if isinstance(e, TimeoutError) or "timed out" in str(e) else "error", str(e)
            took = time.monotonic() - t0
            statuses.append(st)
            if st == 201:
                times.append(took)
                if detail is None:
                    fi6 = next((i for i in payload.get("indicators", []) if i.get("code") == "FI-6"), {})
                    detail = {"bytes": len(json.dumps(payload)), "pairs": (fi6.get("details") or {}).get("pairs")}
            else:
                detail = {"status": st, "after": round(took, 1),
                          "body": payload if isinstance(payload, (dict, str)) else repr(payload)}
                stop_reason = f"size {n} answered {st} after {took:.0f} s"
                break
            if took > a.single_above:
                break  # one repetition is enough for a size that takes this long
        reads = {}
        if times:
            # the two other views that read every group and interest of the initiative (issue 15: <= 5 s)
            # as many runs as the assessment had, median: one run alone measures the JIT and the collector too
            for name, api, path in (("report", ass, f"/v1/participation-reports/{iid}"),
                                    ("matrix", sth, f"/v1/interest-matrices/{iid}")):
                took_all = []
                for _ in range(len(times)):
                    t0 = time.monotonic()
                    try:
                        st, _, payload = api.call("GET", path, timeout=a.timeout)
                    except (TimeoutError, OSError) as e:
                        st, payload = "timeout", str(e)
                    took = time.monotonic() - t0
                    if st != 200:
                        print(f"  {name} of {n} groups answered {st} after {took:.1f} s: {str(payload)[:200]}")
                        took_all = []
                        break
                    took_all.append(took)
                reads[name] = statistics.median(took_all) if took_all else None
        results.append({"n": n, "interests": n * 10, "load": load_s, "times": times, "statuses": statuses,
                        "detail": detail, "reads": reads})
        med = statistics.median(times) if times else None
        print(f"  {n:6d} groups, {n * 10:7d} interests: SQL load {load_s:.1f} s; assessments "
              + ", ".join(f"{t:.2f} s" for t in times)
              + (f" -> median {med:.2f} s" if med else "")
              + ("" if not detail or "status" not in detail else f"; FAILED: {detail}"), flush=True)

    print()
    print(f"Assessment as it grows, series '{a.series}' (POST /v1/assessments, median of up to {a.reps}; groups and "
          "interests inserted with SQL straight into the stakeholder database in the shape stakeholder-service "
          "writes, NOT through the API; 8 issues, 4 in scope, 10 interests per group spread over the issues; "
          + ("stances mixed: 40% support, 30% oppose, 30% neutral or unknown)" if a.series == "realistic" else
             "every stance NEUTRAL or UNKNOWN, so no pair of interests takes part in FI-6/FI-8: a diagnostic that "
             "isolates reading and storing from the pairwise conflict count)"))
    print(f"{'groups':>7} {'interests':>9} {'runs':>5} {'s/assessment':>13} {'ms/group':>9} {'growth':>8} "
          f"{'size x':>7} {'<= linear':>10} {'response KB':>12} {'report s':>9} {'matrix s':>9}")
    prev = None
    verdicts = []
    for r in results:
        if "skipped" in r:
            print(f"{r['n']:7d} {r['n'] * 10:9d} {'-':>5} {'skipped: ' + r['skipped']}")
            verdicts.append(False)
            continue
        if not r["times"]:
            d = r["detail"]
            print(f"{r['n']:7d} {r['interests']:9d} {len(r['statuses']):5d} FAILED: {d['status']} after "
                  f"{d['after']} s: {str(d['body'])[:300]}")
            verdicts.append(False)
            prev = None
            continue
        med = statistics.median(r["times"])
        growth, ratio, ok = "", "", ""
        if prev:
            g = med / prev[1]
            x = r["n"] / prev[0]
            growth, ratio = f"{g:.2f}", f"{x:.0f}"
            ok = g <= x * a.tolerance
            verdicts.append(ok)
            ok = "yes" if ok else "NO"
        rd = r.get("reads") or {}
        secs = [("-" if rd.get(k) is None else f"{rd[k]:.2f}") for k in ("report", "matrix")]
        print(f"{r['n']:7d} {r['interests']:9d} {len(r['times']):5d} {med:13.3f} {1000 * med / r['n']:9.3f} "
              f"{growth:>8} {ratio:>7} {ok:>10} {r['detail']['bytes'] / 1024:12.0f} {secs[0]:>9} {secs[1]:>9}")
        prev = (r["n"], med)
    linear = bool(verdicts) and all(verdicts)
    print(f"growth no worse than linear (each step's time factor <= size factor x {a.tolerance}, "
          f"the machine's noise): {'YES' if linear else 'NO'}")
    with open(os.path.join(a.workdir, "growth.json"), "w") as f:
        json.dump(results, f, default=str)
    if a.series == "realistic":
        growth_targets(a, results)
    sys.exit(0 if linear else 3)


def growth_targets(a, results):
    """The growth targets of issue 15, one row each in the targets table that run.sh prints at the end."""
    def row(name, measured, op, limit, unit="", note=""):
        target(a.workdir, name, measured, op, limit, unit, note)

    by_n = {r["n"]: r for r in results}
    for n in sorted(by_n):
        r = by_n[n]
        med = statistics.median(r["times"]) if r.get("times") else None
        rd = r.get("reads") or {}
        if n >= 10000:
            row(f"assessment of {n:,} groups / {10 * n:,} interests", None if med is None else round(med, 2),
                "<=", 10, "s")
            row(f"participation report at {n:,} groups", None if rd.get("report") is None
                else round(rd["report"], 2), "<=", 5, "s")
            row(f"interest matrix at {n:,} groups", None if rd.get("matrix") is None
                else round(rd["matrix"], 2), "<=", 5, "s")
        size = (r.get("detail") or {}).get("bytes")
        row(f"assessment answer at {n:,} groups", None if size is None or med is None else round(size / 1024),
            "<=", 256, "KB")
    if 1000 in by_n and 10000 in by_n and by_n[1000].get("times") and by_n[10000].get("times"):
        factor = statistics.median(by_n[10000]["times"]) / statistics.median(by_n[1000]["times"])
        row("assessment growth 1,000 -> 10,000 groups (size x10)", round(factor, 2), "<=", 10 * a.tolerance, "x",
            "linear within the machine's noise")
    logs = os.path.join(a.workdir, "data", "logs", "assessment-service.log")
    if os.path.exists(logs):
        with open(logs, errors="replace") as f:
            oom = f.read().count("OutOfMemoryError")
        row("assessment-service OutOfMemoryError after growth", oom, "<=", 0, "", "heap never above its limit")


# -------------------------------------------------------------------------------------------------------- memory


def status_kb(pid, key):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def cmd_memory(a):
    pids = service_pids(a.root)
    out = {}
    for name in PORTS:
        pid = pids.get(name)
        out[name] = {"pid": pid, "rssMB": (status_kb(pid, "VmRSS") or 0) / 1024 if pid else None,
                     "hwmMB": (status_kb(pid, "VmHWM") or 0) / 1024 if pid else None, "ready": ready(PORTS[name])}
    with open(a.out, "w") as f:
        json.dump(out, f)
    print("memory (" + a.label + "): " + ", ".join(
        f"{n} {v['rssMB']:.0f} MB" if v["rssMB"] is not None else f"{n} not running" for n, v in out.items()))


def cmd_memory_table(a):
    with open(a.startup) as f:
        startup = json.load(f)
    snaps = []
    for path in a.snapshots:
        label, file = path.split("=", 1)
        with open(file) as f:
            snaps.append((label, json.load(f)))
    logs = {}
    for name in PORTS:
        m = None
        try:
            with open(os.path.join(a.logs, name + ".log"), errors="replace") as f:
                m = re.search(r"started in ([\d.]+)s", f.read())
        except OSError:
            pass
        logs[name] = float(m.group(1)) if m else None
    flags = " ".join(startup.get("bare", {}).get("flags") or []) or "?"
    print(f"Memory and start-up (services started together by ./speelveld up on {os.cpu_count()} cores, JVM flags: "
          f"{flags}; ready = first 200 from /q/health/ready, counted from the JVM's process start)")
    if startup.get("bare", {}).get("readySeconds"):
        print(f"bare Quarkus REST application (bench/bare, same flags, started with them): ready after "
              f"{startup['bare']['readySeconds']} s")
    head = f"{'service':22} {'ready s':>8} {'Quarkus started in s':>21}"
    for label, _ in snaps:
        head += f" {'RSS MB ' + label:>{max(14, len(label) + 8)}}"
    head += f" {'peak RSS MB':>12}"
    print(head)
    for name in PORTS:
        line = f"{name:22} {startup[name]['readySeconds'] or float('nan'):8.1f} {logs[name] or float('nan'):21.1f}"
        for label, s in snaps:
            v = s[name]["rssMB"]
            line += f" {(v if v is not None else float('nan')):>{max(14, len(label) + 8)}.0f}"
        hwm = snaps[-1][1][name]["hwmMB"] if snaps else None
        line += f" {(hwm if hwm is not None else float('nan')):12.0f}"
        if snaps and not snaps[-1][1][name]["ready"]:
            line += "  (NOT READY at the end)"
        print(line)
    if a.workdir:
        for name in PORTS:
            for label, s in snaps[1:]:
                target(a.workdir, f"{name}: RSS {label}", round(s[name]["rssMB"]) if s[name]["rssMB"] else None,
                       "<=", 256, "MiB")



# ------------------------------------------------------------------------------------------------------- targets
# The targets of issue 15, one row each, printed together at the end of run.sh with the target beside the measured
# figure and YES/NO. Every measuring subcommand appends its rows to <workdir>/targets.jsonl with target(); rows are
# printed in the order they were written. To add a target, append a row where it is measured: nothing else changes.


def target(workdir, name, measured, op, limit, unit="", note=""):
    """One target row: measured <op> limit (op is '>=' or '<='); measured None means it could not be measured."""
    held = None if measured is None else (measured >= limit if op == ">=" else measured <= limit)
    with open(os.path.join(workdir, "targets.jsonl"), "a") as f:
        f.write(json.dumps({"name": name, "measured": measured, "op": op, "limit": limit, "unit": unit,
                            "note": note, "held": held}) + "\n")


def _fmt(v, unit):
    if v is None:
        return "-"
    if isinstance(v, float) and unit in ("", "x"):
        return f"{v:.2f}{unit}"
    return f"{v:,.2f} {unit}".rstrip() if isinstance(v, float) else f"{v:,} {unit}".rstrip()


def cmd_targets(a):
    path = os.path.join(a.workdir, "targets.jsonl")
    rows = []
    if os.path.exists(path):
        with open(path) as f:
            rows = [json.loads(line) for line in f if line.strip()]
    print("Targets of issue 15 (measured in this run; ratios are of ceilings measured in the same minute)")
    width = max([len(r["name"]) for r in rows] + [6])
    print(f"{'target':{width}} {'measured':>14} {'target':>14}  held")
    for r in rows:
        held = "-" if r["held"] is None else ("YES" if r["held"] else "NO")
        print(f"{r['name']:{width}} {_fmt(r['measured'], r['unit']):>14} {r['op'] + ' ' + _fmt(r['limit'], r['unit']):>14}"
              f"  {held}" + (f"  ({r['note']})" if r["note"] else ""))
    held = [r["held"] for r in rows]
    print(f"targets held: {sum(1 for h in held if h)} of {len(held)}"
          + (f"; not measured: {sum(1 for h in held if h is None)}" if None in held else ""))


# ---------------------------------------------------------------------------------------------------------- main


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("startup")
    p.add_argument("--root", required=True)
    p.add_argument("--log", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--timeout", type=int, default=300)
    p.add_argument("--bare", help="quarkus-run.jar of bench/bare, started with the services' JVM flags")
    p.add_argument("--workdir", help="where targets.jsonl is written")
    p = sub.add_parser("startup-alone")
    p.add_argument("--root", required=True)
    p.add_argument("--bare", help="quarkus-run.jar of bench/bare, started with the services' JVM flags")
    p.add_argument("--out")
    p.add_argument("--timeout", type=int, default=120)
    p = sub.add_parser("load")
    p.add_argument("--token", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--initiatives", type=int, default=60)
    p.add_argument("--full", type=int, default=10)
    for name in ("throughput", "growth"):
        p = sub.add_parser(name)
        p.add_argument("--token", required=True)
        p.add_argument("--ids", required=True)
        p.add_argument("--pg-port", type=int, required=True)
        p.add_argument("--workdir", required=True)
        if name == "throughput":
            p.add_argument("--duration", type=int, default=12)
            p.add_argument("--warmup", type=int, default=5, help="seconds per warm-up round")
            p.add_argument("--warmup-rounds", type=int, default=24, help="at most this many warm-up rounds")
            p.add_argument("--steady", type=float, default=0.05, help="two rounds within this fraction: steady")
            p.add_argument("--jit-idle", type=float, default=0.10,
                           help="steady only when the JIT threads used at most this share of one core in the round")
            p.add_argument("--root", required=True, help="the folder the services' jars were started from")
            p.add_argument("--connections", type=int, default=16)
        else:
            p.add_argument("--sizes", default="10 100 1000 10000")
            p.add_argument("--reps", type=int, default=3)
            p.add_argument("--timeout", type=int, default=300)
            p.add_argument("--single-above", type=float, default=60.0)
            p.add_argument("--tolerance", type=float, default=1.3)
            p.add_argument("--series", choices=["realistic", "no-pairs"], default="realistic")
    p = sub.add_parser("memory")
    p.add_argument("--root", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--label", required=True)
    p = sub.add_parser("targets")
    p.add_argument("--workdir", required=True)
    p = sub.add_parser("memory-table")
    p.add_argument("--startup", required=True)
    p.add_argument("--logs", required=True)
    p.add_argument("--workdir", help="where targets.jsonl is written")
    p.add_argument("snapshots", nargs="*")
    a = ap.parse_args()
    {"startup": cmd_startup, "startup-alone": cmd_startup_alone, "load": cmd_load, "throughput": cmd_throughput, "growth": cmd_growth,
     "memory": cmd_memory, "memory-table": cmd_memory_table, "targets": cmd_targets}[a.cmd](a)


if __name__ == "__main__":
    main()
