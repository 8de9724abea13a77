#!/usr/bin/env bash
# The TypeScript client (issue 11), as CI runs it after the Maven step (which wrote each service's OpenAPI document to
# <service>/target/openapi/openapi.json and packaged the services):
#  - npm ci (openapi-typescript, openapi-fetch, typescript, pinned by clients/typescript/package-lock.json);
#  - generates the types from the three documents (npm run generate) and compiles everything with tsc --strict;
#  - starts the packaged services the way ./speelveld up does, on a fresh data folder, and runs the compiled
#    src/portal-demo.ts with node: it creates an initiative, a group and an assessment and checks that a one-field
#    merge patch changes only that field; then stops the services.
# Needs ports 8081-8083 to be free. Exits non-zero on any failure. SPEELVELD_RUNNING=1 skips starting the services
# (for a system that is already up; TOKEN must then be set).
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
here="$root/clients/typescript"
out="$here/target"
mkdir -p "$out"

say() { echo "[clients/typescript] $*"; }

for service in initiative-service stakeholder-service assessment-service; do
  if [ ! -f "$service/target/openapi/openapi.json" ]; then
    say "$service/target/openapi/openapi.json is missing: run ./mvnw verify (or package) first"
    exit 1
  fi
done

say "npm ci (openapi-typescript, openapi-fetch, typescript)"
(cd "$here" && npm ci --no-audit --no-fund --prefer-offline --loglevel=error >/dev/null)
say "generating the types from the three OpenAPI documents"
(cd "$here" && npm run -s generate >"$out/generate.log" 2>&1) || { cat "$out/generate.log"; exit 1; }
say "tsc --strict"
(cd "$here" && node_modules/.bin/tsc -p tsconfig.json --strict)

if [ "${SPEELVELD_RUNNING:-}" != 1 ]; then
  busy=()
  for port in 8081 8082 8083; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then busy+=("$port"); fi
  done
  if [ "${#busy[@]}" -gt 0 ]; then
    say "port(s) ${busy[*]} already in use (another ./speelveld up?)"
    exit 1
  fi
  data="$(mktemp -d "${TMPDIR:-/tmp}/speelveld-ts.XXXXXX")"
  log="$out/speelveld-up.log"
  pid=""
  cleanup() {
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      say "stopping the services (pid $pid)"
      kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
      kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -rf "$data"
  }
  trap cleanup EXIT
  export SPEELVELD_DATA="$data"
  say "starting ./speelveld up (data in $data, log in clients/typescript/target/speelveld-up.log)"
  ./speelveld up >"$log" 2>&1 &
  pid=$!
  started=$(date +%s)
  until grep -q "Ctrl-C stops everything" "$log"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      say "./speelveld up stopped before it was ready:"
      tail -40 "$log"
      exit 1
    fi
    if [ $(($(date +%s) - started)) -gt 240 ]; then
      say "./speelveld up was not ready within 240 s:"
      tail -40 "$log"
      exit 1
    fi
    sleep 1
  done
  say "system ready in $(($(date +%s) - started)) s"
  TOKEN="$(./speelveld token GM0344)"
  export TOKEN
fi

node "$here/target/dist/portal-demo.js"
