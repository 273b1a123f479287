#!/usr/bin/env bash
# Load benchmark of the provenance query: packages the service, starts it with the embedded Neo4j and
# demo data on loopback, drives POST /graphql with wrk, and appends the result to docs/benchmarks.md.
# Not part of `mvn verify`: timings belong here, not in tests.
#
# Usage: scripts/benchmark-provenance.sh [duration-seconds] [connections] [warm-up-seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-30}"
CONNECTIONS="${2:-16}"
PORT=18080

if ! command -v wrk >/dev/null; then
  echo "Installing wrk (Debian package)..." >&2
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi

mvn -B -q -ntp -DskipTests package
JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
# The rate limit (PUBLIC: 300 requests a minute per address) would turn the load into 429s: off here.
"$JAVA" -jar target/origin-graph-*.jar --server.port=$PORT --logging.level.root=WARN --origin.limits.enabled=false &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT

for _ in $(seq 1 120); do
  if curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" | grep -q UP; then break; fi
  sleep 1
done

SCRIPT=$(mktemp --suffix=.lua)
cat > "$SCRIPT" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"query":"{ provenance(gtin: \\"08938512000015\\", lot: \\"BT-2026-031\\") { tiers nodes { __typename id ... on Batch { lot producedAt product { name } facility { name } } ... on Shipment { departedAt arrivedAt destination { country } } } edges { from to kind at quantity { value unit } } } }"}'
LUA

# Warm-up, then the measured run. On two cores the JIT needs tens of seconds of load to compile the hot
# paths (the capture benchmark showed rates doubling after warm-up); 10 s left it half done.
WARMUP="${3:-60}"
wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s "$SCRIPT" "http://127.0.0.1:$PORT/graphql" >/dev/null
RESULT=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$SCRIPT" "http://127.0.0.1:$PORT/graphql")
echo "$RESULT"

RPS=$(echo "$RESULT" | awk '/Requests\/sec/ {print $2}')
P50=$(echo "$RESULT" | awk '$1=="50%" {print $2}')
P99=$(echo "$RESULT" | awk '$1=="99%" {print $2}')
ERRORS=$(echo "$RESULT" | awk '/Non-2xx/ {print $NF}')
{
  echo
  echo "### Provenance query (flagship, upstream, 5 tiers, ~150 nodes) — $(date -u +%Y-%m-%d)"
  echo
  echo "- Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr); $("$JAVA" -version 2>&1 | head -1)"
  echo "- Setup: embedded Neo4j, demo data, wrk -t2 -c$CONNECTIONS -d${DURATION}s on loopback after ${WARMUP}s of warm-up (client and server share the cores)"
  echo "- Throughput: **$RPS requests/s**; latency p50 $P50, p99 $P99; non-2xx: ${ERRORS:-0}"
} >> docs/benchmarks.md
echo "Appended to docs/benchmarks.md"
