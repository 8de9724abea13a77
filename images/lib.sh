# Shared by the scripts under images/ (sourced, not run).

# The cache outside the clone: /var/cache/speelveld for root, the user's cache directory otherwise.
speelveld_cache() {
  if [ -n "${SPEELVELD_CACHE:-}" ]; then echo "$SPEELVELD_CACHE"
  elif [ "$(id -u)" = 0 ]; then echo /var/cache/speelveld
  else echo "${XDG_CACHE_HOME:-$HOME/.cache}/speelveld"; fi
}

# podman with the project's settings: images/podman.
speelveld_podman() {
  "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/podman" "$@"
}

# The Debian mirror apt uses on this machine (deb822 sources or a classic sources.list), without -security.
debian_mirror() {
  local f
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -e "$f" ] || continue
    awk '/^URIs:/ {u=$2} /^Suites:/ {s=$0} /^$/ {if (u && s !~ /security/ && u ~ /debian\/?$/) {print u; exit} u=""; s=""}
         END {if (u && s !~ /security/ && u ~ /debian\/?$/) print u}' "$f" | head -1
  done | head -1 | grep . && return
  grep -hE '^deb\s' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null \
    | grep -v security | awk '$2 ~ /debian\/?$/ {print $2; exit}'
}
