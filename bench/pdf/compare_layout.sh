#!/usr/bin/env bash
# Renders every sample of samples/manifest.tsv as PDF with another formwork
# binary (e.g. the main branch's) and with this checkout's, and compares
# the pages' text lines (compare_layout.py): line and page breaks must be
# the same; line ends may move where shaping (kerning) changed advances.
# Usage: bench/pdf/compare_layout.sh OTHER_FORMWORK
set -euo pipefail
cd "$(dirname "$0")/../.."
other=${1:?usage: compare_layout.sh OTHER_FORMWORK}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
while IFS=$'\t' read -r tpl data _; do
  [[ -z $tpl || $tpl == \#* ]] && continue
  "$other" render "$tpl" "samples/$data" -o "$tmp/old/$tpl" -f pdf -q 2>/dev/null || true
  build/formwork render "$tpl" "samples/$data" -o "$tmp/new/$tpl" -f pdf -q 2>/dev/null || true
done <samples/manifest.tsv
for old in "$tmp"/old/*/*.pdf; do
  /usr/bin/python3 bench/pdf/compare_layout.py "$old" "${old/\/old\//\/new\/}"
done
