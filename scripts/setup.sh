#!/usr/bin/env bash
# Installs only what is missing for building (and, with --test, testing) the app.
# Sourced by scripts/run.sh and scripts/test.sh; safe to run again (a second run is a no-op).
set -euo pipefail

TRUNK_VERSION="0.21.14"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"

log() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# The wasm-bindgen CLI must equal the wasm-bindgen crate version that Cargo.lock resolved.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

ensure_rust() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    log "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if [[ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]]; then
    log "installing trunk $TRUNK_VERSION (a few minutes, once)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
}

ensure_wasm_bindgen() {
  local want pinned
  want="$(wasm_bindgen_version)"
  pinned="$(awk -F'"' '/^wasm_bindgen = / { print $2 }' "$ROOT/Trunk.toml")"
  if [[ "$pinned" != "$want" ]]; then
    echo "Trunk.toml pins wasm_bindgen = \"$pinned\" but Cargo.lock has $want: make them equal" >&2
    return 1
  fi
  if [[ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $want" ]]; then
    log "installing wasm-bindgen-cli $want (a few minutes, once)"
    # Without --locked: with it, resolution fails on these machines.
    cargo install wasm-bindgen-cli --version "$want" --force
  fi
}

ensure_node_modules() {
  # npm ci only when the lockfile changed since the last install.
  local stamp="$ROOT/node_modules/.package-lock.json"
  if [[ ! -f "$stamp" || "$ROOT/package-lock.json" -nt "$stamp" ]]; then
    log "installing npm packages from package-lock.json"
    # Playwright drives Debian's Chromium; it must never download a browser of its own.
    (cd "$ROOT" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
  fi
}

ensure_chromium() {
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    log "installing Debian chromium and chromium-driver"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
}

ensure_build_tools() {
  ensure_rust
  ensure_node_modules
  ensure_trunk
  ensure_wasm_bindgen
}

ensure_test_tools() {
  ensure_build_tools
  ensure_chromium
}
