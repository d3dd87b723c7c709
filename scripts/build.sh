#!/usr/bin/env bash
# Builds every language's page, release mode, into dist/: English at the root (index.html),
# Spanish in dist/es/ (index.es.html, with the cargo feature `es`). Each page is a build of its
# own, so a member downloads only the words of their language. Extra arguments go to Trunk.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# The crates' source paths in panic locations, shortened to the crate's own ("yew-0.23.0/src/…"):
# the registry's long folder name, repeated in the wasm, costs 0.2 KB gzip of every first visit
# (measured). Wherever cargo keeps its registry (CARGO_HOME), for each crates.io folder in it.
remaps=()
for registry in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/index.crates.io-*/; do
  [[ -d $registry ]] && remaps+=("--remap-path-prefix=$registry=")
done
# And no inlining by LLVM beyond what it must: the release wasm is 0.4 KB gzip smaller
# (measured; wasm-opt's own inlining is off too, index.html's data-wasm-opt-params).
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="${remaps[*]} -C llvm-args=-inline-threshold=0"
# The English build first: Trunk empties dist/ (with dist/es/ in it) before it writes.
trunk build --release "$@"
trunk build --release --dist dist/es "$@" index.es.html
# The Share page, next to each language's page (share.html; the Spanish one generated from the
# English by tests/i18n_share_page.rs). Plain files, no build step: its script, its icon, and
# its stylesheet as the guide's own followed by the page's few rules. Not part of a first visit.
for folder in dist dist/es; do
  cp share/share.js "$folder/share.js"
  cp static/icon.svg "$folder/icon.svg"
  cat static/app.css share/share.css > "$folder/share.css"
done
# The sources' titles and addresses (src/domain/cited.rs), which the app fetches once it runs:
# beside each language's page, so every folder is whole on its own (and its worker keeps it).
cp static/sources.txt dist/sources.txt
cp static/sources.txt dist/es/sources.txt
# The documents' words (src/i18n/document_words.rs), each folder's in its own language.
cp static/document-words.txt dist/document-words.txt
cp static/document-words.es.txt dist/es/document-words.txt
cp share/share.html dist/share.html
cp share/share.es.html dist/es/share.html
# Installable: each folder's app icons (drawn from static/icon.svg) and its web app manifest
# (from the folder's page, in its language).
node scripts/icons.mjs dist dist/es
node scripts/manifest.mjs dist dist/es
# Keep this the LAST step, after every build and every file copied into dist/: each language
# folder's service worker (sw.js) lists that folder's files as they are now, and takes its
# version from their contents.
node scripts/offline-files.mjs dist
