#!/usr/bin/env python3
"""Events bench (bench/events.sh): events written and delivered per second to a local webhook receiver, and the delay
from commit to delivery at a steady 100 changes per second. Python 3 standard library only; prints a table, asserts
nothing about speed.

The receiver verifies every signature (Standard Webhooks) so that the figures are for real, signed deliveries.
"""
import argparse
import base64
import hashlib
import hmac
import http.client
import json
import statistics
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARRIVALS = {}          # resource id -> arrival time (first delivery)
DUPLICATES = [0]
BAD_SIGNATURES = [0]
LOCK = threading.Lock()
SECRET = [None]


def verify(headers, body):
    key = base64.b64decode(SECRET[0][len("whsec_"):])
    signed = f"{headers['webhook-id']}.{headers['webhook-timestamp']}.".encode() + body
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    return any(hmac.compare_digest(expected, s.split(",", 1)[1]) for s in headers["webhook-signature"].split(" "))


class Hook(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        now = time.monotonic()
        body = self.rfile.read(int(self.headers.get("content-length", "0")))
        ok = SECRET[0] is not None and verify(self.headers, body)
        resource = json.loads(body)["data"]["id"]
        with LOCK:
            if not ok:
                BAD_SIGNATURES[0] += 1
            elif resource in ARRIVALS:
                DUPLICATES[0] += 1
            else:
                ARRIVALS[resource] = now
        self.send_response(204)
        self.send_header("content-length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


class Client:
    def __init__(self, token):
        self.token = token
        self.conn = http.client.HTTPConnection("localhost", 8081, timeout=30)

    def post(self, path, body):
        self.conn.request("POST", path, body=json.dumps(body), headers={
            "Authorization": "Bearer " + self.token, "Content-Type": "application/json"})
        response = self.conn.getresponse()
        data = response.read()
        if response.status != 201:
            raise RuntimeError(f"{path}: {response.status} {data[:200]!r}")
        return json.loads(data)


def create(client, i):
    return client.post("/v1/initiatives", {"title": {"nl": f"Bench {i}"}, "type": "CITIZEN_COLLECTIVE",
                                          "primaryDomain": "ENERGY"})["id"]


def wait_for(ids, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with LOCK:
            if all(i in ARRIVALS for i in ids):
                return True
        time.sleep(0.02)
    return False


def burst(token, count, threads):
    """As fast as `threads` clients can create: events written per second, then delivered per second."""
    commits = {}
    counter = iter(range(count))
    lock = threading.Lock()

    def work():
        client = Client(token)
        while True:
            with lock:
                i = next(counter, None)
            if i is None:
                return
            rid = create(client, i)
            commits[rid] = time.monotonic()

    start = time.monotonic()
    workers = [threading.Thread(target=work) for _ in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    written = time.monotonic() - start
    complete = wait_for(list(commits), 300)
    with LOCK:
        last = max(ARRIVALS[r] for r in commits if r in ARRIVALS)
    return count / written, len([r for r in commits if r in ARRIVALS]) / (last - start), complete


def paced(token, rate, seconds, threads):
    """`rate` creates per second for `seconds`: the delay from each commit (201 received) to its delivery."""
    total = rate * seconds
    commits = {}
    slots = iter(range(total))
    lock = threading.Lock()
    start = time.monotonic() + 0.5
    late = [0]

    def work():
        client = Client(token)
        while True:
            with lock:
                i = next(slots, None)
            if i is None:
                return
            due = start + i / rate
            pause = due - time.monotonic()
            if pause > 0:
                time.sleep(pause)
            elif pause < -0.05:
                late[0] += 1
            rid = create(client, i)
            commits[rid] = time.monotonic()

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    achieved = total / (max(commits.values()) - start)
    complete = wait_for(list(commits), 120)
    with LOCK:
        delays = sorted((ARRIVALS[r] - t) * 1000 for r, t in commits.items() if r in ARRIVALS)
    q = statistics.quantiles(delays, n=100)
    return achieved, delays, q[49], q[98], max(delays), complete, late[0]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--token", required=True)
    parser.add_argument("--burst", type=int, default=2000)
    parser.add_argument("--threads", type=int, default=16)
    parser.add_argument("--rate", type=int, default=100)
    parser.add_argument("--seconds", type=int, default=30)
    args = parser.parse_args()

    server = ThreadingHTTPServer(("127.0.0.1", 0), Hook)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    SECRET[0] = Client(args.token).post("/v1/webhook-subscriptions", {
        "url": url, "types": ["nl.speelveld.initiative.created.v1"], "description": "bench"})["secret"]
    # warm-up: a few hundred creates and deliveries before measuring
    burst(args.token, 300, args.threads)
    with LOCK:
        ARRIVALS.clear()

    written, delivered, complete = burst(args.token, args.burst, args.threads)
    print(f"burst: {args.burst} creates with {args.threads} clients on initiative-service, one subscription")
    print(f"  events written    {written:8.0f} /s  (committed creates, each with its event and delivery row)")
    print(f"  events delivered  {delivered:8.0f} /s  (first commit to last signed delivery received)"
          + ("" if complete else "  INCOMPLETE"))
    achieved, delays, p50, p99, worst, complete, late = paced(args.token, args.rate, args.seconds, 8)
    print(f"paced: {args.rate} changes/s for {args.seconds} s (achieved {achieved:.0f}/s, {late} sent late)")
    print(f"  commit-to-delivery delay  p50 {p50:7.1f} ms   p99 {p99:7.1f} ms   max {worst:7.1f} ms"
          f"   ({len(delays)} deliveries)" + ("" if complete else "  INCOMPLETE"))
    print(f"  duplicates {DUPLICATES[0]}, bad signatures {BAD_SIGNATURES[0]}")
    server.shutdown()


if __name__ == "__main__":
    main()
