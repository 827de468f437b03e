#!/usr/bin/env bash
# `npm test`: everything a fresh machine needs, then type check, build, browser
# tests (headless Chromium) and server tests; ends with "N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/.."

# 1. A Chromium: CHROME_PATH, else Debian's /usr/bin/chromium, installed when missing (as root).
if [ -z "${CHROME_PATH:-}" ]; then
  if [ ! -x /usr/bin/chromium ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      echo "Installing Chromium (apt-get install chromium)…"
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || { echo "could not install chromium"; exit 1; }
    else
      echo "No Chromium: install it (apt-get install chromium) or set CHROME_PATH." >&2
      exit 1
    fi
  fi
  export CHROME_PATH=/usr/bin/chromium
fi

# 2. Dependencies.
node scripts/ensure-deps.mjs || exit 1

passed=0
failed=0
status=0
step() { echo; echo "── $1"; }

# 3. Type check and build (the browser tests load the built bundle).
step "type check"
if npx tsc --noEmit -p tsconfig.json; then passed=$((passed + 1)); else failed=$((failed + 1)); status=1; fi
step "build"
if npm run --silent build; then passed=$((passed + 1)); else failed=$((failed + 1)); status=1; fi

# 4. Browser tests.
step "browser tests"
rm -f var/test-results/browser.json
npx web-test-runner || status=1
if [ -f var/test-results/browser.json ]; then
  read -r bp bf < <(node -e "const r=require('./var/test-results/browser.json');console.log(r.passed,r.failed)")
  passed=$((passed + bp)); failed=$((failed + bf))
else
  echo "browser tests did not report"; failed=$((failed + 1)); status=1
fi

# 5. Server, command-line and package tests (node's test runner).
shopt -s nullglob globstar
server_tests=(test/server/**/*.test.ts test/cli/**/*.test.ts test/package/**/*.test.ts)
if [ ${#server_tests[@]} -gt 0 ]; then
  step "server tests"
  node --import tsx --test --test-concurrency=1 --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination=var/test-results/server.tap "${server_tests[@]}" || status=1
  sp=$(grep -E '^# pass ' var/test-results/server.tap | awk '{print $3}')
  sf=$(grep -E '^# fail ' var/test-results/server.tap | awk '{print $3}')
  passed=$((passed + ${sp:-0})); failed=$((failed + ${sf:-1}))
fi

echo
[ "$failed" -gt 0 ] && status=1
echo "${passed} passed, ${failed} failed"
exit $status
