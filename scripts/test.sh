#!/usr/bin/env bash
# Installs what is missing, then runs every check and test in order, stopping at the first
# failure. Ends with a PASS/FAIL line and exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
set +e

passed=0
STARTED=$SECONDS
finish() {
  local failed=$1 what=${2:-}
  echo
  if [[ $failed -eq 0 ]]; then
    echo "PASS: all $passed steps passed in $((SECONDS - STARTED)) s"
  else
    echo "FAIL: step \"$what\" failed after $passed passed steps ($((SECONDS - STARTED)) s)"
  fi
  echo "steps: $passed passed, $failed failed"
  exit "$failed"
}

step() {
  local name=$1
  shift
  printf '\n\033[1m==> %s\033[0m\n' "$name"
  local t0=$SECONDS
  if "$@"; then
    passed=$((passed + 1))
    echo "--- ok: $name ($((SECONDS - t0)) s)"
  else
    finish 1 "$name"
  fi
}

export CHROMEDRIVER=/usr/bin/chromedriver
export CHROMIUM_PATH=/usr/bin/chromium

step "set-up (installs only what is missing)" ensure_test_tools
step "cargo fmt --check" cargo fmt --all --check
step "clippy, native" cargo clippy --all-targets --locked -- -D warnings
step "clippy, wasm32" cargo clippy --target wasm32-unknown-unknown --lib --bins --tests --locked -- -D warnings
step "clippy, wasm32, the Spanish page's build" cargo clippy --target wasm32-unknown-unknown --lib --bins --features es --locked -- -D warnings
step "cargo test, native" cargo test --locked
step "cargo doc (warnings are errors)" env RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --locked
step "wasm-bindgen-test, headless Chromium" \
  cargo test --target wasm32-unknown-unknown --locked --test 'browser_*'
step "release build of every language's page (scripts/build.sh)" scripts/build.sh
step "Playwright end-to-end against the release build" npx --no-install playwright test
step "Node tests: the size report's own, calendar files read by ical.js" node --test tests/size-report.test.mjs tests/ics-parse.test.mjs
step "size report (fails over the limit)" node scripts/size-report.mjs dist
step "benchmark (reports; never fails on speed)" node scripts/bench.mjs dist
finish 0
