#!/usr/bin/env bash
# Writes the digests of the images just built (images/build.sh, ./speelveld images) into the `images:` of the overlay
# a release uses, so that the cluster runs exactly those images:
#
#   deploy/set-image-digests.sh [OVERLAY] [BUILD_ROOT]
#
# OVERLAY: the overlay folder (default deploy/overlays/production). BUILD_ROOT: where the services' build output is
# (default the repository), read from <service>/target/image/{name,digest,labels.json}. Every service must have a
# digest of the form sha256:<64 hex>; otherwise nothing is written. The name is speelveld/<service>, or the registry
# path the image was pushed to (images/build.sh --push PREFIX), written as newName.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
overlay="${1:-$here/overlays/production}"
build_root="${2:-$(cd "$here/.." && pwd)}"
file="$overlay/kustomization.yaml"
fail() { echo "deploy/set-image-digests.sh: $*" >&2; exit 1; }

[ -f "$file" ] || fail "$file does not exist"
grep -q '^images:' "$file" || fail "$file has no images: block to replace"

block="$(mktemp)"
trap 'rm -f "$block" "$file.new"' EXIT
revision=""
{
  for s in initiative-service stakeholder-service assessment-service; do
    out="$build_root/$s/target/image"
    [ -s "$out/digest" ] && [ -s "$out/name" ] || fail "no image built for $s ($out/digest is missing): run ./speelveld images first"
    digest="$(tr -d '[:space:]' < "$out/digest")"
    name="$(tr -d '[:space:]' < "$out/name")"
    [[ "$digest" =~ ^sha256:[0-9a-f]{64}$ ]] || fail "$out/digest holds '$digest', not sha256:<64 hex digits>"
    [[ "$name" =~ ^[a-z0-9][a-z0-9._:/-]*/$s$ ]] || fail "$out/name holds '$name', not a path ending in /$s"
    rev="$(sed -n 's/.*"org.opencontainers.image.revision":"\([^"]*\)".*/\1/p' "$out/labels.json" 2>/dev/null || true)"
    revision="${revision:-$rev}"
    echo "  - name: speelveld/$s"
    [ "$name" = "speelveld/$s" ] || echo "    newName: $name"
    echo "    digest: $digest"
  done
} > "$block"

# Replace the images: block (up to the next top-level line) and the generated comment just above it.
awk -v block="$block" -v rev="${revision:-unknown}" '
  /^# Written by deploy\/set-image-digests.sh/ { next }
  /^images:/ {
    print "# Written by deploy/set-image-digests.sh (images of revision " rev "); a release runs it after building."
    print "images:"
    while ((getline line < block) > 0) print line
    skipping = 1; next
  }
  skipping && /^[ -]/ { next }
  { skipping = 0; print }
' "$file" > "$file.new"
mv "$file.new" "$file"
echo "deploy/set-image-digests.sh: $file now names the images by digest:"
sed 's/^/  /' "$block"
