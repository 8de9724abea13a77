#!/usr/bin/env bash
# Events bench: events written and delivered per second to a local webhook receiver, and the delay from commit to
# delivery (p50, p99) at 100 changes per second (bench/lib/events.py). Starts the jars of this working tree with
# ./speelveld up in a temporary data folder (ports 8081-8083), so run it under the shared lock after a build:
#   flock /tmp/speelveld-mvn.lock ./mvnw -B -q -ntp -o -DskipTests install
#   flock /tmp/speelveld-mvn.lock bench/events.sh
# Settings (environment): EVENTS_BURST (2000), EVENTS_RATE (100), EVENTS_SECONDS (30).
set -euo pipefail
# shellcheck source=lib/system.sh
. "$(dirname "$0")/lib/system.sh"
bench_system_up events
python3 "$REPO/bench/lib/events.py" --token "$("$REPO/speelveld" token GM0344)" --burst "${EVENTS_BURST:-2000}" \
  --rate "${EVENTS_RATE:-100}" --seconds "${EVENTS_SECONDS:-30}"
