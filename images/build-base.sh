#!/usr/bin/env bash
# Builds the CI base image from Debian packages (no registry needed): a JRE 17 on a trimmed Debian root file system,
# made with debootstrap and imported into the local container storage. Users' builds take the maintained upstream
# JRE image that images/Containerfile names; CI and machines without registry access use this one instead:
#
#   images/build-base.sh            # prints the image name, e.g. localhost/speelveld/jre17-base:3f9c0a1d2b4e
#
# Cached outside the clone, keyed by what goes in (this script, the Debian release, the architecture, the packages):
# the image in the container storage, its root file system as a tarball under $SPEELVELD_CACHE/base/ (used when the
# storage was wiped), and the downloaded .deb files. A change of any input builds a new base. --refresh builds anew
# anyway (for example to take in Debian security updates). Needs root, debootstrap and podman; the Debian mirror is
# the one apt on this machine uses (or SPEELVELD_DEBIAN_MIRROR).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=images/lib.sh
. "$here/lib.sh"

refresh=0
[ "${1:-}" = "--refresh" ] && refresh=1

packages="openjdk-17-jre-headless,ca-certificates"
suite="${SPEELVELD_DEBIAN_SUITE:-$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")}"
arch="$(dpkg --print-architecture 2>/dev/null || uname -m)"
cache="$(speelveld_cache)/base"

# The root file system: the base's recipe. Its text is part of the cache key of the tarball.
make_rootfs() {
  local r="$1"
  debootstrap --variant=minbase --arch="$arch" --include="$packages" --cache-dir="$cache/debs" \
    "$suite" "$r" "$mirror" > "$r.log" 2>&1 || { tail -20 "$r.log" >&2; return 1; }
  # Trim: nothing of this is read at run time. Keep /var/lib/dpkg/status, so scanners can list the packages.
  rm -rf "$r"/usr/share/doc/* "$r"/usr/share/man/* "$r"/usr/share/info/* "$r"/usr/share/locale/* \
         "$r"/usr/share/lintian "$r"/usr/share/bash-completion "$r"/var/lib/apt/lists/* "$r"/var/cache/apt/* \
         "$r"/var/cache/debconf/*-old "$r"/var/log/* "$r"/tmp/* "$r"/root/.[!.]* \
         "$r"/usr/lib/jvm/*/lib/ct.sym
  # No shell and no package manager at run time: the services' entry point is java in exec form.
  rm -f "$r"/usr/bin/bash "$r"/usr/bin/dash "$r"/usr/bin/sh "$r"/usr/bin/rbash "$r"/bin/sh "$r"/bin/bash \
        "$r"/bin/dash "$r"/usr/bin/apt* "$r"/usr/bin/perl*
  chmod 1777 "$r/tmp"
}

# Two keys: the tarball's (the recipe and its inputs) and the image's (also the import settings in this script).
rootfs_key="$( { declare -f make_rootfs; echo "$suite $arch $packages"; } | sha256sum | cut -c1-12)"
key="$( { cat "$0"; echo "$rootfs_key"; } | sha256sum | cut -c1-12)"
image="localhost/speelveld/jre17-base:$key"
tarball="$cache/jre17-base-$rootfs_key.tar.gz"

log() { echo "[base] $*" >&2; }

if [ "$refresh" = 0 ] && speelveld_podman image exists "$image"; then
  log "cached: $image"
  echo "$image"
  exit 0
fi

if [ "$refresh" = 1 ] || [ ! -s "$tarball" ]; then
  [ "$(id -u)" = 0 ] || { log "debootstrap needs root (or build the base on a machine with root and copy $tarball)"; exit 1; }
  command -v debootstrap >/dev/null || { log "debootstrap is missing: apt-get install debootstrap"; exit 1; }
  mirror="${SPEELVELD_DEBIAN_MIRROR:-$(debian_mirror)}"
  [ -n "$mirror" ] || { log "no Debian mirror found in /etc/apt; set SPEELVELD_DEBIAN_MIRROR"; exit 1; }
  mkdir -p "$cache/debs"
  work="$(mktemp -d "$cache/rootfs.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
  log "debootstrap $suite ($arch) with $packages"
  make_rootfs "$work/rootfs"
  tar --numeric-owner --exclude='./dev/*' --exclude='./proc/*' --exclude='./sys/*' -C "$work/rootfs" \
    -czf "$tarball.part" .
  mv "$tarball.part" "$tarball"
  rm -rf "$work"
  trap - EXIT
  # Keep only the two newest base tarballs.
  ls -1t "$cache"/jre17-base-*.tar.gz 2>/dev/null | tail -n +3 | xargs -r rm -f
  log "root file system made in $SECONDS s"
fi

log "importing $tarball as $image"
start=$SECONDS
speelveld_podman import --quiet \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'ENV LANG=C.UTF-8' \
  --change "LABEL org.opencontainers.image.description=\"JRE 17 from Debian $suite (openjdk-17-jre-headless), Speelveld's CI base\"" \
  --change "LABEL org.opencontainers.image.version=$key" \
  "$tarball" "$image" >/dev/null
log "imported in $((SECONDS - start)) s"
echo "$image"
