#!/usr/bin/env bash
# Same input, same bytes: two renders of the same data into different
# folders give byte-identical PDF, DOCX, XLSX and TXT files (and merged PDF).
source "$(dirname "$0")/lib.sh"
for run in a b; do
  "$FORMWORK_BIN" render settlement "$SRC/samples/settlement-2016.json" -o "$TMP/$run" \
    --merge "$TMP/$run/merged.pdf" -q 2>/dev/null || bad "render run $run"
  "$FORMWORK_BIN" render acceptance "$SRC/samples/plan-2016.json" -o "$TMP/$run" -q 2>/dev/null ||
    bad "render acceptance run $run"
done
n=0
while IFS= read -r -d '' f; do
  rel=${f#"$TMP/a/"}
  n=$((n + 1))
  cmp -s "$f" "$TMP/b/$rel" || bad "differs between runs: $rel"
done < <(find "$TMP/a" -type f -print0)
if ((n == 2 * 4 + 1 + 96 * 4)); then ok "$n files byte-identical across runs"; else bad "found $n files"; fi
finish
