#!/usr/bin/env bash
# bench/run.sh — the performance baseline of Speelveld, measured as ratios in one run (see bench/README.md).
#
#   bench/run.sh [--tree] [--keep] [--no-bad-input] [--quick]
#
# It builds the committed HEAD in a temporary folder (or, with --tree, copies the jars already built in this
# working tree), starts the whole system there with `./speelveld up` (its own SPEELVELD_DATA, ports 8081-8083),
# loads realistic data through the API, measures reads with wrk against their ceilings (a trivial endpoint of
# the same framework, an authenticated endpoint without database, pgbench running the same SELECT), times
# assessments of initiatives with 10 .. 10,000 groups, reads each service's memory and start-up time, runs
# bench/bad-input.py, and stops everything it started (trap on EXIT, INT and TERM).
#
# Environment: BENCH_DURATION (s per measured run, default 12), BENCH_WARMUP (s per warm-up round, 5: rounds run
# until the JIT compiler is idle and two rounds agree within 5 %, at most BENCH_WARMUP_ROUNDS, 24),
# BENCH_CONNECTIONS (16),
# BENCH_SIZES ("10 100 1000 10000"), BENCH_REPS (3), BENCH_ASSESS_TIMEOUT (s per assessment, 300),
# BENCH_WAIT_PORTS (s to wait for 8081-8083 to be free, 0).
# Exit status: 0 when every check held; 1 setup or measuring failed; 2 bad input found a 5xx or a non-problem 4xx;
# 3 the assessment grew worse than linearly (or failed); 4 both 2 and 3.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$BENCH_DIR")
DURATION=${BENCH_DURATION:-12}
WARMUP=${BENCH_WARMUP:-5}
WARMUP_ROUNDS=${BENCH_WARMUP_ROUNDS:-24}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
SIZES=${BENCH_SIZES:-"10 100 1000 10000"}
REPS=${BENCH_REPS:-3}
ASSESS_TIMEOUT=${BENCH_ASSESS_TIMEOUT:-300}
FROM_TREE=0 KEEP=0 BAD_INPUT=1
for arg in "$@"; do
  case "$arg" in
    --tree) FROM_TREE=1 ;;
    --keep) KEEP=1 ;;
    --no-bad-input) BAD_INPUT=0 ;;
    --quick) DURATION=5; WARMUP=2; WARMUP_ROUNDS=3; SIZES="10 100 1000"; REPS=2 ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "bench: unknown option $arg (see --help)" >&2; exit 1 ;;
  esac
done

say() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*"; }

# The shared build lock (/tmp/speelveld-mvn.lock): the builds below take it, unless the caller holds it for the whole
# run already (it starts services on fixed ports): flock /tmp/speelveld-mvn.lock env BENCH_LOCK_HELD=1 bench/run.sh.
# A second flock on the same file under the caller's would wait for ever.
if [ "${BENCH_LOCK_HELD:-0}" = 1 ]; then export LOCKED=""; else export LOCKED="flock /tmp/speelveld-mvn.lock"; fi

# ---------------------------------------------------------------------------------------------------- tools
need_apt=()
command -v wrk >/dev/null 2>&1 || need_apt+=(wrk)
if ! command -v pgbench >/dev/null 2>&1 || ! pgbench --version >/dev/null 2>&1; then
  need_apt+=(postgresql-contrib)   # Debian bookworm: pgbench 15 comes with the server package this pulls in
fi
command -v psql >/dev/null 2>&1 || need_apt+=(postgresql-client)
if [ ${#need_apt[@]} -gt 0 ]; then
  say "installing missing tools from Debian: ${need_apt[*]} (wrk is the load generator, pgbench and psql the database ceiling and the bulk load)"
  if [ "$(id -u)" != 0 ]; then
    echo "bench: run as root or install them first: apt-get install -y ${need_apt[*]}" >&2; exit 1
  fi
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null \
    || { echo "bench: apt-get install ${need_apt[*]} failed" >&2; exit 1; }
fi
for tool in wrk pgbench psql python3 java git curl; do
  command -v "$tool" >/dev/null 2>&1 || { echo "bench: '$tool' is missing" >&2; exit 1; }
done
pgv=$(pgbench --version | grep -oE '[0-9]+' | head -1)
[ "$pgv" -ge 15 ] || { echo "bench: pgbench $pgv is too old (15 or newer needed)" >&2; exit 1; }

# ./speelveld up always listens on 8081-8083: wait (BENCH_WAIT_PORTS seconds, default 0) for another run to end
wait_for_ports() {
  local deadline=$(( $(date +%s) + ${BENCH_WAIT_PORTS:-0} )) port
  for port in 8081 8082 8083 8084; do
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
      if [ "$(date +%s)" -ge "$deadline" ]; then
        echo "bench: port $port is in use (another ./speelveld up?); stop it first or set BENCH_WAIT_PORTS" >&2
        exit 1
      fi
      sleep 5
    done
  done
}
wait_for_ports   # early, before the build; once more right before the start

# --------------------------------------------------------------------------------------------- clean up
WORK=$(mktemp -d /tmp/speelveld-bench.XXXXXX)
LAUNCHER="" STEP=""
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [ -n "$STEP" ] && kill -0 "$STEP" 2>/dev/null; then   # the step's own process group (see step below)
    kill -TERM -- "-$STEP" 2>/dev/null || true; wait "$STEP" 2>/dev/null || true
  fi
  if [ -n "$LAUNCHER" ] && kill -0 "$LAUNCHER" 2>/dev/null; then
    say "stopping the system (SIGTERM to the launcher, pid $LAUNCHER)"
    kill -TERM "$LAUNCHER" 2>/dev/null || true
    for _ in $(seq 1 90); do kill -0 "$LAUNCHER" 2>/dev/null || break; sleep 1; done
    kill -0 "$LAUNCHER" 2>/dev/null && kill -KILL "$LAUNCHER" 2>/dev/null || true
    wait "$LAUNCHER" 2>/dev/null || true
  fi
  # anything of ours that outlived the launcher: the service JVMs by their jar path in $WORK, PostgreSQL by its pid file
  local left=()
  for p in /proc/[0-9]*; do
    if tr '\0' ' ' < "$p/cmdline" 2>/dev/null | grep -qF "$WORK/src/"; then left+=("${p#/proc/}"); fi
  done
  if [ -f "$WORK/data/pgdata/postmaster.pid" ]; then left+=("$(head -1 "$WORK/data/pgdata/postmaster.pid")"); fi
  for pid in "${left[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then say "ending left-over process $pid"; kill -TERM "$pid" 2>/dev/null || true; fi
  done
  sleep 1
  for pid in "${left[@]}"; do kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true; done
  if [ "$KEEP" = 1 ]; then say "kept $WORK (logs under data/logs)"; else rm -rf "$WORK"; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# run a long step in its own process group, in the background, and wait for it: a signal reaches the trap at once,
# and the trap ends the step with everything it started (Maven's JVM, wrk, pgbench) by that group's id
step() { setsid "$@" & STEP=$!; local rc=0; wait "$STEP" || rc=$?; STEP=""; return "$rc"; }

# ---------------------------------------------------------------------------------------------------- build
say "work folder $WORK; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
mkdir -p "$WORK/src"
if [ "$FROM_TREE" = 1 ]; then
  for m in initiative-service stakeholder-service assessment-service; do
    [ -f "$REPO/$m/target/quarkus-app/quarkus-run.jar" ] || {
      say "jars missing in the working tree: building (./mvnw -B -q -DskipTests install)"
      step bash -c 'cd "$1" && exec $LOCKED ./mvnw -B -q -ntp -DskipTests install' _ "$REPO" \
        || { echo "bench: the build failed" >&2; exit 1; }
      break; }
  done
  say "copying the working tree's jars (under the Maven lock, so no build rewrites them half-way)"
  $LOCKED bash -c '
    for m in initiative-service stakeholder-service assessment-service; do
      mkdir -p "$2/src/$m/target" && cp -a "$1/$m/target/quarkus-app" "$2/src/$m/target/"
      rm -f "$2/src/$m/target/quarkus-app/app-cds.jsa"; done
    mkdir -p "$2/src/devtools/target" && cp -a "$1/devtools/target/classes" "$1/devtools/target/classpath.txt" "$2/src/devtools/target/"
    cp "$1/speelveld" "$1/mvnw" "$2/src/" && cp -a "$1/.mvn" "$2/src/" 2>/dev/null || true' _ "$REPO" "$WORK"
  WHAT="jars of the working tree at $(git -C "$REPO" rev-parse --short HEAD)$(git -C "$REPO" diff --quiet HEAD -- . ':!bench' || echo ' + uncommitted changes')"
else
  git -C "$REPO" archive HEAD | tar -x -C "$WORK/src"
  say "building the committed HEAD $(git -C "$REPO" rev-parse --short HEAD) in $WORK/src (waits for the shared Maven lock)"
  t0=$(date +%s)
  step bash -c 'cd "$1" && exec $LOCKED ./mvnw -B -q -ntp -DskipTests package \
      -pl devtools,initiative-service,stakeholder-service,assessment-service -am' _ "$WORK/src" > "$WORK/build.log" 2>&1 \
    || { tail -40 "$WORK/build.log"; echo "bench: the build failed" >&2; exit 1; }
  say "built in $(( $(date +%s) - t0 )) s"
  WHAT="committed HEAD $(git -C "$REPO" rev-parse --short HEAD) ($(git -C "$REPO" log -1 --format=%cd --date=iso))"
fi

# the start-up yardstick: bench/bare, a bare Quarkus REST application, built on its own (not a product module)
BARE_SRC="$WORK/src/bench/bare"
[ "$FROM_TREE" = 1 ] && { mkdir -p "$WORK/src/bench" && cp -a "$BENCH_DIR/bare" "$WORK/src/bench/"; rm -rf "$BARE_SRC/target"; }
say "building the bare Quarkus REST application (bench/bare) for the start-up yardstick"
step bash -c 'cd "$1" && exec $LOCKED "$2/mvnw" -B -q -ntp -o -f bench/bare/pom.xml package' \
    _ "$WORK/src" "$REPO" > "$WORK/bare-build.log" 2>&1 \
  || step bash -c 'cd "$1" && exec $LOCKED "$2/mvnw" -B -q -ntp -f bench/bare/pom.xml package' \
    _ "$WORK/src" "$REPO" >> "$WORK/bare-build.log" 2>&1 \
  || { tail -20 "$WORK/bare-build.log"; echo "bench: bench/bare did not build" >&2; exit 1; }
BARE_JAR="$BARE_SRC/target/quarkus-app/quarkus-run.jar"

# ---------------------------------------------------------------------------------------------------- start
wait_for_ports
export SPEELVELD_DATA="$WORK/data"
mkdir -p "$SPEELVELD_DATA"
# one client sends more than the local budget of 100,000 reads a minute when an endpoint answers ~10,000 req/s: the
# answers would be 429s (counted as non-2xx); the bench's own budget is far above what it can send
export SPEELVELD_RATE_LIMIT_READS_PER_MINUTE=${SPEELVELD_RATE_LIMIT_READS_PER_MINUTE:-100000000}
export SPEELVELD_RATE_LIMIT_WRITES_PER_MINUTE=${SPEELVELD_RATE_LIMIT_WRITES_PER_MINUTE:-100000000}
if [ "${SPEELVELD_APPCDS:-true}" != false ]; then
  # a first start and stop writes each JVM's AppCDS archive (LocalSystem.classDataSharing; the bare application's
  # the same way), as a developer's second ./speelveld up would find it; the start measured below uses them
  say "priming start: the services and the bare application write their AppCDS archives when they stop"
  "$WORK/src/speelveld" up > "$WORK/up-prime.log" 2>&1 &
  LAUNCHER=$!
  step python3 "$BENCH_DIR/lib/bench.py" startup --root "$WORK/src" --log "$WORK/up-prime.log" \
    --out "$WORK/startup-prime.json" --timeout 300 --bare "$BARE_JAR" \
    || { grep -v '^  ey' "$WORK/up-prime.log" | tail -20; echo "bench: the system did not start" >&2; exit 1; }
  for _ in $(seq 1 60); do grep -q "all services ready" "$WORK/up-prime.log" && break; sleep 1; done
  kill -TERM "$LAUNCHER" 2>/dev/null || true
  for _ in $(seq 1 90); do kill -0 "$LAUNCHER" 2>/dev/null || break; sleep 1; done
  wait "$LAUNCHER" 2>/dev/null || true
  LAUNCHER=""
  ls "$WORK"/src/*/target/quarkus-app/app-cds.jsa "$BARE_SRC/target/quarkus-app/app-cds.jsa" 2>/dev/null \
    | sed 's/^/  archive: /'
fi
say "starting the system: SPEELVELD_DATA=$SPEELVELD_DATA $WORK/src/speelveld up"
"$WORK/src/speelveld" up > "$WORK/up.log" 2>&1 &
LAUNCHER=$!
step python3 "$BENCH_DIR/lib/bench.py" startup --root "$WORK/src" --log "$WORK/up.log" --out "$WORK/startup.json" \
  --timeout 300 --bare "$BARE_JAR" --workdir "$WORK" || { grep -v '^  ey' "$WORK/up.log" | tail -20; echo "bench: the system did not start" >&2; exit 1; }
for _ in $(seq 1 60); do grep -q "all services ready" "$WORK/up.log" && break; sleep 1; done
grep -q "all services ready" "$WORK/up.log" || { echo "bench: the launcher never reported ready" >&2; exit 1; }
PG_PORT=$(grep -oE 'PostgreSQL listens on localhost:[0-9]+' "$WORK/up.log" | grep -oE '[0-9]+$')
say "$(grep -oE 'all services ready in [0-9.]+ s' "$WORK/up.log") (launcher, embedded PostgreSQL on port $PG_PORT)"
python3 "$BENCH_DIR/lib/bench.py" memory --root "$WORK/src" --out "$WORK/mem-start.json" --label "after start"
TOKEN=$("$WORK/src/speelveld" token GM0344)
TOKEN_BAD=$("$WORK/src/speelveld" token GM0363)

# -------------------------------------------------------------------------------------------------- measure
RESULT=0
step python3 "$BENCH_DIR/lib/bench.py" load --token "$TOKEN" --out "$WORK/ids.json"
say "throughput: each API read, then its ceilings, ${DURATION} s each"
step python3 "$BENCH_DIR/lib/bench.py" throughput --token "$TOKEN" --ids "$WORK/ids.json" --pg-port "$PG_PORT" \
  --workdir "$WORK" --duration "$DURATION" --warmup "$WARMUP" --warmup-rounds "$WARMUP_ROUNDS" --root "$WORK/src" --connections "$CONNECTIONS" \
  || { echo "bench: throughput measurement failed or saw non-2xx answers" >&2; RESULT=1; }
python3 "$BENCH_DIR/lib/bench.py" memory --root "$WORK/src" --out "$WORK/mem-reads.json" --label "after the reads"

BAD_RC=0
if [ "$BAD_INPUT" = 1 ]; then
  say "bad input (bench/bad-input.py, tenant GM0363), before the growth test can leave a service short of memory"
  step python3 "$BENCH_DIR/bad-input.py" --token "$TOKEN_BAD" --municipality GM0363 > "$WORK/bad-input.txt" 2>&1 || BAD_RC=$?
  sed -n '1,/^FAILURES (/p' "$WORK/bad-input.txt" | sed '$d'
  sed -n '/^refused, but not/,$p' "$WORK/bad-input.txt"
  [ "$BAD_RC" = 0 ] || say "bad input found failures: full list in $WORK/bad-input.txt (kept: the work folder is kept on failure)"
  [ "$BAD_RC" = 0 ] || KEEP=1
fi

say "assessment growth: sizes $SIZES, $REPS repetitions, ${ASSESS_TIMEOUT} s at most per assessment"
GROWTH_RC=0
step python3 "$BENCH_DIR/lib/bench.py" growth --token "$TOKEN" --ids "$WORK/ids.json" --pg-port "$PG_PORT" \
  --workdir "$WORK" --sizes "$SIZES" --reps "$REPS" --timeout "$ASSESS_TIMEOUT" --series realistic || GROWTH_RC=$?
step python3 "$BENCH_DIR/lib/bench.py" growth --token "$TOKEN" --ids "$WORK/ids.json" --pg-port "$PG_PORT" \
  --workdir "$WORK" --sizes "$SIZES" --reps "$REPS" --timeout "$ASSESS_TIMEOUT" --series no-pairs || true
python3 "$BENCH_DIR/lib/bench.py" memory --root "$WORK/src" --out "$WORK/mem-growth.json" --label "after growth"
echo
python3 "$BENCH_DIR/lib/bench.py" memory-table --startup "$WORK/startup.json" --logs "$SPEELVELD_DATA/logs" --workdir "$WORK" \
  "after start=$WORK/mem-start.json" "after reads=$WORK/mem-reads.json" "after growth=$WORK/mem-growth.json"
errors=$(grep -a -c -E 'OutOfMemoryError' "$SPEELVELD_DATA"/logs/*.log | awk -F: '$2>0' || true)
[ -z "$errors" ] || echo "OutOfMemoryError in the service logs: $errors"

echo
python3 "$BENCH_DIR/lib/bench.py" targets --workdir "$WORK"
echo
echo "Run: $(date -u '+%Y-%m-%d %H:%M UTC'), nproc $(nproc), $WHAT, load average at the end $(cut -d' ' -f1-3 /proc/loadavg)."
echo "The machine is shared (other builds may run at the same time): compare the ratios, which are measured in the same minute, not the absolute numbers."
[ "$RESULT" = 0 ] || exit 1
if [ "$BAD_RC" != 0 ] && [ "$GROWTH_RC" != 0 ]; then exit 4; fi
[ "$BAD_RC" = 0 ] || exit 2
[ "$GROWTH_RC" = 0 ] || exit 3
exit 0
