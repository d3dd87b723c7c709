#!/usr/bin/env bash
# Installs what is missing, builds the app and serves it on http://127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
ensure_build_tools

echo
echo "Second Opinion Navigator: building, then serving at http://127.0.0.1:8080/ (Ctrl+C stops)"
echo "(English at /, Spanish at /es/)"
echo
# The same optimized build members get, every language's page (scripts/build.sh), served as
# the static files it is.
scripts/build.sh
exec node scripts/serve.mjs dist 8080
