#!/usr/bin/env bash
# Tests the project's ADR ruleset (lint/nl-api-design-rules.spectral.yaml):
# every bad example in lint/test/bad must make exactly the rules listed in
# lint/test/expected.txt fire (and as often), every rule must have a bad
# example, and lint/test/good/openapi.json must give no result at all.
# Needs `npm ci` in lint/ first (.ci/run does it). Exits non-zero on failure.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
lint="$(cd "$here/.." && pwd)"
spectral="$lint/node_modules/.bin/spectral"
ruleset="$lint/nl-api-design-rules.spectral.yaml"

[ -x "$spectral" ] || { echo "lint/test/run.sh: Spectral is not installed; run npm ci in lint/ first" >&2; exit 1; }
command -v node >/dev/null 2>&1 || { echo "lint/test/run.sh: node is needed" >&2; exit 1; }

out="$(mktemp)"
trap 'rm -f "$out"' EXIT

echo "== Spectral $("$spectral" --version | head -1): the ruleset on lint/test/good and lint/test/bad"
# Spectral exits 1 when it finds errors, which the bad examples are made for;
# what counts is the comparison below. A broken ruleset gives no JSON and fails there.
"$spectral" lint --quiet --format=json --output="$out" --fail-severity=hint -r "$ruleset" \
  "$here/good/openapi.json" "$here"/bad/*.json "$here"/bad/*.yaml || true
[ -s "$out" ] || { echo "lint/test/run.sh: Spectral produced no results file (ruleset broken?)" >&2; exit 1; }

node "$here/check.mjs" "$out" "$here/expected.txt" "$ruleset" "$here/bad" "$here/good/openapi.json"
