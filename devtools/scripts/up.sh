# Starting the whole system the way ./speelveld up does, waiting until it is ready, and stopping it: one copy for the
# scripts that run against the packaged services (clients/typescript/run.sh, e2e/run.sh, images/test/run.sh).
# Source it from the repository root:  . devtools/scripts/up.sh

# speelveld_ports_free PORT…: true when nothing listens on any of them; else prints the busy ones and is false.
speelveld_ports_free() {
  local busy=() port
  for port in "$@"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then busy+=("$port"); fi
  done
  if [ "${#busy[@]}" -gt 0 ]; then
    echo "${busy[*]}"
    return 1
  fi
}

# speelveld_up LOG TIMEOUT [ARGS…]: starts ./speelveld up ARGS with its output in LOG, sets SPEELVELD_UP_PID, and
# waits until it says the system is ready ("Ctrl-C stops everything"); then SPEELVELD_UP_READY_S holds the seconds it
# took. False, after showing the end of LOG on stderr, when it stops first or is not ready within TIMEOUT seconds.
speelveld_up() {
  local log="$1" timeout="$2"
  shift 2
  ./speelveld up "$@" >"$log" 2>&1 &
  SPEELVELD_UP_PID=$!
  local t0=$SECONDS
  until grep -q "Ctrl-C stops everything" "$log"; do
    if ! kill -0 "$SPEELVELD_UP_PID" 2>/dev/null; then
      echo "./speelveld up $* stopped before it was ready:" >&2
      tail -40 "$log" >&2
      return 1
    fi
    if [ $((SECONDS - t0)) -ge "$timeout" ]; then
      echo "./speelveld up $* was not ready within $timeout s:" >&2
      tail -40 "$log" >&2
      return 1
    fi
    sleep 1
  done
  SPEELVELD_UP_READY_S=$((SECONDS - t0))
}

# speelveld_down SECONDS: SIGTERM to the ./speelveld up that speelveld_up started (it stops everything it started)
# and waits up to SECONDS for it to end. False when it still runs then; true when none runs.
speelveld_down() {
  local pid="${SPEELVELD_UP_PID:-}" t0=$SECONDS
  if [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null; then
    SPEELVELD_UP_PID=""
    return 0
  fi
  kill -TERM "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do
    [ $((SECONDS - t0)) -lt "$1" ] || return 1
    sleep 1
  done
  SPEELVELD_UP_PID=""
}

# speelveld_cleanup_up: for an EXIT trap: stops it as speelveld_down 60 does, and kills it if it still runs then.
speelveld_cleanup_up() {
  speelveld_down 60 || kill -KILL "$SPEELVELD_UP_PID" 2>/dev/null || true
}
