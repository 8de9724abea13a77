#!/usr/bin/env bash
# Builds the three service images (or those named) into the local container storage with podman, from
# images/Containerfile and each service's target/quarkus-app and target/bom.json (./mvnw -DskipTests package).
#
#   images/build.sh [--local-base] [--push PREFIX] [service…]
#
#   --local-base   FROM the Debian-made JRE 17 base of images/build-base.sh (built once, cached), for machines that
#                  cannot pull the Containerfile's default base (CI here). SPEELVELD_BASE_IMAGE names any other base.
#   --push PREFIX  also push each image to PREFIX/<service>:<version> (a registry the release uses) and record the
#                  digest the registry answered. Without it, each image is written to an OCI layout under the cache
#                  and its digest there is recorded (what a copy that preserves digests keeps).
#
# Tags: speelveld/<service>:<version> (the Maven version) and speelveld/<service>:local (what ./speelveld up
# --containers runs). Beside each image, in <service>/target/image/: the SBOM (sbom.cdx.json), the image id, the
# digest, and the labels. deploy/set-image-digests.sh writes the digests into the release overlay.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
# shellcheck source=images/lib.sh
. "$here/lib.sh"
cd "$root"

local_base=0
push=""
services=()
while [ $# -gt 0 ]; do
  case "$1" in
    --local-base) local_base=1 ;;
    --push) push="${2:?--push needs a PREFIX, e.g. registry.example.org/speelveld}"; shift ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    initiative-service|stakeholder-service|assessment-service) services+=("$1") ;;
    *) echo "images/build.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
[ ${#services[@]} -gt 0 ] || services=(initiative-service stakeholder-service assessment-service)

command -v podman >/dev/null 2>&1 || { "$here/podman" >/dev/null; exit 127; }

log() { echo "[images] $*" >&2; }

for s in "${services[@]}"; do
  for f in "$s/target/quarkus-app/quarkus-run.jar" "$s/target/bom.json"; do
    [ -e "$f" ] || { log "$f is missing: build first with ./mvnw -B -DskipTests package"; exit 1; }
  done
done

base_args=()
if [ -n "${SPEELVELD_BASE_IMAGE:-}" ]; then
  base_args=(--build-arg "BASE_IMAGE=$SPEELVELD_BASE_IMAGE")
elif [ "$local_base" = 1 ]; then
  base_args=(--build-arg "BASE_IMAGE=$("$here/build-base.sh")")
fi

version="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)"
revision="$(git rev-parse HEAD 2>/dev/null || echo unknown)"
if [ "$revision" != unknown ] && [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ]; then
  revision="$revision-dirty"
fi
# The repository's address without any user or token in it.
source_url="${SPEELVELD_SOURCE_URL:-$(git config --get remote.origin.url 2>/dev/null | sed -E 's#//[^/@]*@#//#' || true)}"
source_url="${source_url:-unknown}"
layout="$(speelveld_cache)/oci"

for s in "${services[@]}"; do
  start=$SECONDS
  out="$s/target/image"
  rm -rf "$out" && mkdir -p "$out"
  log "building speelveld/$s:$version (${base_args[*]:-default base})"
  "$here/podman" build --layers --pull=missing -q -f "$here/Containerfile" "${base_args[@]}" \
    --build-arg "SERVICE=$s" --build-arg "VERSION=$version" --build-arg "REVISION=$revision" \
    --build-arg "SOURCE=$source_url" -t "localhost/speelveld/$s:layers" "$s" >/dev/null || {
      [ ${#base_args[@]} -gt 0 ] || log "the default base (images/Containerfile, BASE_IMAGE) could not be used; without" \
        "a registry, build FROM the Debian-made base: ./speelveld images --local-base"
      exit 1
    }
  # podman's layer cache reuses the last step even when only a build argument changed, which would keep an old
  # revision label: set the labels of this build in a step of their own that is never taken from the cache.
  printf 'FROM localhost/speelveld/%s:layers\nLABEL org.opencontainers.image.revision="%s" org.opencontainers.image.version="%s" org.opencontainers.image.source="%s"\n' \
    "$s" "$revision" "$version" "$source_url" > "$out/Containerfile.labels"
  "$here/podman" build --no-cache -q -f "$out/Containerfile.labels" \
    -t "localhost/speelveld/$s:$version" -t "localhost/speelveld/$s:local" "$out" > "$out/image-id"
  rm -f "$out/Containerfile.labels"
  "$here/podman" untag "localhost/speelveld/$s:layers" "localhost/speelveld/$s:layers" >/dev/null 2>&1 || true
  cp "$s/target/bom.json" "$out/sbom.cdx.json"
  "$here/podman" image inspect --format '{{json .Labels}}' "localhost/speelveld/$s:$version" > "$out/labels.json"
  if [ -n "$push" ]; then
    "$here/podman" push -q --digestfile "$out/digest" "localhost/speelveld/$s:$version" "docker://$push/$s:$version"
    echo "$push/$s" > "$out/name"
  else
    mkdir -p "$layout"
    "$here/podman" push -q --digestfile "$out/digest" "localhost/speelveld/$s:$version" "oci:$layout:$s-$version"
    echo "speelveld/$s" > "$out/name"
  fi
  size="$("$here/podman" image inspect --format '{{.Size}}' "localhost/speelveld/$s:$version")"
  echo "$size" > "$out/size"
  log "$s: $(cat "$out/digest") $((size / 1000000)) MB, in $((SECONDS - start)) s"
done
