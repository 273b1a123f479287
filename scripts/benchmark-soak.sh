#!/usr/bin/env bash
# Soak benchmark (issue #16): a mixed workload, as a portal sees it all day, at about LOAD_FRACTION of
# the measured saturation, for DURATION seconds, against the packaged service on the embedded Neo4j
# with the demo data. Kinds (one wrk process each, all at once):
#   story       GraphQL: a product's stories in Japanese (the consumer page)
#   provenance  GraphQL: the flagship's upstream walk (importer / consumer journey)
#   resolver    GET /01/{gtin}/10/{lot}: a scanned QR stamp (307 to the consumer page)
#   capture     POST /epcis/capture: 10 fresh events per document (a producer's system)
# First SATURATION seconds flat out (wrk -c CONNECTIONS per kind, no pacing) measure each kind's
# throughput under the mix; then every connection is paced (wrk's delay()) so that each kind runs at
# LOAD_FRACTION of it. After each minute it reports requests, errors (status >= 400, GraphQL errors,
# socket errors), p50/p99 per kind and the heap (used, and live data after the last major GC, from
# /actuator/metrics). Pacing is closed-loop (the delay is between a response and the next request), so
# the offered rate is at most the target, never more. Target: 0 errors, flat live heap.
# Results (machine, date, commit, the per-minute table, a PNG plot) are appended to docs/benchmarks.md
# and docs/benchmarks/ unless --no-record. Not part of `mvn verify`; run it on a quiet machine.
#
# Usage: scripts/benchmark-soak.sh [--no-record] [--duration SECONDS]
# Environment: DURATION=600 SATURATION=20 LOAD_FRACTION=0.8 CONNECTIONS=4 HTTP_PORT=18480
#   SERVICE_HEAP=1g MVN_FLAGS= (e.g. -o) SKIP_PACKAGE=false STARTUP_TIMEOUT=600
#   SERVICE_ARGS= (more --property=value arguments for the service) ADMIN_KEY=demo-admin-key (the demo profile's)
set -euo pipefail
cd "$(dirname "$0")/.."

RECORD=true
while [ $# -gt 0 ]; do
  case "$1" in
    --no-record) RECORD=false ;;
    --duration) DURATION="$2"; shift ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
DURATION="${DURATION:-600}"
SATURATION="${SATURATION:-20}"
LOAD_FRACTION="${LOAD_FRACTION:-0.8}"
CONNECTIONS="${CONNECTIONS:-4}"
HTTP_PORT="${HTTP_PORT:-18480}"
SERVICE_HEAP="${SERVICE_HEAP:-1g}"
MVN_FLAGS="${MVN_FLAGS:-}"
SKIP_PACKAGE="${SKIP_PACKAGE:-false}"
ADMIN_KEY="${ADMIN_KEY:-demo-admin-key}"
KINDS=(story provenance resolver capture)
LUA="scripts/soak/request.lua"
BASE="http://127.0.0.1:$HTTP_PORT"

OUT=target/benchmark-soak
mkdir -p "$OUT"
STARTED_AT="$(date -u '+%Y-%m-%d %H:%M UTC')"
STAMP="$(date -u '+%Y%m%d-%H%M')"
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
GIT_STATE="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD -- . ':!docs/benchmarks.md' ':!docs/benchmarks' 2>/dev/null || echo ' (with uncommitted changes)')"
JAVA="${JAVA:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1)/bin/java}"
[ -x "$JAVA" ] || JAVA=java
log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }

apt_install() {
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  apt-cache policy "$1" 2>/dev/null | grep -q 'Candidate: [0-9]' || $sudo apt-get update -qq >/dev/null || true
  log "installing $1 (Debian package)"
  $sudo apt-get install -y -qq "$1" >/dev/null
}
command -v wrk >/dev/null || apt_install wrk
command -v jq >/dev/null || apt_install jq
command -v gnuplot >/dev/null || apt_install gnuplot-nox || log "gnuplot-nox could not be installed: no plot"

if (echo >"/dev/tcp/127.0.0.1/$HTTP_PORT") 2>/dev/null; then
  echo "port $HTTP_PORT is in use; set HTTP_PORT" >&2; exit 1
fi

if [ "$SKIP_PACKAGE" != true ]; then
  log "packaging the service"
  # shellcheck disable=SC2086
  mvn -B -q -ntp $MVN_FLAGS -DskipTests package
fi
JAR="$(ls target/origin-graph-*.jar | grep -v -- '-plain' | head -1)"

SERVICE_LOG="$OUT/service.log"
APP=""
stop_service() {
  [ -n "$APP" ] || return 0
  kill "$APP" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$APP" 2>/dev/null || break; sleep 1; done
  kill -9 "$APP" 2>/dev/null || true
  APP=""
}
trap stop_service EXIT

log "starting the service on port $HTTP_PORT (demo data, limits off)"
"$JAVA" -Xmx"$SERVICE_HEAP" -jar "$JAR" --spring.profiles.active=demo --server.port="$HTTP_PORT" \
  --origin.limits.enabled=false ${SERVICE_ARGS:-} >"$SERVICE_LOG" 2>&1 &
APP=$!
READY=false
for _ in $(seq 1 "${STARTUP_TIMEOUT:-600}"); do
  [ "$(curl -s "$BASE/actuator/health/readiness" | jq -r .status 2>/dev/null)" = UP ] && { READY=true; break; }
  kill -0 "$APP" 2>/dev/null || { echo "the service died; see $SERVICE_LOG" >&2; exit 1; }
  sleep 1
done
$READY || { echo "the service was not ready within ${STARTUP_TIMEOUT:-600}s; see $SERVICE_LOG" >&2; exit 1; }

heap() { # used heap and live data after the last major GC, MB (the metrics need an ADMIN key)
  local used live
  used="$(curl -s -H "X-API-Key: $ADMIN_KEY" "$BASE/actuator/metrics/jvm.memory.used?tag=area:heap" | jq '.measurements[0].value / 1048576 | floor')"
  live="$(curl -s -H "X-API-Key: $ADMIN_KEY" "$BASE/actuator/metrics/jvm.gc.live.data.size" | jq '.measurements[0].value / 1048576 | floor')"
  echo "$used $live"
}

run_kinds() { # seconds, then per kind: delay ms; prints RESULT lines
  local seconds="$1"; shift
  local pids=() i=0
  for kind in "${KINDS[@]}"; do
    KIND="$kind" DELAY_MS="${1:-0}" wrk -t1 -c"$CONNECTIONS" -d"${seconds}s" --timeout 10s -s "$LUA" "$BASE" \
      >"$OUT/wrk-$kind.txt" 2>&1 &
    pids+=($!); shift || true; i=$((i + 1))
  done
  wait "${pids[@]}" || true
  for kind in "${KINDS[@]}"; do grep '^RESULT' "$OUT/wrk-$kind.txt" || echo "RESULT $kind 0 0 0 0 $seconds"; done
}

log "warming up and measuring saturation for ${SATURATION}s"
run_kinds 10 0 0 0 0 >/dev/null
SAT="$(run_kinds "$SATURATION" 0 0 0 0)"
echo "$SAT" >"$OUT/saturation.txt"
DELAYS=()
for kind in "${KINDS[@]}"; do
  # rate per connection at saturation r = requests / seconds / connections; at LOAD_FRACTION of it a
  # connection waits 1000/(f*r) - 1000/r ms between a response and its next request
  delay="$(echo "$SAT" | awk -v k="$kind" -v f="$LOAD_FRACTION" -v c="$CONNECTIONS" \
    '$2 == k { r = $3 / $7 / c; if (r <= 0) { print 1000 } else { d = 1000 / (f * r) - 1000 / r; printf "%d", (d < 0 ? 0 : d) } }')"
  DELAYS+=("$delay")
  log "$kind: $(echo "$SAT" | awk -v k="$kind" '$2 == k { printf "%.0f req/s", $3 / $7 }') at saturation, pacing ${delay} ms"
done

TABLE="$OUT/minutes.tsv"
printf 'minute\tkind\trequests\terrors\tp50_ms\tp99_ms\theap_used_mb\tlive_mb\n' >"$TABLE"
MINUTES=$(( (DURATION + 59) / 60 ))
for minute in $(seq 1 "$MINUTES"); do
  seconds=$(( DURATION - (minute - 1) * 60 )); [ "$seconds" -gt 60 ] && seconds=60
  RESULT="$(run_kinds "$seconds" "${DELAYS[@]}")"
  read -r used live < <(heap)
  echo "$RESULT" | awk -v m="$minute" -v u="$used" -v l="$live" '{ printf "%d\t%s\t%d\t%d\t%s\t%s\t%s\t%s\n", m, $2, $3, $4, $5, $6, u, l }' >>"$TABLE"
  log "minute $minute: $(echo "$RESULT" | awk '{ printf "%s %d req %d err p50 %s p99 %s | ", $2, $3, $4, $5, $6 }')heap ${used} MB (live ${live} MB)"
done

TOTAL_ERRORS="$(awk -F'\t' 'NR > 1 { e += $4 } END { print e + 0 }' "$TABLE")"
PLOT="$OUT/soak-$STAMP.png"
if command -v gnuplot >/dev/null; then
  for kind in "${KINDS[@]}"; do awk -F'\t' -v k="$kind" 'NR > 1 && $2 == k { print $1, $6 }' "$TABLE" >"$OUT/p99-$kind.dat"; done
  awk -F'\t' 'NR > 1 && $2 == "story" { print $1, $7, $8 }' "$TABLE" >"$OUT/heap.dat"
  gnuplot <<GNUPLOT || log "gnuplot failed: no plot"
set terminal pngcairo size 900,520 noenhanced
set output "$PLOT"
set title "Soak at ${LOAD_FRACTION} of saturation, $STARTED_AT"
set xlabel "minute"
set ylabel "p99 latency (ms)"
set y2label "heap (MB)"
set y2tics
set ytics nomirror
set key outside right
plot "$OUT/p99-story.dat" using 1:2 with linespoints title "story p99", \
     "$OUT/p99-provenance.dat" using 1:2 with linespoints title "provenance p99", \
     "$OUT/p99-resolver.dat" using 1:2 with linespoints title "resolver p99", \
     "$OUT/p99-capture.dat" using 1:2 with linespoints title "capture p99", \
     "$OUT/heap.dat" using 1:2 axes x1y2 with lines dashtype 2 title "heap used", \
     "$OUT/heap.dat" using 1:3 axes x1y2 with lines lw 2 title "live after GC"
GNUPLOT
fi

SECTION="$OUT/section.md"
{
  echo
  echo "### $STARTED_AT — soak, ${DURATION}s at ${LOAD_FRACTION} of saturation"
  echo
  echo "- errors: $TOTAL_ERRORS (target 0)"
  echo "- saturation (req/s, ${SATURATION}s, ${CONNECTIONS} connections per kind, all kinds at once): $(echo "$SAT" | awk '{ printf "%s %.0f; ", $2, $3 / $7 }')"
  echo "- git: $GIT_STATE; load before: $LOAD_BEFORE; service heap: $SERVICE_HEAP"
  echo "- nproc: $(nproc); memory: $(free -h | awk '/^Mem:/ {print $2 " total, " $7 " available"}')"
  echo "- java: $("$JAVA" -version 2>&1 | head -1); cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo
  echo "| minute | kind | requests | errors | p50 ms | p99 ms | heap used MB | live MB |"
  echo "|---|---|---|---|---|---|---|---|"
  awk -F'\t' 'NR > 1 { printf "| %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7, $8 }' "$TABLE"
  [ -f "$PLOT" ] && { echo; echo "![soak](benchmarks/$(basename "$PLOT"))"; }
} >"$SECTION"
if $RECORD; then
  mkdir -p docs/benchmarks
  [ -f "$PLOT" ] && cp "$PLOT" docs/benchmarks/
  cat "$SECTION" >>docs/benchmarks.md
  log "appended to docs/benchmarks.md"
else
  log "not recorded (--no-record); section in $SECTION"
fi
cat "$SECTION"
