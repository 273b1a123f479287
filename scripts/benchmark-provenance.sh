#!/usr/bin/env bash
# Provenance benchmark (issue #11): the `provenance` GraphQL query against the limit, the same traversal
# as one hand-written Cypher statement through the Java driver, on the same database and the same root.
#
# For each preset (a generated supply graph, see src/test/java/org/origingraph/benchmark/) it starts the
# packaged service on loopback with the demo data off and a fixed Bolt port for its embedded Neo4j, loads
# the preset over Bolt, checks that both clients find what the generator says the root's upstream holds,
# warms up, then measures, raw statement first, GraphQL over HTTP second:
#   unloaded  one client, sequential requests (p50/p99)          raw: 1 thread      HTTP: wrk -c1
#   loaded    CONNECTIONS concurrent clients (throughput, p50/p99) raw: 16 threads  HTTP: wrk -c16
#   sweep     unloaded, SWEEP_DURATION s per root at depth 1..tiers (first request timed apart)
# Presets: small (~10k nodes) and large (~1M nodes) hold the same 8-tier root network, so their sweeps
# compare graph size for the same path shape; deep is a 32-tier triangle (fan-in 2, shared inputs,
# 2^31 paths), where the 32-tier root's first request after a warm-up on another root is timed.
# Results (machine, date, commit, table, targets met/missed, PNG plots) are appended to
# docs/benchmarks.md and docs/benchmarks/ unless --no-record. Not part of `mvn verify`.
#
# Usage: scripts/benchmark-provenance.sh [--quick] [--no-record] [--presets "small large deep"]
# Durations (seconds) and settings come from the environment:
#   WARMUP=40 DURATION=20 SWEEP_DURATION=3 CONNECTIONS=16 SEED=42 PAGE_CACHE=1g HTTP_PORT=18080
#   BOLT_PORT=17687 REQUEST_TIMEOUT=30 SERVICE_HEAP=4g MVN_FLAGS= (e.g. -o)
#   SERVICE_JVM_ARGS= (JVM options for the service, e.g. -XX:StartFlightRecording=filename=x.jfr,settings=profile)
# --quick: WARMUP=10 DURATION=4 SWEEP_DURATION=1, presets small and deep, nothing recorded unless asked.
# The service caches assembled walks (decision 010): repeated requests for one root are cache hits and
# measure GraphQL completion and JSON only, while the raw statement walks every time; the first request of
# each root is computed. SERVICE_ARGS=--origin.provenance.cache.enabled=false measures computed walks.
# A full run with the defaults should take 20-25 minutes on a quiet 2-core machine (13 of them measuring,
# the rest packaging, starting and loading; see docs/benchmarks.md); --quick about 5. Run it on a quiet
# machine: other work on the cores distorts every number.
set -euo pipefail
cd "$(dirname "$0")/.."

QUICK=false
RECORD=true
PRESETS_ARG=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) QUICK=true ;;
    --no-record) RECORD=false ;;
    --record) RECORD=force ;;
    --presets) PRESETS_ARG="$2"; shift ;;
    -h|--help) sed -n '2,29p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
if $QUICK; then
  WARMUP="${WARMUP:-10}"; DURATION="${DURATION:-4}"; SWEEP_DURATION="${SWEEP_DURATION:-1}"
  PRESETS="${PRESETS_ARG:-small deep}"
  [ "$RECORD" = force ] || RECORD=false
else
  PRESETS="${PRESETS_ARG:-small large deep}"
fi
[ "$RECORD" = force ] && RECORD=true
WARMUP="${WARMUP:-40}"
DURATION="${DURATION:-20}"
SWEEP_DURATION="${SWEEP_DURATION:-3}"
CONNECTIONS="${CONNECTIONS:-16}"
SEED="${SEED:-42}"
PAGE_CACHE="${PAGE_CACHE:-1g}"
HTTP_PORT="${HTTP_PORT:-18080}"
BOLT_PORT="${BOLT_PORT:-17687}"
REQUEST_TIMEOUT="${REQUEST_TIMEOUT:-30}"
SERVICE_HEAP="${SERVICE_HEAP:-4g}"
MVN_FLAGS="${MVN_FLAGS:-}"
SERVICE_JVM_ARGS="${SERVICE_JVM_ARGS:-}"

# ---- extra service arguments -------------------------------------------------------------------------
# Put settings the benchmark needs on top of the defaults here, e.g. once request rate limits exist on
# main: EXTRA_SERVICE_ARGS=(--origin.limits.enabled=false). SERVICE_ARGS from the environment is added too.
EXTRA_SERVICE_ARGS=(--origin.limits.enabled=false)
# -------------------------------------------------------------------------------------------------------

OUT=target/benchmark
RESULTS="$OUT/results.tsv"
mkdir -p "$OUT"
STARTED_AT="$(date -u '+%Y-%m-%d %H:%M UTC')"
STAMP="$(date -u '+%Y%m%d-%H%M')"
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
# before anything is appended; recorded results do not count as a change
GIT_STATE="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD -- . ':!docs/benchmarks.md' ':!docs/benchmarks' 2>/dev/null || echo ' (with uncommitted changes)')"

JAVA="${JAVA:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1)/bin/java}"
[ -x "$JAVA" ] || JAVA=java

log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }

apt_install() { # package
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  if ! apt-cache policy "$1" 2>/dev/null | grep -q 'Candidate: [0-9]'; then
    $sudo apt-get update -qq >/dev/null || true
  fi
  log "installing $1 (Debian package)"
  $sudo apt-get install -y -qq "$1" >/dev/null
}
command -v wrk >/dev/null || apt_install wrk
command -v gnuplot >/dev/null || apt_install gnuplot-nox || log "gnuplot-nox could not be installed: no plots"
command -v python3 >/dev/null || apt_install python3

port_busy() { (echo >"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for port in "$HTTP_PORT" "$BOLT_PORT"; do
  if port_busy "$port"; then echo "port $port is in use; set HTTP_PORT/BOLT_PORT" >&2; exit 1; fi
done

log "packaging the service and compiling the benchmark tools"
# shellcheck disable=SC2086
mvn -B -q -ntp $MVN_FLAGS -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=test
JAR="$(ls target/origin-graph-*.jar | grep -v -- '-plain' | head -1)"
TOOLS_CP="target/test-classes:target/classes:$(cat "$OUT/classpath.txt")"

APP=""
WRK=""
stop_service() {
  if [ -n "$APP" ]; then
    kill "$APP" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$APP" 2>/dev/null || break; sleep 1; done
    if kill -0 "$APP" 2>/dev/null; then
      kill -9 "$APP" 2>/dev/null || true
      # killed before it could delete its temporary database: do it here
      local home
      home="$(sed -n 's/.*Embedded Neo4j started in \(\/[^ ]*\) (temporary).*/\1/p' "$SERVICE_LOG" | head -1)"
      [[ "$home" == /tmp/origin-graph-neo4j-* ]] && rm -rf "$home"
    fi
    wait "$APP" 2>/dev/null || true
    APP=""
  fi
}
cleanup() { [ -z "$WRK" ] || rm -f "$WRK"; stop_service; }
trap cleanup EXIT

SERVICE_LOG=/dev/null
start_service() { # log-file; a fresh temporary database every time
  SERVICE_LOG="$1"
  # shellcheck disable=SC2206
  local extra=(${SERVICE_ARGS:-}) jvm=(${SERVICE_JVM_ARGS})
  "$JAVA" -Xms"$SERVICE_HEAP" -Xmx"$SERVICE_HEAP" "${jvm[@]}" -jar "$JAR" \
    --server.address=127.0.0.1 --server.port="$HTTP_PORT" \
    --origin.demo-data.enabled=false \
    --origin.neo4j.embedded.bolt-port="$BOLT_PORT" \
    --origin.neo4j.embedded.page-cache-size="$PAGE_CACHE" \
    --logging.level.root=WARN --logging.level.org.origingraph.infrastructure.neo4j=INFO \
    "${EXTRA_SERVICE_ARGS[@]}" "${extra[@]}" >"$1" 2>&1 &
  APP=$!
  for _ in $(seq 1 240); do
    if curl -fs "http://127.0.0.1:$HTTP_PORT/actuator/health/readiness" 2>/dev/null | grep -q UP; then return 0; fi
    if ! kill -0 "$APP" 2>/dev/null; then tail -30 "$1" >&2; echo "the service did not start" >&2; exit 1; fi
    sleep 1
  done
  echo "the service was not ready after 240 s" >&2; exit 1
}

query_body() { # gtin lot -> the GraphQL request body (the full selection)
  printf '{"query":"query Provenance($gtin: String!, $lot: String!) { provenance(gtin: $gtin, lot: $lot, direction: UPSTREAM) { tiers truncated nodes { __typename id ... on Batch { gtin lot producedAt quantity { value unit } facility { name country region } } ... on Shipment { reference departedAt arrivedAt origin { name country } destination { name country } } } edges { from to kind quantity { value unit } } } }","variables":{"gtin":"%s","lot":"%s"}}' "$1" "$2"
}

# One RESULT line per wrk run, from wrk's own latency histogram (microseconds).
WRK="$(mktemp --suffix=.lua)"
cat >"$WRK" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = os.getenv("BODY")
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT requests=%d seconds=%.3f rps=%.2f p50_ms=%.3f p99_ms=%.3f errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.status + e.timeout))
end
LUA

field() { sed -n "s/.*[ ]$1=\([^ ]*\).*/\1/p"; } # key, from a RESULT line on stdin

record() { # preset label client mode connections requests seconds rps p50 p99 first errors
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >>"$RESULTS"
}

http_first() { # gtin lot batches shipments tiers max-seconds -> "ms" or "FAIL <why>"
  local body code time
  body="$OUT/answer.json"
  read -r code time < <(curl -s -o "$body" -w '%{http_code} %{time_total}\n' --max-time "$6" \
    -H 'Content-Type: application/json' --data "$(query_body "$1" "$2")" "http://127.0.0.1:$HTTP_PORT/graphql" \
    || echo "000 $6")
  if [ "$code" != 200 ]; then echo "FAIL HTTP $code after ${time}s"; return; fi
  python3 - "$body" "$3" "$4" "$5" "$time" <<'PY'
import collections, json, sys
path, batches, shipments, tiers, seconds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])
try:
    answer = json.load(open(path))
except ValueError:
    print("FAIL the answer is not JSON"); sys.exit()
if answer.get("errors") or not (answer.get("data") or {}).get("provenance"):
    if not answer.get("errors"):
        print("FAIL no provenance in the answer"); sys.exit()
    print("FAIL " + json.dumps(answer["errors"][0].get("extensions", {}).get("code", answer["errors"][0].get("message")))); sys.exit()
p = answer["data"]["provenance"]
kinds = collections.Counter(n["__typename"] for n in p["nodes"])
if (kinds["Batch"], kinds["Shipment"], p["tiers"]) != (batches, shipments, tiers):
    print(f"FAIL found {kinds['Batch']} batches, {kinds['Shipment']} shipments, {p['tiers']} tiers;"
          f" expected {batches}, {shipments}, {tiers}"); sys.exit()
print(f"{seconds * 1000:.3f}")
PY
}

http_run() { # preset label mode connections seconds gtin lot first-ms
  local threads=$(( $4 < 2 ? 1 : 2 )) line
  line="$(BODY="$(query_body "$6" "$7")" timeout $(( $5 + REQUEST_TIMEOUT + 30 )) \
    wrk -t"$threads" -c"$4" -d"$5s" --timeout "${REQUEST_TIMEOUT}s" -s "$WRK" "http://127.0.0.1:$HTTP_PORT/graphql" \
    | grep '^RESULT' || echo 'RESULT requests=0 seconds=0 rps=0 p50_ms=nan p99_ms=nan errors=1')"
  record "$1" "$2" graphql "$3" "$4" "$(field requests <<<"$line")" "$(field seconds <<<"$line")" \
    "$(field rps <<<"$line")" "$(field p50_ms <<<"$line")" "$(field p99_ms <<<"$line")" "$8" "$(field errors <<<"$line")"
  log "  graphql $2 $3 c=$4: $line"
  # requests wrk gave up on at the end may still be running in the service: let them finish
  [ "$4" -lt 2 ] || sleep 3
}

raw_runs() { # preset warm-up-gtin warm-up-lot (label threads seconds gtin lot mode)...
  local preset="$1" args=() modes=() line label
  shift
  args+=("$WARMUP" "$CONNECTIONS" "$1" "$2")
  shift 2
  while [ $# -gt 0 ]; do
    args+=("$1" "$2" "$3" "$4" "$5"); modes+=("$1=$6"); shift 6
  done
  timeout 1800 "$JAVA" -XX:+UseParallelGC -cp "$TOOLS_CP" org.origingraph.benchmark.RawProvenanceLoad \
    "bolt://127.0.0.1:$BOLT_PORT" "${args[@]}" 2> >(grep -v -e '^WARNING' -e 'SystemLogger' -e '^INFO' >&2) \
    >"$OUT/raw.out" || log "[$preset] the raw load driver failed or timed out"
  grep '^PLAN' "$OUT/raw.out" | sed "s/^/[$preset] /" >&2 || true
  while read -r line; do
    label="$(field label <<<" $line")"
    local mode="" m
    for m in "${modes[@]}"; do [ "${m%%=*}" = "$label" ] && mode="${m#*=}"; done
    record "$preset" "$label" raw "$mode" "$(field threads <<<"$line")" "$(field requests <<<"$line")" \
      "$(field seconds <<<"$line")" "$(field rps <<<"$line")" "$(field p50_ms <<<"$line")" \
      "$(field p99_ms <<<"$line")" "$(field first_ms <<<"$line")" 0
    log "  raw $line"
  done < <(grep '^RESULT' "$OUT/raw.out")
}

load_preset() { # preset
  log "[$1] generating and loading over Bolt"
  timeout 3600 "$JAVA" -XX:+UseParallelGC -cp "$TOOLS_CP" org.origingraph.benchmark.SupplyGraphLoader \
    "bolt://127.0.0.1:$BOLT_PORT" "$1" "$SEED" "$OUT" 2> >(grep -v -e '^WARNING' -e 'SystemLogger' -e '^INFO' >&2) >&2
  # shellcheck disable=SC1090
  source "$OUT/$1.env"
  printf '%s\tsize\tnodes=%s relationships=%s networks=%s load_s=%s root=%s/%s tiers=%s batches=%s shipments=%s\n' \
    "$1" "$NODES" "$RELATIONSHIPS" "$NETWORKS" "$LOAD_SECONDS" "$ROOT_GTIN" "$ROOT_LOT" "$ROOT_TIERS" \
    "$ROOT_BATCHES" "$ROOT_SHIPMENTS" >>"$OUT/sizes.tsv"
}

sweep_root() { # depth -> "gtin lot batches shipments" from the preset's sweep file
  awk -F'\t' -v d="$1" '$1 == d {print $2, $3, $4, $5}' "$OUT/$PRESET-sweep.tsv"
}

bench_preset() { # preset
  local preset="$1" warm_depth raw_args=() d gtin lot batches shipments first
  start_service "$OUT/service-$preset.log"
  load_preset "$preset"
  # the warm-up root: the full root for the food chain; a 12-tier one for deep, so that the 32-tier
  # root's first request is the first time the service sees it
  warm_depth=$([ "$preset" = deep ] && echo 12 || echo "$ROOT_TIERS")
  read -r WARM_GTIN WARM_LOT _ _ < <(sweep_root "$warm_depth")

  log "[$preset] raw statement: warm-up ${WARMUP}s, then unloaded, loaded and the sweep"
  raw_args=("$preset" "$WARM_GTIN" "$WARM_LOT"
    root 1 "$DURATION" "$ROOT_GTIN" "$ROOT_LOT" unloaded
    root-c"$CONNECTIONS" "$CONNECTIONS" "$DURATION" "$ROOT_GTIN" "$ROOT_LOT" loaded)
  for d in $(seq 1 "$ROOT_TIERS"); do
    read -r gtin lot _ _ < <(sweep_root "$d")
    raw_args+=(depth-"$d" 1 "$SWEEP_DURATION" "$gtin" "$lot" sweep)
  done
  raw_runs "${raw_args[@]}"

  log "[$preset] GraphQL: checking the answer, warm-up ${WARMUP}s"
  read -r _ _ batches shipments < <(sweep_root "$warm_depth")
  # the service's very first request (cold code paths, empty caches) gets twice the timeout
  first="$(http_first "$WARM_GTIN" "$WARM_LOT" "$batches" "$shipments" "$warm_depth" $(( 2 * REQUEST_TIMEOUT )))"
  if [[ "$first" == FAIL* ]]; then
    log "[$preset] the warm-up root is not answered: $first; no GraphQL numbers for $preset"
    record "$preset" root graphql unloaded 1 0 0 0 nan nan "$first" 1
    stop_service; return
  fi
  BODY="$(query_body "$WARM_GTIN" "$WARM_LOT")" timeout $(( WARMUP + REQUEST_TIMEOUT + 30 )) \
    wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" --timeout "${REQUEST_TIMEOUT}s" -s "$WRK" \
    "http://127.0.0.1:$HTTP_PORT/graphql" >/dev/null || true
  sleep 3

  first="$(http_first "$ROOT_GTIN" "$ROOT_LOT" "$ROOT_BATCHES" "$ROOT_SHIPMENTS" "$ROOT_TIERS" "$REQUEST_TIMEOUT")"
  log "[$preset] first request for the $ROOT_TIERS-tier root after the warm-up: $first"
  if [[ "$first" == FAIL* ]]; then
    record "$preset" root graphql unloaded 1 0 0 0 nan nan "$first" 1
    # an abandoned walk may keep the database busy: measure the sweep on a fresh service, and stop it at
    # the first depth not answered within REQUEST_TIMEOUT; the warm-up is one client on a 4-tier root
    stop_service
    start_service "$OUT/service-$preset-sweep.log"
    load_preset "$preset"
    read -r gtin lot _ _ < <(sweep_root 4)
    BODY="$(query_body "$gtin" "$lot")" timeout $(( WARMUP + REQUEST_TIMEOUT + 30 )) \
      wrk -t1 -c1 -d"${WARMUP}s" --timeout "${REQUEST_TIMEOUT}s" -s "$WRK" \
      "http://127.0.0.1:$HTTP_PORT/graphql" >/dev/null || true
  else
    http_run "$preset" root unloaded 1 "$DURATION" "$ROOT_GTIN" "$ROOT_LOT" "$first"
    http_run "$preset" root-c"$CONNECTIONS" loaded "$CONNECTIONS" "$DURATION" "$ROOT_GTIN" "$ROOT_LOT" ""
  fi
  for d in $(seq 1 "$ROOT_TIERS"); do
    read -r gtin lot batches shipments < <(sweep_root "$d")
    first="$(http_first "$gtin" "$lot" "$batches" "$shipments" "$d" "$REQUEST_TIMEOUT")"
    if [[ "$first" == FAIL* ]]; then
      log "[$preset] depth $d: $first; the sweep stops here"
      record "$preset" depth-"$d" graphql sweep 1 0 0 0 nan nan "$first" 1
      break
    fi
    http_run "$preset" depth-"$d" sweep 1 "$SWEEP_DURATION" "$gtin" "$lot" "$first"
  done
  stop_service
}

: >"$RESULTS"
: >"$OUT/sizes.tsv"
for preset in $PRESETS; do
  bench_preset "$preset"
done

LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"
MACHINE="$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), \
$(free -h | awk '/^Mem:/ {print $2 " memory, " $7 " available"}'), $(uname -sr); \
$("$JAVA" -version 2>&1 | head -1); load average $LOAD_BEFORE before, $LOAD_AFTER after"
SETTINGS="warm-up ${WARMUP}s, measured ${DURATION}s, sweep ${SWEEP_DURATION}s per depth, $CONNECTIONS connections, \
seed $SEED, page cache $PAGE_CACHE, service heap $SERVICE_HEAP${SERVICE_ARGS:+, service arguments: $SERVICE_ARGS}\
${EXTRA_SERVICE_ARGS[*]:+ ${EXTRA_SERVICE_ARGS[*]}}"
if $RECORD; then PLOTS=docs/benchmarks; else PLOTS="$OUT"; fi
mkdir -p "$PLOTS"
python3 scripts/benchmark_provenance_report.py "$RESULTS" "$OUT/sizes.tsv" "$PLOTS" "provenance-$STAMP" \
  "$STARTED_AT" "$GIT_STATE" "$MACHINE" "$SETTINGS" >"$OUT/section.md"
if command -v gnuplot >/dev/null; then
  for plot in "$PLOTS"/provenance-"$STAMP"-*.gp; do gnuplot "$plot" && rm -f "$plot"; done
  rm -f "$PLOTS"/provenance-"$STAMP"-*.dat
fi
cat "$OUT/section.md"
if $RECORD; then
  { echo; cat "$OUT/section.md"; } >>docs/benchmarks.md
  log "appended to docs/benchmarks.md; plots in docs/benchmarks/"
else
  log "not recorded (--no-record/--quick); section and plots in $OUT/"
fi
