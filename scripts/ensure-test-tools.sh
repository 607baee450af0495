#!/usr/bin/env bash
# What the tests need from Debian: Chromium for the browser tests (Playwright's own browser download
# is not reachable here) and GNU time for the benchmark harness's smoke test (peak RSS of a process).
# Installs what is missing when we can (root with apt-get); otherwise says what to do.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "ensure-test-tools: installing Debian's ${missing[*]} for the tests" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "ensure-test-tools: missing ${missing[*]}; install with: sudo apt-get install -y ${missing[*]}" >&2
exit 1
