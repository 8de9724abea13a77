#!/usr/bin/env bash
# Writes random passwords for the local PostgreSQL into credentials/ (ignored
# by git) so that Kustomize can generate the Secrets. Existing files are kept,
# because the database keeps the passwords it was initialised with.
set -euo pipefail
dir="$(cd "$(dirname "$0")" && pwd)/credentials"
mkdir -p "$dir"
chmod 700 "$dir"
for name in postgres initiative stakeholder assessment; do
  file="$dir/$name-password"
  if [ ! -s "$file" ]; then
    # 24 random bytes as hex: no characters that need quoting anywhere.
    (umask 077 && od -An -N24 -tx1 /dev/urandom | tr -d ' \n' > "$file")
    echo "wrote $file"
  fi
done
