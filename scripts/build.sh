#!/usr/bin/env bash
# Builds every language's page, release mode, into dist/: English at the root (index.html),
# Spanish in dist/es/ (index.es.html, with the cargo feature `es`). Each page is a build of its
# own, so a member downloads only the words of their language. Extra arguments go to Trunk.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# The English build first: Trunk empties dist/ (with dist/es/ in it) before it writes.
trunk build --release "$@"
trunk build --release --dist dist/es "$@" index.es.html
