#!/usr/bin/env bash
# Prints wall time, peak memory and output sizes for rendering the samples
# (the 96 acceptance forms in four formats plus the merged PDF). Builds
# first if needed. Usage: bench/run.sh [REPEAT]
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -x build/formwork ]] || bash scripts/build.sh >/dev/null
repeat=${1:-1}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
measure() { # LABEL ARGS...
  local label=$1; shift
  for ((i = 1; i <= repeat; i++)); do
    rm -rf "$tmp/out"
    /usr/bin/time -f "%e %M" -o "$tmp/time" build/formwork "$@" -o "$tmp/out" -q 2>/dev/null || true
    read -r secs kb <"$tmp/time"
    printf '%-44s %7.2f s  %7.1f MiB peak\n' "$label (run $i)" "$secs" "$(awk -v k="$kb" 'BEGIN{print k/1024}')"
  done
}
measure "acceptance ×96, pdf+docx+xlsx+txt+merged" render acceptance samples/plan-2016.json --merge "$tmp/all.pdf"
for f in pdf docx xlsx txt; do measure "acceptance ×96, $f only" render acceptance samples/plan-2016.json -f "$f"; done
measure "settlement ×2, all formats" render settlement samples/settlement-2016.json
rm -rf "$tmp/out"
build/formwork render acceptance samples/plan-2016.json -o "$tmp/out" --merge "$tmp/all.pdf" -q 2>/dev/null || true
echo "sizes:"
printf '  merged PDF (96 forms): %s bytes, %s pages\n' "$(stat -c %s "$tmp/all.pdf")" "$(pdfinfo "$tmp/all.pdf" | awk '/^Pages/{print $2}')"
for f in pdf docx xlsx txt; do
  printf '  one acceptance .%s: %s bytes\n' "$f" "$(stat -c %s "$tmp/out/2016001-验收表.$f")"
done
