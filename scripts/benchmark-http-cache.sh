#!/usr/bin/env bash
# HTTP cache benchmark (issue #13): the consumer story (the registered ConsumerStory operation, the demo
# flagship, Accept-Language: ja) as an anonymous persisted GET, answered from the in-process response
# cache, against the same query text as an uncached POST, in the same run, against the same service.
#
# Starts the packaged service on loopback with the demo data and the edge's limits off (the PUBLIC rate
# limit would refuse almost every request from one address), checks both requests answer the story,
# warms each up, then runs wrk with CONNECTIONS connections for DURATION seconds each: GET first, POST
# second. Reports throughput, p50/p99 (wrk's latency histogram) and the GET/POST throughput ratio.
# Targets: ratio >= 8x, GET p99 < 50 ms. Results (machine, date, commit, table) are appended to
# docs/benchmarks.md unless --no-record. Not part of `mvn verify`; run it on a quiet machine.
#
# Usage: scripts/benchmark-http-cache.sh [--no-record]
# Settings from the environment: WARMUP=20 DURATION=30 CONNECTIONS=200 THREADS=2 HTTP_PORT=18090
#   BOLT_PORT=17697 SERVICE_HEAP=2g MVN_FLAGS= (e.g. -o) SKIP_PACKAGE=false
set -euo pipefail
cd "$(dirname "$0")/.."

RECORD=true
while [ $# -gt 0 ]; do
  case "$1" in
    --no-record) RECORD=false ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
WARMUP="${WARMUP:-20}"
DURATION="${DURATION:-30}"
CONNECTIONS="${CONNECTIONS:-200}"
THREADS="${THREADS:-2}"
HTTP_PORT="${HTTP_PORT:-18090}"
BOLT_PORT="${BOLT_PORT:-17697}"
SERVICE_HEAP="${SERVICE_HEAP:-2g}"
MVN_FLAGS="${MVN_FLAGS:-}"
SKIP_PACKAGE="${SKIP_PACKAGE:-false}"

OUT=target/benchmark-http-cache
mkdir -p "$OUT"
STARTED_AT="$(date -u '+%Y-%m-%d %H:%M UTC')"
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
GIT_STATE="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD -- . ':!docs/benchmarks.md' 2>/dev/null || echo ' (with uncommitted changes)')"
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
command -v python3 >/dev/null || apt_install python3
command -v curl >/dev/null || apt_install curl

port_busy() { (echo >"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for port in "$HTTP_PORT" "$BOLT_PORT"; do
  if port_busy "$port"; then echo "port $port is in use; set HTTP_PORT/BOLT_PORT" >&2; exit 1; fi
done

if [ "$SKIP_PACKAGE" != true ] || ! ls target/origin-graph-*.jar >/dev/null 2>&1; then
  log "packaging the service"
  # shellcheck disable=SC2086
  mvn -B -q -ntp $MVN_FLAGS -DskipTests package
fi
JAR="$(ls target/origin-graph-*.jar | grep -v -- '-plain' | head -1)"

APP=""
LUA="$(mktemp --suffix=.lua)"
SERVICE_LOG="$OUT/service.log"
cleanup() {
  rm -f "$LUA"
  if [ -n "$APP" ]; then
    kill "$APP" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$APP" 2>/dev/null || break; sleep 1; done
    kill -9 "$APP" 2>/dev/null || true
    wait "$APP" 2>/dev/null || true
  fi
}
trap cleanup EXIT

log "starting the service on 127.0.0.1:$HTTP_PORT"
"$JAVA" -Xms"$SERVICE_HEAP" -Xmx"$SERVICE_HEAP" -jar "$JAR" \
  --server.address=127.0.0.1 --server.port="$HTTP_PORT" \
  --origin.neo4j.embedded.bolt-port="$BOLT_PORT" \
  --origin.limits.enabled=false \
  --logging.level.root=WARN >"$SERVICE_LOG" 2>&1 &
APP=$!
for i in $(seq 1 240); do
  if curl -fs "http://127.0.0.1:$HTTP_PORT/actuator/health/readiness" 2>/dev/null | grep -q UP; then break; fi
  if ! kill -0 "$APP" 2>/dev/null; then tail -30 "$SERVICE_LOG" >&2; echo "the service did not start" >&2; exit 1; fi
  [ "$i" -lt 240 ] || { echo "the service was not ready after 240 s" >&2; exit 1; }
  sleep 1
done

# The GET path and the POST body of the same operation, from the manifest file itself.
read -r GET_PATH POST_BODY_FILE < <(python3 - "$OUT" <<'PY'
import hashlib, json, sys, urllib.parse
out = sys.argv[1]
text = open("src/main/resources/graphql-operations/ConsumerStory.graphql", encoding="utf-8").read()
variables = {"gtin": "08938512000015", "lot": "BT-2026-031"}
extensions = {"persistedQuery": {"version": 1, "sha256Hash": hashlib.sha256(text.encode()).hexdigest()}}
path = "/graphql?" + urllib.parse.urlencode({
    "operationName": "ConsumerStory",
    "variables": json.dumps(variables, separators=(",", ":")),
    "extensions": json.dumps(extensions, separators=(",", ":"))})
body = out + "/post-body.json"
json.dump({"query": text, "operationName": "ConsumerStory", "variables": variables}, open(body, "w"))
print(path, body)
PY
)
BASE="http://127.0.0.1:$HTTP_PORT"

check() { # label curl-args... : the answer holds the flagship's story and no errors (a few tries: the
  # first walk is planned on the spot and may pass the provenance time budget on a busy machine)
  local label="$1"; shift
  for try in 1 2 3 4 5; do
    curl -s -H 'Accept-Language: ja' "$@" >"$OUT/$label.json"
    if python3 - "$OUT/$label.json" "$label" <<'PY'
import json, sys
answer = json.load(open(sys.argv[1]))
data = answer.get("data") or {}
if answer.get("errors") or not (data.get("product") and data.get("provenance")):
    sys.exit(f"{sys.argv[2]}: no story in the answer: {json.dumps(answer)[:300]}")
PY
    then return 0; fi
    [ "$try" -lt 5 ] && sleep 2
  done
  exit 1
}
check get "$BASE$GET_PATH"
check post -H 'Content-Type: application/json' --data-binary "@$POST_BODY_FILE" "$BASE/graphql"
CACHE_CONTROL="$(curl -s -o /dev/null -D - -H 'Accept-Language: ja' "$BASE$GET_PATH" | tr -d '\r' | sed -n 's/^[Cc]ache-[Cc]ontrol: //p')"
log "GET answers with Cache-Control: $CACHE_CONTROL"

cat >"$LUA" <<'LUA'
-- Both requests say what a browser says (Accept-Encoding: gzip): the service keeps cached answers
-- compressed; POST answers are sent as they are. An answer that is not 200, or (uncompressed) holds
-- GraphQL errors, counts as an error: a fast failure must not pass for throughput.
wrk.method = os.getenv("METHOD")
wrk.headers["Accept-Language"] = "ja"
wrk.headers["Accept-Encoding"] = "gzip"
if wrk.method == "POST" then
  wrk.headers["Content-Type"] = "application/json"
  local f = io.open(os.getenv("BODY_FILE"), "r")
  wrk.body = f:read("*a")
  f:close()
end
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) bad = 0 end
function response(status, headers, body)
  if status ~= 200 or (headers["Content-Encoding"] ~= "gzip" and string.find(body, '"errors"', 1, true)) then
    bad = bad + 1
  end
end
done = function(summary, latency, requests)
  local e = summary.errors
  local failed = 0
  for _, t in ipairs(threads) do failed = failed + t:get("bad") end
  io.write(string.format("RESULT requests=%d seconds=%.3f rps=%.2f p50_ms=%.3f p99_ms=%.3f errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.status + e.timeout + failed))
end
LUA

run() { # method path seconds -> RESULT line
  METHOD="$1" BODY_FILE="$POST_BODY_FILE" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${3}s" --timeout 10s --latency \
    -s "$LUA" "$BASE$2" | grep '^RESULT'
}
field() { sed -n "s/.*[ ]$1=\([^ ]*\).*/\1/p"; }

log "GET (cached persisted): warm-up ${WARMUP}s, measure ${DURATION}s, $CONNECTIONS connections"
run GET "$GET_PATH" "$WARMUP" >/dev/null
GET_RESULT="$(run GET "$GET_PATH" "$DURATION")"
log "POST (uncached): warm-up ${WARMUP}s, measure ${DURATION}s, $CONNECTIONS connections"
run POST /graphql "$WARMUP" >/dev/null
POST_RESULT="$(run POST /graphql "$DURATION")"

GET_RPS="$(field rps <<<"$GET_RESULT")"; GET_P50="$(field p50_ms <<<"$GET_RESULT")"; GET_P99="$(field p99_ms <<<"$GET_RESULT")"
GET_ERR="$(field errors <<<"$GET_RESULT")"
POST_RPS="$(field rps <<<"$POST_RESULT")"; POST_P50="$(field p50_ms <<<"$POST_RESULT")"; POST_P99="$(field p99_ms <<<"$POST_RESULT")"
POST_ERR="$(field errors <<<"$POST_RESULT")"
if python3 -c "import sys; sys.exit(0 if $POST_RPS > 0 else 1)"; then
  RATIO="$(python3 -c "print(f'{$GET_RPS / $POST_RPS:.1f}×')")"
  RATIO_MET="$(python3 -c "print('met' if $GET_RPS >= 8 * $POST_RPS else 'missed')")"
else
  RATIO="n/a"; RATIO_MET="not measured: no POST completed within ${DURATION} s (raise DURATION)"
fi
P99_MET="$(python3 -c "print('met' if $GET_P99 < 50 else 'missed')")"
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"

TABLE="| request (Accept-Encoding: gzip) | throughput (req/s) | p50 (ms) | p99 (ms) | errors (non-200, GraphQL errors, timeouts) |
|---|---|---|---|---|
| persisted GET, response cache | $GET_RPS | $GET_P50 | $GET_P99 | $GET_ERR |
| POST, same query, uncached | $POST_RPS | $POST_P50 | $POST_P99 | $POST_ERR |

GET / POST throughput: **${RATIO}** (target ≥ 8×: $RATIO_MET); GET p99 ${GET_P99} ms (target < 50 ms: $P99_MET)."
echo "$TABLE"

if $RECORD; then
  {
    echo
    echo "## HTTP response cache: consumer story as a persisted GET against POST (#13), $STARTED_AT"
    echo
    echo "Machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), $(free -g | awk '/^Mem:/ {print $2}') GB;"
    echo "load before $LOAD_BEFORE, after $LOAD_AFTER. Commit $GIT_STATE. wrk $CONNECTIONS connections, $THREADS threads,"
    echo "${WARMUP} s warm-up and ${DURATION} s measured per request kind, Accept-Language: ja, the demo flagship"
    echo "(\`08938512000015\` / \`BT-2026-031\`), the registered \`ConsumerStory\` operation; limits off. GET answers"
    echo "\`Cache-Control: $CACHE_CONTROL\`. Run by \`scripts/benchmark-http-cache.sh\`."
    echo
    echo "$TABLE"
  } >>docs/benchmarks.md
  log "appended to docs/benchmarks.md"
fi
