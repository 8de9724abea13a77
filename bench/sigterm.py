#!/usr/bin/env python3
"""A rolling update loses nothing: SIGTERM to one service under a small load, as Kubernetes stops a pod.

Against a running `./speelveld up` (under the build lock: it stops one of its services). Worker threads send a mix
of reads and writes over keep-alive connections to one service, as an ingress controller would. Then the script
sends SIGTERM to that service's JVM and plays the part of the Service endpoints: new requests keep arriving for
--lag seconds (the time an endpoint removal takes to reach every node and the ingress), then none are sent to the
stopping pod any more; requests already sent run to their end. Meanwhile it polls readiness on the management port.

It prints the figures (requests before and after SIGTERM, failures, when readiness went DOWN, when the process was
gone) and exits 1 when any request failed (no answer, a reset connection or a 5xx), when readiness did not go DOWN
before the process stopped, or when the process took longer than --grace seconds (the pod's
terminationGracePeriodSeconds minus its preStop sleep: 40 - 5 = 35 in deploy/base).

The service is stopped afterwards: start ./speelveld up again. Python 3 standard library only.

usage: bench/sigterm.py [--service initiative-service] [--workers 6] [--lag 2] [--before 4] [--grace 35]
"""
import argparse
import http.client
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
import uuid

HOST = "127.0.0.1"
PORTS = {"initiative-service": 8081, "stakeholder-service": 8082, "assessment-service": 8083}
MANAGEMENT_OFFSET = 1000
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def pid_of(port):
    """The process that listens on this TCP port (the service's JVM), from /proc."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(table) as f:
                next(f)
                for line in f:
                    fields = line.split()
                    if fields[3] == "0A" and int(fields[1].rsplit(":", 1)[1], 16) == port:  # 0A: LISTEN
                        inodes.add(fields[9])
        except OSError:
            continue
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            for fd in os.listdir(f"/proc/{entry}/fd"):
                target = os.readlink(f"/proc/{entry}/fd/{fd}")
                if target.startswith("socket:[") and target[8:-1] in inodes:
                    return int(entry)
        except OSError:
            continue
    return None


def alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


def ready(port):
    try:
        c = http.client.HTTPConnection(HOST, port, timeout=1)
        c.request("GET", "/q/health/ready")
        status = c.getresponse().status
        c.close()
        return status == 200
    except OSError:
        return False


class Load:
    def __init__(self, port, token, initiative, workers):
        self.port, self.token, self.initiative = port, token, initiative
        self.open = True  # the endpoint still routes new requests here
        self.results = []  # (sent_at, done_at, status or error text, method)
        self.lock = threading.Lock()
        self.threads = [threading.Thread(target=self.work, args=(i,), daemon=True) for i in range(workers)]

    def start(self):
        for t in self.threads:
            t.start()

    def join(self, timeout):
        for t in self.threads:
            t.join(timeout)

    def work(self, n):
        rnd = random.Random(n)
        conn = None
        while self.open:
            if conn is None:
                conn = http.client.HTTPConnection(HOST, self.port, timeout=30)
            write = rnd.random() < 0.25
            headers = {"Authorization": "Bearer " + self.token}
            if write:
                method, path = "POST", f"/v1/initiatives/{self.initiative}/issues"
                body = json.dumps({"label": {"nl": f"Kwestie {uuid.uuid4().hex[:8]}"}}).encode()
                headers["Content-Type"] = "application/json"
                headers["Idempotency-Key"] = str(uuid.uuid4())
            else:
                method, body = "GET", None
                path = rnd.choice([f"/v1/initiatives/{self.initiative}", "/v1/initiatives?limit=20",
                                   f"/v1/initiatives/{self.initiative}/issues?limit=20"])
            sent = time.monotonic()
            try:
                conn.request(method, path, body=body, headers=headers)
                r = conn.getresponse()
                r.read()
                outcome = r.status
                if r.getheader("Connection", "").lower() == "close":
                    conn.close()
                    conn = None
            except (OSError, http.client.HTTPException) as e:
                outcome = f"{type(e).__name__}: {e}"
                conn.close()
                conn = None
            with self.lock:
                self.results.append((sent, time.monotonic(), outcome, method))
            time.sleep(0.01)
        if conn is not None:
            conn.close()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--service", default="initiative-service", choices=sorted(PORTS))
    ap.add_argument("--workers", type=int, default=6)
    ap.add_argument("--lag", type=float, default=2.0, help="seconds new requests still arrive after SIGTERM")
    ap.add_argument("--before", type=float, default=4.0, help="seconds of load before SIGTERM")
    ap.add_argument("--grace", type=float, default=35.0, help="seconds the process may take to stop")
    ap.add_argument("--token")
    a = ap.parse_args()
    if a.service != "initiative-service":
        sys.exit("only initiative-service has the load mix of this script")
    port = PORTS[a.service]
    management = port + MANAGEMENT_OFFSET
    pid = pid_of(port)
    if pid is None or not ready(management):
        sys.exit(f"{a.service} is not running or not ready (start ./speelveld up first)")
    token = a.token or subprocess.run([os.path.join(ROOT, "speelveld"), "token", "GM0344"], check=True,
                                      capture_output=True, text=True).stdout.strip()
    c = http.client.HTTPConnection(HOST, port, timeout=10)
    c.request("POST", "/v1/initiatives", body=json.dumps({"title": {"nl": "SIGTERM-proef"},
                                                          "type": "CITIZEN_INITIATIVE"}).encode(),
              headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    r = c.getresponse()
    initiative = json.loads(r.read())["id"]
    c.close()

    load = Load(port, token, initiative, a.workers)
    load.start()
    time.sleep(a.before)
    t0 = time.monotonic()
    os.kill(pid, signal.SIGTERM)
    ready_down = exited = routed_off = None
    while time.monotonic() - t0 < a.grace + 10:
        now = time.monotonic() - t0
        if routed_off is None and now >= a.lag:
            load.open = False  # the endpoint removal has reached everyone: no new requests for this pod
            routed_off = now
        if ready_down is None and alive(pid) and not ready(management):
            ready_down = time.monotonic() - t0
        if not alive(pid):
            exited = time.monotonic() - t0
            break
        time.sleep(0.05)
    load.open = False
    load.join(40)

    results = load.results
    before = [x for x in results if x[0] < t0]
    after = [x for x in results if x[0] >= t0]
    failed = [x for x in results if not isinstance(x[2], int) or x[2] >= 500]
    in_flight = [x for x in results if x[0] < t0 <= x[1]]
    statuses = {}
    for x in results:
        key = x[2] if isinstance(x[2], int) else "error"
        statuses[key] = statuses.get(key, 0) + 1
    writes = sum(1 for x in results if x[3] == "POST" and x[2] == 201)
    print(f"SIGTERM under load: {a.service} (pid {pid}), {a.workers} workers over keep-alive connections, "
          f"new requests for {a.lag:.1f} s after SIGTERM")
    print(f"  requests: {len(results)} ({len(before)} before SIGTERM, {len(after)} after; {len(in_flight)} in flight "
          f"at SIGTERM); writes stored (201): {writes}")
    print(f"  answers by status: {dict(sorted(statuses.items(), key=lambda kv: str(kv[0])))}")
    print(f"  failed (no answer, reset or 5xx): {len(failed)}")
    for x in failed[:10]:
        print(f"    {x[3]} at +{x[0] - t0:.2f} s: {x[2]}")
    print(f"  readiness DOWN after: {'never seen' if ready_down is None else f'{ready_down:.2f} s'}")
    print(f"  process gone after: {'not within the grace period' if exited is None else f'{exited:.2f} s'} "
          f"(grace {a.grace:.0f} s)")
    ok = not failed and exited is not None and exited <= a.grace and ready_down is not None and ready_down < exited
    print("  PASS" if ok else "  FAIL")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
