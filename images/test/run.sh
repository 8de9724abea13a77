#!/usr/bin/env bash
# The images, built, started and tested (CI runs this from .ci/run after the Maven step, which leaves each service's
# target/quarkus-app and target/bom.json):
#  1. the JRE 17 base from Debian packages (images/build-base.sh; cached outside the clone, rebuilt when its recipe
#     changes) and the three images FROM it (images/build.sh --local-base); sizes against the budget, OCI labels,
#     SBOM beside each image and in it;
#  2. deploy/set-image-digests.sh on a copy of deploy/: the production overlay renders with the digests just built;
#  3. the whole system from the images (./speelveld up --containers): as UID 10001, read-only root with only /tmp
#     writable, the production manifests' memory limit; both worked cases through the case runner (every check must
#     pass); start-to-ready time and RSS per container; then SIGTERM to every container under a small load: no request
#     may fail and each must stop within its grace period;
#  4. the images' own user and what they write: the system again from the images with their own USER and a writable
#     root (./speelveld up --containers --demo); each process must not be root and nothing may be written outside
#     /tmp (podman diff). The checks are first shown to fail on an image whose USER is root and on a write to /.
# Installs podman, runc and debootstrap with apt-get when missing (as root). Needs ports 8081-8083 and 9081-9083.
# Logs (launcher, services, load) and the figures are left in images/target/test-run/.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
services=(initiative-service stakeholder-service assessment-service)
podman=("$root/images/podman")
say() { echo "[images] $*"; }
fail() { echo "[images] FAILED: $*" >&2; exit 1; }

# Budget (uncompressed, as `podman images` reports): the base at most 300 MB, each service image at most 400 MB.
BASE_BUDGET_MB=300
IMAGE_BUDGET_MB=400

# --- tools ------------------------------------------------------------------------------------------------------------
missing=()
for tool in podman:podman runc:runc debootstrap:debootstrap curl:curl; do
  command -v "${tool%%:*}" >/dev/null 2>&1 || missing+=("${tool#*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || fail "missing ${missing[*]}: sudo apt-get install ${missing[*]}"
  say "installing ${missing[*]} (apt-get)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null 2>&1 \
    || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
         "${missing[@]}" >/dev/null; }
fi
say "$(podman --version), runc $(runc --version | sed -n 's/runc version //p')"
for s in "${services[@]}"; do
  [ -e "$s/target/quarkus-app/quarkus-run.jar" ] && [ -e "$s/target/bom.json" ] \
    || fail "$s/target/quarkus-app or target/bom.json is missing: run ./mvnw verify (or package) first"
done

work="$(mktemp -d "${TMPDIR:-/tmp}/speelveld-images.XXXXXX")"
. devtools/scripts/up.sh
cleanup() {
  speelveld_cleanup_up
  for s in "${services[@]}"; do "${podman[@]}" rm -f -t 0 "speelveld-$s" >/dev/null 2>&1 || true; done
  "${podman[@]}" rm -f -t 0 speelveld-probe >/dev/null 2>&1 || true
  "${podman[@]}" rmi -f localhost/speelveld/probe-root:test >/dev/null 2>&1 || true
  # keep what shows what happened: the launcher's and the services' logs, the load, the figures
  rm -rf "$root/images/target/test-run" && mkdir -p "$root/images/target/test-run"
  cp -R "$work"/*.log "$work"/load-* "$work/figures" "$work/data/logs" "$root/images/target/test-run/" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
figures="$work/figures"
: > "$figures"
figure() { echo "$*" >> "$figures"; }

# --- 1. base and images -----------------------------------------------------------------------------------------------
start=$SECONDS
base="$(images/build-base.sh)"
figure "base $base: $((SECONDS - start)) s"
base_mb=$(( $("${podman[@]}" image inspect --format '{{.Size}}' "$base") / 1000000 ))
say "base $base, $base_mb MB (budget $BASE_BUDGET_MB MB), ready in $((SECONDS - start)) s"
[ "$base_mb" -le "$BASE_BUDGET_MB" ] || fail "the base is $base_mb MB, above its budget of $BASE_BUDGET_MB MB"

start=$SECONDS
SPEELVELD_BASE_IMAGE="$base" images/build.sh
figure "three images built: $((SECONDS - start)) s"
say "three images built in $((SECONDS - start)) s"
revision="$(git rev-parse HEAD)"
version="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)"
for s in "${services[@]}"; do
  out="$s/target/image"
  mb=$(( $(cat "$out/size") / 1000000 ))
  figure "$s image: $mb MB ($(cat "$out/digest"))"
  [ "$mb" -le "$IMAGE_BUDGET_MB" ] || fail "$s is $mb MB, above its budget of $IMAGE_BUDGET_MB MB"
  # OCI labels: source, revision (this commit), version, licences
  node -e '
    const [labels, revision, version] = [JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")), process.argv[2], process.argv[3]];
    const want = { revision, version, licenses: "EUPL-1.2" };
    const bad = [];
    for (const k of ["source", "revision", "version", "licenses"]) if (!labels["org.opencontainers.image." + k]) bad.push("no label " + k);
    for (const [k, v] of Object.entries(want)) if (!(labels["org.opencontainers.image." + k] ?? "").startsWith(v)) bad.push(k + " is " + labels["org.opencontainers.image." + k] + ", not " + v);
    if (bad.length) { console.error(bad.join("; ")); process.exit(1); }' "$out/labels.json" "$revision" "$version" \
    || fail "$s: OCI labels"
  # The SBOM beside the image is CycloneDX, names the service and its runtime libraries, and is the one in the image.
  node -e '
    const bom = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const names = (bom.components ?? []).map((c) => c.name);
    if (bom.bomFormat !== "CycloneDX" || bom.metadata?.component?.name !== process.argv[2] || !names.includes("quarkus-core")) {
      console.error("not a CycloneDX SBOM of " + process.argv[2] + " with its libraries"); process.exit(1); }
    console.log(names.length);' "$out/sbom.cdx.json" "$s" > "$work/components" || fail "$s: SBOM"
  say "$s: $mb MB (budget $IMAGE_BUDGET_MB MB), $(cat "$out/digest"), SBOM with $(cat "$work/components") components"
done
# the SBOM in each image is byte for byte the one beside it
for s in "${services[@]}"; do
  cid="$("${podman[@]}" create "localhost/speelveld/$s:$version")"
  "${podman[@]}" cp "$cid:/deployments/sbom.cdx.json" "$work/$s.sbom.json"
  "${podman[@]}" rm "$cid" >/dev/null
  cmp -s "$work/$s.sbom.json" "$s/target/image/sbom.cdx.json" || fail "$s: the SBOM in the image differs from the one beside it"
done

# --- 2. the digests into the release overlay (on a copy) --------------------------------------------------------------
mkdir -p "$work/deploy"
cp -R deploy/base deploy/overlays deploy/monitoring "$work/deploy/"
deploy/set-image-digests.sh "$work/deploy/overlays/production" "$root" >/dev/null
kubectl kustomize "$work/deploy/overlays/production" > "$work/production.yaml"
for s in "${services[@]}"; do
  grep -q "image: speelveld/$s@$(cat "$s/target/image/digest")\$" "$work/production.yaml" \
    || fail "the production overlay does not render $s with the digest just built"
done
say "deploy/set-image-digests.sh: the production overlay renders with the three digests just built"

# What the production manifests give each service pod: memory limit, grace period, preStop sleep.
awk '/^---/ { if (doc ~ /\nkind: Deployment\n/) printf "%s", doc; doc = "\n"; next } { doc = doc $0 "\n" }
     END { if (doc ~ /\nkind: Deployment\n/) printf "%s", doc }' "$work/production.yaml" > "$work/deployments.yaml"
[ "$(grep -c '^kind: Deployment' "$work/deployments.yaml")" = 3 ] || fail "expected three Deployments in production"
limits="$(grep -A2 '^ *limits:' "$work/deployments.yaml" | sed -n 's/^ *memory: *//p' | sort -u)"
[ "$(echo "$limits" | wc -l)" = 1 ] || fail "the services' memory limits differ: $limits"
case "$limits" in
  *Mi) memory="${limits%Mi}m" ;;
  *Gi) memory="$(( ${limits%Gi} * 1024 ))m" ;;
  *) fail "memory limit $limits: not in Mi or Gi" ;;
esac
grace="$(sed -n 's/^ *terminationGracePeriodSeconds: *//p' "$work/deployments.yaml" | sort -u)"
prestop="$(grep -A2 'preStop:' "$work/deployments.yaml" | grep -A1 'sleep:' | sed -n 's/^ *seconds: *//p' | sort -u)"
[ "$(echo "$grace" | wc -l)" = 1 ] && [ "$(echo "$prestop" | wc -l)" = 1 ] || fail "grace periods or preStop differ"
budget=$((grace - ${prestop:-0}))
say "production: memory limit $limits (podman --memory $memory), grace period ${grace} s of which preStop ${prestop:-0} s: a container must stop within $budget s of SIGTERM"

# --- 3. the system from the images: non-root, read-only root, memory limit ------------------------------------------
free_ports() {
  local busy
  busy="$(speelveld_ports_free 8081 8082 8083 9081 9082 9083)" || fail "port(s) $busy in use (another ./speelveld up?)"
}
start_up() { # log, extra args…
  local log="$1"; shift
  speelveld_up "$log" 300 --containers "$@" || {
    for s in "${services[@]}"; do tail -20 "$work/data/logs/$s.log" 2>/dev/null; done
    fail "./speelveld up --containers $* did not become ready"
  }
}
stop_up() {
  speelveld_down 90 || fail "./speelveld up did not stop within 90 s"
}
pid_of() { "${podman[@]}" inspect --format '{{.State.Pid}}' "speelveld-$1"; }

free_ports
export SPEELVELD_DATA="$work/data"
say "./speelveld up --containers: UID 10001, read-only root (/tmp only, 64 MB), --memory $memory"
SPEELVELD_CONTAINER_MEMORY="$memory" SPEELVELD_CONTAINER_KEEP=true start_up "$work/up.log"
grep -E "is ready .* after the start|all services ready" "$work/up.log" | sed 's/^/[images] /'
for s in "${services[@]}"; do
  figure "$s ready: $(sed -n "s/.*$s is ready \(.*\) s after the start.*/\1/p" "$work/up.log") s after its container started"
  # what each container was started with, as podman reports it
  read -r user ro mem <<<"$("${podman[@]}" inspect --format '{{.Config.User}} {{.HostConfig.ReadonlyRootfs}} {{.HostConfig.Memory}}' "speelveld-$s")"
  [ "$user" = "10001:10001" ] && [ "$ro" = true ] && [ "$mem" = "$(( ${memory%m} * 1024 * 1024 ))" ] \
    || fail "speelveld-$s runs as '$user', read-only $ro, memory $mem"
done

say "both worked cases through the containers (./speelveld case)"
./speelveld case examples/cases/case-a-energy.json examples/cases/case-b-park.json > "$work/cases.log" 2>&1 \
  || { cat "$work/cases.log"; for s in "${services[@]}"; do grep -E "ERROR|Exception" -A3 "$work/data/logs/$s.log" | head -30; done
       fail "a worked case did not pass through the containers"; }
tail -4 "$work/cases.log" | sed 's/^/[images]   /'
for s in "${services[@]}"; do
  rss_kb="$(sed -n 's/^VmRSS:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$(pid_of "$s")/status")"
  figure "$s RSS after the cases: $((rss_kb / 1024)) MB"
  say "$s: RSS $((rss_kb / 1024)) MB after the cases (limit $limits)"
done

# SIGTERM under a small load. The load stands in for the Kubernetes endpoints: a watcher polls readiness every
# 0.5 s and stops sending new requests to a container once it reports DOWN (Quarkus's shutdown delay keeps serving
# meanwhile); every request that was sent must succeed. All three are stopped at once: `up` stops when one goes.
token="$(./speelveld token GM0344 initiatives:read stakeholders:read assessments:read)"
declare -A load_path=([initiative-service]=/v1/initiatives [stakeholder-service]=/v1/vocabularies [assessment-service]=/v1/assessments)
declare -A port=([initiative-service]=8081 [stakeholder-service]=8082 [assessment-service]=8083)
# health on the management port (the API port + 1000, as ./speelveld up sets it) when it answers, else on the API port
declare -A health=()
for s in "${services[@]}"; do
  if [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://localhost:$((port[$s] + 1000))/q/health/ready")" = 200 ]; then
    health[$s]=$((port[$s] + 1000))
  else
    health[$s]=${port[$s]}
  fi
done
for s in "${services[@]}"; do
  code="$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "http://localhost:${port[$s]}${load_path[$s]}")"
  [ "$code" = 200 ] || fail "GET ${load_path[$s]} on $s answers $code before the test"
done
watcher() { # service gate
  while [ -e "$2" ]; do
    [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://localhost:${health[$1]}/q/health/ready")" = 200 ] || rm -f "$2"
    sleep 0.5
  done
}
worker() { # service gate out
  while [ -e "$2" ]; do
    curl -s -o /dev/null -m 30 -w "%{http_code} $(date +%s.%N)\n" -H "Authorization: Bearer $token" \
      "http://localhost:${port[$1]}${load_path[$1]}" >> "$3" || echo "000 $(date +%s.%N)" >> "$3"
  done
}
pids=()
for s in "${services[@]}"; do
  touch "$work/gate-$s"
  watcher "$s" "$work/gate-$s" & pids+=($!)
  for i in 1 2; do worker "$s" "$work/gate-$s" "$work/load-$s-$i" & pids+=($!); done
done
sleep 3
term_at="$(date +%s.%N)"
for s in "${services[@]}"; do "${podman[@]}" kill --signal TERM "speelveld-$s" >/dev/null & done
wait_start=$SECONDS
for s in "${services[@]}"; do
  while [ "$("${podman[@]}" inspect --format '{{.State.Running}}' "speelveld-$s")" = true ]; do
    [ $((SECONDS - wait_start)) -le $((budget + 5)) ] || fail "$s still runs $((SECONDS - wait_start)) s after SIGTERM"
    sleep 0.2
  done
  stopped_at="$(date +%s.%N)"
  secs="$(awk -v a="$stopped_at" -v b="$term_at" 'BEGIN { printf "%.1f", a - b }')"
  figure "$s stopped $secs s after SIGTERM"
  awk -v b="$budget" -v s="$secs" 'BEGIN { exit !(s <= b) }' || fail "$s stopped after $secs s, beyond $budget s"
done
for s in "${services[@]}"; do rm -f "$work/gate-$s"; done
for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
for s in "${services[@]}"; do
  cat "$work"/load-"$s"-* > "$work/load-$s"
  total=$(wc -l < "$work/load-$s")
  failed=$(awk '$1 !~ /^2/' "$work/load-$s" | wc -l)
  after=$(awk -v t="$term_at" '$2 > t' "$work/load-$s" | wc -l)   # the time is when the request was sent
  exit_code="$("${podman[@]}" inspect --format '{{.State.ExitCode}}' "speelveld-$s")"
  say "$s: $total requests under load, $after of them sent after SIGTERM, $failed failed; exit code $exit_code"
  figure "$s SIGTERM: $total requests, $after sent after SIGTERM, $failed failed, exit $exit_code"
  [ "$failed" = 0 ] || { sort "$work/load-$s" | awk '{print $1}' | uniq -c; fail "$s: $failed requests failed during shutdown"; }
  [ "$after" -gt 0 ] || fail "$s: no request was sent after SIGTERM (the load did not overlap the shutdown)"
  case "$exit_code" in 0|143) ;; *) fail "$s exited with $exit_code after SIGTERM (137: killed)";; esac
done
# ./speelveld up notices the stopped services and stops itself (and PostgreSQL)
for _ in $(seq 1 60); do kill -0 "$SPEELVELD_UP_PID" 2>/dev/null || break; sleep 1; done
stop_up

# --- 4. the images' own user, and nothing written outside /tmp ------------------------------------------------------
# A running container's processes must not be root (their UIDs as the kernel sees them).
check_not_root() { # container
  local pid uids
  pid="$("${podman[@]}" inspect --format '{{.State.Pid}}' "$1")"
  uids="$(sed -n 's/^Uid:[[:space:]]*//p' "/proc/$pid/status")"
  for u in $uids; do [ "$u" != 0 ] || { echo "$1 runs as root (Uid: $uids)"; return 1; }; done
  # and the image's own USER is a UID other than 0 (a name or nothing would let it run as root elsewhere)
  local own
  own="$("${podman[@]}" image inspect --format '{{.Config.User}}' "$("${podman[@]}" inspect --format '{{.Image}}' "$1")")"
  [[ "${own%%:*}" =~ ^[1-9][0-9]*$ ]] || { echo "$1: its image's USER is '$own'"; return 1; }
}
# A container may have written only under /tmp (podman's own mount points aside).
check_writes() { # container
  local mounts bad
  mounts="$("${podman[@]}" inspect --format '{{range .Mounts}}{{.Destination}}{{"\n"}}{{end}}' "$1")"
  # podman's own files in every container: /etc/hosts, /etc/hostname, /etc/resolv.conf, /run/.containerenv
  mounts="$mounts"$'\n'/etc/hosts$'\n'/etc/hostname$'\n'/etc/resolv.conf$'\n'/run/.containerenv
  bad="$("${podman[@]}" diff "$1" | awk '{print $2}')"
  bad="$(echo "$bad" | grep -v -E '^(/tmp(/.*)?|)$' | while read -r p; do
    keep=1
    while read -r m; do [ -n "$m" ] && case "$m" in "$p"|"$p"/*) keep=0 ;; esac; done <<<"$mounts"
    [ "$keep" = 1 ] && echo "$p"
  done || true)"
  [ -z "$bad" ] || { echo "$1 wrote outside /tmp: $(echo $bad)"; return 1; }
}
# First, the checks must catch what they are for: an image whose USER is root, and a write to /.
printf 'FROM localhost/speelveld/initiative-service:%s\nUSER 0:0\n' "$version" > "$work/Containerfile.root"
"${podman[@]}" build -q -f "$work/Containerfile.root" -t localhost/speelveld/probe-root:test "$work" >/dev/null
"${podman[@]}" run -d -i --name speelveld-probe --entrypoint keytool localhost/speelveld/probe-root:test -printcert >/dev/null
if check_not_root speelveld-probe >/dev/null; then fail "check_not_root passed a container running as root"; fi
"${podman[@]}" rm -f -t 0 speelveld-probe >/dev/null
"${podman[@]}" run --name speelveld-probe --user 0 --entrypoint java "localhost/speelveld/initiative-service:$version" \
  -Xlog:os=info:file=/probe.log -version >/dev/null 2>&1
if check_writes speelveld-probe >/dev/null; then fail "check_writes passed a container that wrote /probe.log"; fi
"${podman[@]}" rm -f -t 0 speelveld-probe >/dev/null
say "the checks fail on a root image and on a write to /, as they must"

say "./speelveld up --containers --demo with each image's own USER and a writable root"
SPEELVELD_CONTAINER_USER="" SPEELVELD_CONTAINER_READ_ONLY=false SPEELVELD_CONTAINER_KEEP=true \
  SPEELVELD_CONTAINER_MEMORY="$memory" start_up "$work/up-own-user.log" --reset --demo
grep -q -- "--demo: case-a-energy.json loaded and assessed" "$work/up-own-user.log" \
  && grep -q -- "--demo: case-b-park.json loaded and assessed" "$work/up-own-user.log" \
  || { grep -- "--demo" "$work/up-own-user.log"; fail "--demo did not load and assess both cases"; }
for s in "${services[@]}"; do
  check_not_root "speelveld-$s" || fail "speelveld-$s runs as root"
done
stop_up
for s in "${services[@]}"; do
  check_writes "speelveld-$s" || fail "speelveld-$s wrote outside /tmp"
  "${podman[@]}" rm -f -t 0 "speelveld-$s" >/dev/null
done
say "no image runs as root; none wrote outside /tmp"

echo "[images] figures:"
sed 's/^/[images]   /' "$figures"
say "passed"
