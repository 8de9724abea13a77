#!/usr/bin/env bash
# Manifest checks for deploy/: renders every overlay with `kubectl kustomize`
# and runs the Node test suite (schemas, unknown fields, the project's
# CloudNativePG schemas in deploy/test/schemas/cnpg, policy rules). No cluster
# needed. Called by .ci/run as
#   bash deploy/test/run.sh
# Exits non-zero on any failure, and when a tool it needs is missing.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
deploy="$(cd "$here/.." && pwd)"

fail() { echo "deploy/test/run.sh: $*" >&2; exit 1; }

command -v kubectl >/dev/null 2>&1 \
  || fail "kubectl is not installed; it renders the overlays (kubectl 1.32 ships Kustomize 5.5). Install kubectl; the manifest checks did NOT run."
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 \
  || fail "node and npm are needed (Node 20); the manifest checks did NOT run."

# promtool (Prometheus's own PromQL parser) checks every alert expression and
# dashboard query (tests/monitoring.test.js): the one on the PATH, else the one
# in Debian's "prometheus" package, unpacked into a cache outside the clone
# (apt-get download + dpkg-deb -x: no server installed or started).
promtool_path() {
  if command -v promtool >/dev/null 2>&1; then command -v promtool; return; fi
  local cache="${XDG_CACHE_HOME:-$HOME/.cache}/speelveld/promtool"
  if [ ! -x "$cache/usr/bin/promtool" ]; then
    command -v apt-get >/dev/null 2>&1 && command -v dpkg-deb >/dev/null 2>&1 \
      || fail "promtool is not installed and this is no Debian system to take it from (package prometheus); install promtool (Prometheus 2.x); the manifest checks did NOT run."
    local download
    download="$(mktemp -d)"
    chmod 777 "$download"
    (cd "$download" && { apt-get download prometheus >/dev/null 2>&1 \
      || { apt-get update -qq >/dev/null && apt-get download prometheus >/dev/null 2>&1; }; }) \
      || fail "could not download Debian's prometheus package (for promtool); the manifest checks did NOT run."
    mkdir -p "$cache"
    dpkg-deb -x "$download"/prometheus_*.deb "$cache"
    rm -rf "$download"
  fi
  echo "$cache/usr/bin/promtool"
}
SPEELVELD_PROMTOOL="$(promtool_path)"
export SPEELVELD_PROMTOOL
echo "== promtool: $("$SPEELVELD_PROMTOOL" --version 2>&1 | head -1)"

echo "== npm ci (deploy/test)"
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Render from a copy, so that overlays/local gets throwaway credentials
# without touching (or reading) a developer's real ones.
mkdir -p "$work/deploy" "$work/rendered"
cp -R "$deploy/base" "$deploy/overlays" "$deploy/monitoring" "$work/deploy/"
rm -rf "$work/deploy/overlays/local/credentials"
bash "$work/deploy/overlays/local/make-credentials.sh" >/dev/null

for target in base overlays/local overlays/production; do
  name="$(basename "$target")"
  echo "== kubectl kustomize deploy/$target"
  kubectl kustomize "$work/deploy/$target" > "$work/rendered/$name.yaml" \
    || fail "deploy/$target does not render"
  echo "   $(grep -c '^kind:' "$work/rendered/$name.yaml") objects"
done

echo "== manifest tests"
cd "$here"
SPEELVELD_RENDERED="$work/rendered" node --test --test-reporter=spec tests/*.test.js
