#!/usr/bin/env bash
# Makes sure Debian's headless Chromium and its chromedriver are installed, for the consumer page's
# browser test (PageBrowserIntegrationTests). Idempotent and silent when both are present; run by
# `mvn verify` (exec-maven-plugin, process-test-classes) and by .ci/run, so nothing is installed by hand.
# Installs with apt-get as root, or through sudo without a password; otherwise it says what to run and
# leaves the build going (the browser test then fails naming this script), so other tests still run.
set -euo pipefail

if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: chromium and chromedriver are missing and there is no apt-get;" \
    "install Chromium and chromedriver (on PATH) for the browser test" >&2
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  run=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  run=(sudo -n)
else
  echo "ensure-chromium: chromium and chromedriver are missing; run as root:" \
    "apt-get install -y chromium chromium-driver" >&2
  exit 0
fi

echo "ensure-chromium: installing chromium and chromium-driver (Debian packages) for the browser test"
log=$(mktemp)
export DEBIAN_FRONTEND=noninteractive
if ! { "${run[@]}" apt-get install -y -q --no-install-recommends chromium chromium-driver >"$log" 2>&1 \
    || { "${run[@]}" apt-get update -q >>"$log" 2>&1 \
      && "${run[@]}" apt-get install -y -q --no-install-recommends chromium chromium-driver >>"$log" 2>&1; }; }; then
  cat "$log" >&2
  rm -f "$log"
  echo "ensure-chromium: apt-get could not install chromium chromium-driver" >&2
  exit 0
fi
rm -f "$log"
