#!/usr/bin/env bash
# Export bench (issue 14): a municipality's export and import in bounded memory. Loads 10,000 stakeholder groups and
# 100,000 interests into stakeholder-service (bench.py's growth loader), exports them, removes them, imports the file
# again and prints time, file size and the service's RSS and heap before, at peak and after (bench/lib/export.py).
# Starts the jars of this working tree with ./speelveld up (the production JVM flags, -Xmx96m) in a temporary data
# folder (ports 8081-8083): run it under the shared lock after a build, e.g.
#   flock /tmp/speelveld-mvn.lock ./mvnw -B -q -ntp -o -DskipTests package
#   flock /tmp/speelveld-mvn.lock bench/export.sh
# Settings (environment): EXPORT_GROUPS (10000; ten interests each).
set -euo pipefail
REPO="$(cd "$(dirname "$0")/.." && pwd)"
for m in initiative-service stakeholder-service assessment-service; do
  [ -f "$REPO/$m/target/quarkus-app/quarkus-run.jar" ] || { echo "bench: build first ($m has no jar)" >&2; exit 1; }
done
command -v psql >/dev/null || { echo "bench: psql is missing (apt-get install postgresql-client)" >&2; exit 1; }
WORK=$(mktemp -d /tmp/speelveld-export-bench.XXXXXX)
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
export SPEELVELD_RATE_LIMIT_ENABLED=false
"$REPO/speelveld" up > "$WORK/up.log" 2>&1 &
LAUNCHER=$!
for _ in $(seq 1 300); do grep -q "all services ready" "$WORK/up.log" && break; kill -0 "$LAUNCHER" || break; sleep 1; done
grep -q "all services ready" "$WORK/up.log" || { tail -30 "$WORK/up.log"; echo "bench: the system did not start" >&2; exit 1; }
PG_PORT=$(grep -oE 'PostgreSQL listens on localhost:[0-9]+' "$WORK/up.log" | grep -oE '[0-9]+$')
echo "bench: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(git -C "$REPO" rev-parse --short HEAD)"
python3 "$REPO/bench/lib/export.py" --token "$("$REPO/speelveld" token GM0344)" \
  --admin "$("$REPO/speelveld" token GM0344 admin)" --pg-port "$PG_PORT" --root "$REPO" --workdir "$WORK" \
  --groups "${EXPORT_GROUPS:-10000}"
