#!/usr/bin/env bash
# Events bench: events written and delivered per second to a local webhook receiver, and the delay from commit to
# delivery (p50, p99) at 100 changes per second (bench/lib/events.py). Starts the jars of this working tree with
# ./speelveld up in a temporary data folder (ports 8081-8083), so run it under the shared lock after a build:
#   flock /tmp/speelveld-mvn.lock ./mvnw -B -q -ntp -o -DskipTests install
#   flock /tmp/speelveld-mvn.lock bench/events.sh
# Settings (environment): EVENTS_BURST (2000), EVENTS_RATE (100), EVENTS_SECONDS (30).
set -euo pipefail
REPO="$(cd "$(dirname "$0")/.." && pwd)"
for m in initiative-service stakeholder-service assessment-service; do
  [ -f "$REPO/$m/target/quarkus-app/quarkus-run.jar" ] || { echo "bench: build first ($m has no jar)" >&2; exit 1; }
done
WORK=$(mktemp -d /tmp/speelveld-events-bench.XXXXXX)
LAUNCHER=""
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [ -n "$LAUNCHER" ] && kill -0 "$LAUNCHER" 2>/dev/null; then
    kill -TERM "$LAUNCHER" 2>/dev/null || true
    for _ in $(seq 1 90); do kill -0 "$LAUNCHER" 2>/dev/null || break; sleep 1; done
    kill -0 "$LAUNCHER" 2>/dev/null && kill -KILL "$LAUNCHER" 2>/dev/null || true
  fi
  rm -rf "$WORK"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
export SPEELVELD_DATA="$WORK/data"
# The bench creates far more than a client's per-minute write budget: the rate limiter is off for this run only.
export SPEELVELD_RATE_LIMIT_ENABLED=false
"$REPO/speelveld" up > "$WORK/up.log" 2>&1 &
LAUNCHER=$!
for _ in $(seq 1 300); do grep -q "all services ready" "$WORK/up.log" && break; kill -0 "$LAUNCHER" || break; sleep 1; done
grep -q "all services ready" "$WORK/up.log" || { tail -30 "$WORK/up.log"; echo "bench: the system did not start" >&2; exit 1; }
echo "bench: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(git -C "$REPO" rev-parse --short HEAD)"
python3 "$REPO/bench/lib/events.py" --token "$("$REPO/speelveld" token GM0344)" --burst "${EVENTS_BURST:-2000}" \
  --rate "${EVENTS_RATE:-100}" --seconds "${EVENTS_SECONDS:-30}"
