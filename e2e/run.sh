#!/usr/bin/env bash
# The browser test of the embeddable assessment view (issue 11), as CI runs it after the Maven step:
#  - installs Debian's chromium package when /usr/bin/chromium is missing (CI runs as root), and playwright-core and
#    axe-core from e2e/package-lock.json (npm ci, skipped when node_modules already matches the lock file);
#  - starts the packaged services the way ./speelveld up does (./speelveld up --demo, which also loads and assesses
#    the worked cases) on a fresh data folder, with 127.0.0.1:8090 configured as GM0344's portal origin;
#  - runs e2e/embed.test.mjs (headless Chromium, axe-core, screenshots under e2e/target/), then stops the services.
# Needs ports 8081-8083 (the services), 8090 and 8091 (the two host pages) to be free. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
out="$root/e2e/target"
mkdir -p "$out"

say() { echo "[e2e] $*"; }

# --- Chromium from Debian, never a downloaded browser ---------------------------------------------------------------
if [ ! -x /usr/bin/chromium ]; then
  say "/usr/bin/chromium is missing: installing Debian's 'chromium' package (apt-get install -y chromium)"
  if [ "$(id -u)" != 0 ]; then
    say "not root: install it yourself (sudo apt-get install -y chromium) and run again"
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >"$out/apt-chromium.log" 2>&1 \
    || { tail -20 "$out/apt-chromium.log"; exit 1; }
fi
say "$(/usr/bin/chromium --version 2>/dev/null | head -1)"

# --- npm packages, pinned by e2e/package-lock.json; reinstalled only when the lock file changed ----------------------
stamp="e2e/node_modules/.package-lock.sha256"
want="$(sha256sum e2e/package-lock.json | cut -d' ' -f1)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  say "npm ci (playwright-core, axe-core)"
  (cd e2e && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --prefer-offline --loglevel=error \
    >/dev/null)
  echo "$want" >"$stamp"
else
  say "e2e/node_modules matches e2e/package-lock.json"
fi

. devtools/scripts/up.sh
# --- free ports ------------------------------------------------------------------------------------------------------
if ! busy="$(speelveld_ports_free 8081 8082 8083 8090 8091)"; then
  say "port(s) $busy already in use (another ./speelveld up?); the browser test needs 8081-8083, 8090 and 8091"
  exit 1
fi

# --- the system, as ./speelveld up --demo starts it, on a fresh data folder -----------------------------------------
data="$(mktemp -d "${TMPDIR:-/tmp}/speelveld-e2e.XXXXXX")"
log="$out/speelveld-up.log"
cleanup() {
  speelveld_cleanup_up
  rm -rf "$data"
}
trap cleanup EXIT

export SPEELVELD_DATA="$data"
# GM0344's portal origin: the host page of the test; GM0363 has none configured ('self' only)
export SPEELVELD_EMBED_FRAME_ANCESTORS_GM0344="http://127.0.0.1:8090"
say "starting ./speelveld up --demo (data in $data, log in e2e/target/speelveld-up.log)"
speelveld_up "$log" 240 --demo || exit 1
grep -- "--demo:" "$log" | sed 's/^/[e2e] /' || true
say "system ready in $SPEELVELD_UP_READY_S s"

TOKEN="$(./speelveld token GM0344 initiatives:read assessments:read)"
export TOKEN
node e2e/embed.test.mjs
