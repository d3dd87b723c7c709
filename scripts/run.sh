#!/usr/bin/env bash
# Installs what is missing, builds the app and serves it on http://127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
ensure_build_tools

echo
echo "Second Opinion Navigator: building, then serving at http://127.0.0.1:8080/ (Ctrl+C stops)"
echo
# --release: the same optimized build members get. No autoreload: its websocket script would
# break the strict Content-Security-Policy.
exec trunk serve --release --no-autoreload --address 127.0.0.1 --port 8080
