#!/usr/bin/env bash
# Prints raw and gzip (-9) bytes of every file in a build folder, and the totals: what a first
# visit downloads. Reports only; the budget (aim 125 KB gzip, never above 200 KB) is checked here
# too, since it is a product rule, not a timing.
set -euo pipefail
dir=${1:-dist}
limit=$((200 * 1024))
total_raw=0
total_gz=0
printf '%-52s %10s %10s\n' "file" "raw B" "gzip B"
while IFS= read -r file; do
  raw=$(wc -c <"$file")
  gz=$(gzip -9 -c "$file" | wc -c)
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
  printf '%-52s %10d %10d\n' "${file#"$dir"/}" "$raw" "$gz"
done < <(find "$dir" -type f | sort)
printf '%-52s %10d %10d\n' "TOTAL" "$total_raw" "$total_gz"
printf 'first visit: %d.%d KB gzip (aim: under 125 KB; limit: 200 KB)\n' \
  $((total_gz / 1024)) $(((total_gz % 1024) * 10 / 1024))
if ((total_gz > limit)); then
  echo "size report: over the 200 KB gzip limit" >&2
  exit 1
fi
