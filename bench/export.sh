#!/usr/bin/env bash
# Export bench (issue 14): a municipality's export and import in bounded memory. Loads 10,000 stakeholder groups and
# 100,000 interests into stakeholder-service (bench.py's growth loader), exports them, removes them, imports the file
# again and prints time, file size and the service's RSS and heap before, at peak and after (bench/lib/export.py).
# Starts the jars of this working tree with ./speelveld up (the production JVM flags, -Xmx96m) in a temporary data
# folder (ports 8081-8083): run it under the shared lock after a build, e.g.
#   flock /tmp/speelveld-mvn.lock ./mvnw -B -q -ntp -o -DskipTests package
#   flock /tmp/speelveld-mvn.lock bench/export.sh
# Settings (environment): EXPORT_GROUPS (10000; ten interests each).
set -euo pipefail
command -v psql >/dev/null || { echo "bench: psql is missing (apt-get install postgresql-client)" >&2; exit 1; }
# shellcheck source=lib/system.sh
. "$(dirname "$0")/lib/system.sh"
bench_system_up export
PG_PORT=$(grep -oE 'PostgreSQL listens on localhost:[0-9]+' "$UP_LOG" | grep -oE '[0-9]+$')
python3 "$REPO/bench/lib/export.py" --token "$("$REPO/speelveld" token GM0344)" \
  --admin "$("$REPO/speelveld" token GM0344 admin)" --pg-port "$PG_PORT" --root "$REPO" --workdir "$WORK" \
  --groups "${EXPORT_GROUPS:-10000}"
