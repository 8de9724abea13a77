# Sourced by the bench scripts that need the whole system (bench/events.sh, bench/export.sh): checks that the jars of
# this working tree are built, starts them with ./speelveld up in a temporary data folder (ports 8081-8083, the rate
# limiter off: a bench writes far more than a client's per-minute budget) and stops the system and removes the folder
# when the script ends, also on Ctrl-C or SIGTERM. Sets REPO, WORK, LAUNCHER and UP_LOG.

# bench_system_up NAME: NAME names the temporary folder (/tmp/speelveld-NAME-bench.XXXXXX)
bench_system_up() {
  REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
  local m
  for m in initiative-service stakeholder-service assessment-service; do
    [ -f "$REPO/$m/target/quarkus-app/quarkus-run.jar" ] || { echo "bench: build first ($m has no jar)" >&2; exit 1; }
  done
  WORK=$(mktemp -d "/tmp/speelveld-$1-bench.XXXXXX")
  LAUNCHER=""
  trap bench_system_down EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  export SPEELVELD_DATA="$WORK/data"
  export SPEELVELD_RATE_LIMIT_ENABLED=false
  UP_LOG="$WORK/up.log"
  "$REPO/speelveld" up > "$UP_LOG" 2>&1 &
  LAUNCHER=$!
  for _ in $(seq 1 300); do grep -q "all services ready" "$UP_LOG" && break; kill -0 "$LAUNCHER" || break; sleep 1; done
  grep -q "all services ready" "$UP_LOG" || { tail -30 "$UP_LOG"; echo "bench: the system did not start" >&2; exit 1; }
  echo "bench: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(git -C "$REPO" rev-parse --short HEAD)"
}

bench_system_down() {
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
