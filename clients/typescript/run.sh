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
  . devtools/scripts/up.sh
  if ! busy="$(speelveld_ports_free 8081 8082 8083)"; then
    say "port(s) $busy already in use (another ./speelveld up?)"
    exit 1
  fi
  data="$(mktemp -d "${TMPDIR:-/tmp}/speelveld-ts.XXXXXX")"
  cleanup() {
    speelveld_cleanup_up
    rm -rf "$data"
  }
  trap cleanup EXIT
  export SPEELVELD_DATA="$data"
  say "starting ./speelveld up (data in $data, log in clients/typescript/target/speelveld-up.log)"
  speelveld_up "$out/speelveld-up.log" 240 || exit 1
  say "system ready in $SPEELVELD_UP_READY_S s"
  TOKEN="$(./speelveld token GM0344)"
  export TOKEN
fi

node "$here/target/dist/portal-demo.js"
