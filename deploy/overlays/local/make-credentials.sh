#!/usr/bin/env bash
# Writes random passwords for the local PostgreSQL, and the services' paging
# cursor signing key, into credentials/ (ignored by git) so that Kustomize can
# generate the Secrets. Existing files are kept, because the database keeps the
# passwords it was initialised with (and a new cursor key would invalidate the
# cursors clients hold).
set -euo pipefail
dir="$(cd "$(dirname "$0")" && pwd)/credentials"
mkdir -p "$dir"
chmod 700 "$dir"
# name of the file, number of random bytes
for entry in postgres-password:24 initiative-password:24 stakeholder-password:24 \
             assessment-password:24 cursor-secret:32; do
  file="$dir/${entry%%:*}"
  if [ ! -s "$file" ]; then
    # Random bytes as hex: no characters that need quoting anywhere.
    (umask 077 && od -An -N"${entry##*:}" -tx1 /dev/urandom | tr -d ' \n' > "$file")
    echo "wrote $file"
  fi
done
