#!/usr/bin/env python3
"""A municipality's export in bounded memory (issue 14): loads 10,000 stakeholder groups with 100,000 interests into
stakeholder-service (the growth bench's loader, bench.py growth_sql), exports them with GET /v1/exports/{code},
removes them and imports the file again with POST /v1/imports, and prints time, file size and the service's RSS and
heap before, during (peak) and after each. Asserts nothing about speed; exits 1 when a call fails or the round trip
does not give back the same records (the manifests' SHA-256)."""
import argparse
import hashlib
import json
import os
import sys
import threading
import time
import urllib.request

sys.path.insert(0, os.path.dirname(__file__))
import bench  # noqa: E402  (the loader, psql, the services' pids and ports)

STAKEHOLDER = "stakeholder-service"


def heap_mb(port):
    """Heap in use (sum of jvm_memory_used_bytes of the heap pools) from the management port's metrics."""
    with urllib.request.urlopen(f"http://{bench.HOST}:{port + bench.MANAGEMENT_OFFSET}/q/metrics", timeout=10) as r:
        total = 0.0
        for line in r.read().decode().splitlines():
            if line.startswith("jvm_memory_used_bytes{") and 'area="heap"' in line:
                total += float(line.rsplit(" ", 1)[1])
        return total / 1024 / 1024


class Peak(threading.Thread):
    """Samples the service's RSS every 50 ms while a call runs."""

    def __init__(self, pid):
        super().__init__(daemon=True)
        self.pid, self.peak, self.done = pid, 0, False

    def run(self):
        while not self.done:
            self.peak = max(self.peak, bench.status_kb(self.pid, "VmRSS") or 0)
            time.sleep(0.05)

    def stop(self):
        self.done = True
        self.join()
        return self.peak / 1024


def measured(pid, port, label, call):
    before = (bench.status_kb(pid, "VmRSS") / 1024, heap_mb(port))
    peak = Peak(pid)
    peak.start()
    t0 = time.monotonic()
    result = call()
    took = time.monotonic() - t0
    rss_peak = peak.stop()
    after = (bench.status_kb(pid, "VmRSS") / 1024, heap_mb(port))
    print(f"{label}: {took:.1f} s; RSS {before[0]:.0f} MB before, {rss_peak:.0f} MB peak, {after[0]:.0f} MB after;"
          f" heap {before[1]:.0f} MB before, {after[1]:.0f} MB after")
    return result, took


def export(port, token, path):
    req = urllib.request.Request(f"http://{bench.HOST}:{port}/v1/exports/{bench.TENANT}")
    req.add_header("Authorization", "Bearer " + token)
    size = 0
    with urllib.request.urlopen(req, timeout=3600) as resp, open(path, "wb") as out:
        while True:
            chunk = resp.read(1 << 16)
            if not chunk:
                break
            out.write(chunk)
            size += len(chunk)
    return size


def restore(port, token, path):
    with open(path, "rb") as body:
        req = urllib.request.Request(f"http://{bench.HOST}:{port}/v1/imports", data=body, method="POST")
        req.add_header("Authorization", "Bearer " + token)
        req.add_header("Content-Type", "application/x-ndjson")
        req.add_header("Content-Length", str(os.path.getsize(path)))
        with urllib.request.urlopen(req, timeout=3600) as resp:
            return json.loads(resp.read())


def manifest(path):
    with open(path, "rb") as f:
        f.seek(max(0, os.path.getsize(path) - 4096))
        return json.loads(f.read().decode().strip().splitlines()[-1])["manifest"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--token", required=True, help="initiatives:write (the initiative and its issues)")
    ap.add_argument("--admin", required=True, help="a token of the same municipality with the admin scope")
    ap.add_argument("--pg-port", type=int, required=True)
    ap.add_argument("--root", required=True, help="the tree whose jars run (to find the service's pid)")
    ap.add_argument("--workdir", required=True)
    ap.add_argument("--groups", type=int, default=10000)
    a = ap.parse_args()
    port = bench.PORTS[STAKEHOLDER]
    pid = bench.service_pids(a.root).get(STAKEHOLDER)
    if not pid:
        raise SystemExit("bench: stakeholder-service is not running from " + a.root)
    ini, _, _ = bench.apis(a.token)
    iid = ini.post("/v1/initiatives", {"title": {"nl": f"Warmtetransitie stad ({a.groups} groepen)"},
                                       "type": "COPRODUCTION", "phase": "EXPLORATION"})[0]["id"]
    issues = [ini.post(f"/v1/initiatives/{iid}/issues", {"label": {"nl": bench.ISSUES[i]}})[0]["id"]
              for i in range(len(bench.ISSUES))]
    t0 = time.monotonic()
    bench.psql(a, "stakeholder", bench.growth_sql(iid, issues, a.groups, 10, bench.STANCES))
    print(f"loaded {a.groups} groups and {a.groups * 10} interests with SQL in {time.monotonic() - t0:.1f} s")
    # one small export first, so the measured one does not include class loading and JIT of the path
    export(port, a.admin, os.path.join(a.workdir, "warm.ndjson"))

    path = os.path.join(a.workdir, "export.ndjson")
    size, took = measured(pid, port, "export", lambda: export(port, a.admin, path))
    first = manifest(path)
    print(f"export file: {size / 1024 / 1024:.1f} MB, {first['records']} records"
          f" ({first['counts']['stakeholder_group']} groups, {first['counts']['interest']} interests),"
          f" {first['records'] / took:.0f} records/s")
    with open(path, "rb") as f:
        lines = f.read().rstrip(b"\n").split(b"\n")
    if hashlib.sha256(b"".join(line + b"\n" for line in lines[:-1])).hexdigest() != first["sha256"]:
        raise SystemExit("bench: the file's lines do not give the manifest's SHA-256")
    del lines

    tables = list(first["counts"])
    bench.psql(a, "stakeholder", "BEGIN; SET LOCAL session_replication_role = replica; "
               + " ".join(f"DELETE FROM {t} WHERE municipality_code = '{bench.TENANT}';" for t in reversed(tables))
               + " COMMIT;")
    restored, took = measured(pid, port, "import", lambda: restore(port, a.admin, path))
    print(f"import: {restored['records']} records, {restored['records'] / took:.0f} records/s")
    again = os.path.join(a.workdir, "again.ndjson")
    export(port, a.admin, again)
    if manifest(again)["sha256"] != first["sha256"]:
        raise SystemExit("bench: the import did not give back the same records (SHA-256 differs)")
    print("round trip: the same records (equal SHA-256)")


if __name__ == "__main__":
    main()
