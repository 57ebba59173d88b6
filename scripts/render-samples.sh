#!/usr/bin/env bash
# README command 1: installs what is missing, builds, and renders every
# sample listed in samples/manifest.tsv into output/<template>/ in all four
# formats, plus one merged print PDF per sample under output/, and the
# spreadsheet and CSV samples of samples/sheets.tsv into their own folders.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --render
bash scripts/build.sh --render
status=0
while IFS=$'\t' read -r tpl data merge; do
  [[ -z $tpl || $tpl == \#* ]] && continue
  args=(render "$tpl" "samples/$data" -o "output/$tpl" -q)
  [[ $merge != - ]] && args+=(--merge "output/$merge")
  echo "== $tpl ← samples/$data"
  build/formwork "${args[@]}" || status=$?
done <samples/manifest.tsv
# The spreadsheet and CSV samples (samples/sheets.tsv), each into its own folder.
while IFS=$'\t' read -r tpl data dir options; do
  [[ -z $tpl || $tpl == \#* ]] && continue
  args=(render "$tpl" "samples/$data" -o "output/$dir" -q)
  [[ $options != - ]] && read -r -a extra <<<"$options" && args+=("${extra[@]}")
  echo "== $tpl ← samples/$data$([[ $options != - ]] && echo " $options")"
  build/formwork "${args[@]}" || status=$?
done <samples/sheets.tsv
find output -type f | sed 's/.*\.//' | sort | uniq -c | awk '{print "   " $2 ": " $1 " files"}'
exit $status
