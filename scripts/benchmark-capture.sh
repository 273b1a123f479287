#!/usr/bin/env bash
# Capture throughput benchmark: posts generated EPCIS events (10 per supply chain, 5 event types,
# documents of 1,000 events) to /epcis/capture on the embedded Neo4j, first [warm-up] events to let the
# JIT compile the hot paths, then [events] measured ones, and appends both rates together with the
# machine's description to docs/benchmarks.md. Not part of `mvn verify`.
#   scripts/benchmark-capture.sh [events] [events-per-document] [clients] [warm-up]
set -euo pipefail
cd "$(dirname "$0")/.."
EVENTS="${1:-100000}"
PER_DOCUMENT="${2:-1000}"
CLIENTS="${3:-2}"
WARMUP="${4:-100000}"
mvn -B -q test -Dtest=CaptureBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbenchmark.events="$EVENTS" -Dbenchmark.documentEvents="$PER_DOCUMENT" -Dbenchmark.clients="$CLIENTS" \
  -Dbenchmark.warmupEvents="$WARMUP" \
  -Dorigin.epcis.max-document-bytes=67108864 -Dorigin.neo4j.embedded.page-cache-size=512m
RESULT="$(cat target/benchmark-capture.txt)"
# before anything is appended; results appended by earlier runs do not count as a change
GIT_STATE="$(git rev-parse --short HEAD)$(git diff --quiet -- . ':!docs/benchmarks.md' || echo ' (with uncommitted changes)')"
JAVA="$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1)/bin/java"
[ -x "$JAVA" ] || JAVA=java
{
  echo
  echo "### $(date -u '+%Y-%m-%d %H:%M UTC') — EPCIS capture"
  echo
  echo "- result: ${RESULT}"
  echo "- git: ${GIT_STATE}"
  echo "- nproc: $(nproc)"
  echo "- memory: $(free -h | awk '/^Mem:/ {print $2 " total, " $7 " available"}')"
  echo "- java: $("$JAVA" -version 2>&1 | head -1)"
  echo "- cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
} >> docs/benchmarks.md
echo "$RESULT"
