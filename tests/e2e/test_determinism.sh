#!/usr/bin/env bash
# Same input, same bytes: two renders of every sample of samples/manifest.tsv
# into different folders give byte-identical PDF, DOCX, XLSX and TXT files
# (and merged PDFs), so outputs can be archived and diffed.
source "$(dirname "$0")/lib.sh"
expected=0
while IFS=$'\t' read -r tpl data merge; do
  [[ -z $tpl || $tpl == \#* ]] && continue
  for run in a b; do
    args=(render "$tpl" "$SRC/samples/$data" -o "$TMP/$run/$tpl" -q)
    [[ $merge != - ]] && args+=(--merge "$TMP/$run/$merge")
    "$FORMWORK_BIN" "${args[@]}" 2>/dev/null || bad "render $tpl run $run"
  done
  records=$($PY -c 'import json,sys; d=json.load(open(sys.argv[1])); print(len(d) if isinstance(d, list) else 1)' \
    "$SRC/samples/$data")
  expected=$((expected + 4 * records))
  [[ $merge != - ]] && expected=$((expected + 1))
done <"$SRC/samples/manifest.tsv"
n=0
while IFS= read -r -d '' f; do
  rel=${f#"$TMP/a/"}
  n=$((n + 1))
  cmp -s "$f" "$TMP/b/$rel" || bad "differs between runs: $rel"
done < <(find "$TMP/a" -type f -print0)
if ((n == expected)); then ok "$n files byte-identical across runs"; else bad "found $n files, expected $expected"; fi
finish
