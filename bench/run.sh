#!/usr/bin/env bash
# Prints wall time, peak memory and output sizes for rendering the samples:
# the 96 acceptance forms in four formats plus the merged PDF, every other
# sample of samples/manifest.tsv, and a batch of 1,000 绩效考核表 records
# (the sample's two repeated with new project numbers). Builds first if
# needed. Usage: bench/run.sh [REPEAT]
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -x build/formwork ]] || bash scripts/build.sh >/dev/null
repeat=${1:-1}
failures=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
measure() { # LABEL ARGS...
  local label=$1; shift
  for ((i = 1; i <= repeat; i++)); do
    rm -rf "$tmp/out"
    if ! /usr/bin/time -f "%e %M" -o "$tmp/time" build/formwork "$@" -o "$tmp/out" -q 2>"$tmp/err"; then
      failures=$((failures + 1))
      echo "FAILED: $label (exit $(awk '/exited with non-zero status/{print $NF}' "$tmp/time")): $(head -c 300 "$tmp/err")"
      continue
    fi
    read -r secs kb < <(tail -1 "$tmp/time")
    printf '%-44s %7.2f s  %7.1f MiB peak\n' "$label (run $i)" "$secs" "$(awk -v k="$kb" 'BEGIN{print k/1024}')"
  done
}
measure "acceptance ×96, pdf+docx+xlsx+txt+merged" render acceptance samples/plan-2016.json --merge "$tmp/all.pdf"
for f in pdf docx xlsx txt; do measure "acceptance ×96, $f only" render acceptance samples/plan-2016.json -f "$f"; done
measure "settlement ×2, all formats" render settlement samples/settlement-2016.json
while IFS=$'\t' read -r tpl data _; do
  [[ -z $tpl || $tpl == \#* || $tpl == acceptance || $tpl == settlement ]] && continue
  measure "$tpl, all formats" render "$tpl" "samples/$data"
done <samples/manifest.tsv
python3 - "$tmp/batch.json" <<'PY'
import json, sys
base = json.load(open("samples/appraisal-2016.json"))
out = []
for i in range(1000):
    r = json.loads(json.dumps(base[i % len(base)], ensure_ascii=False))
    r["编号"] = f"2016{i % 1000:03d}" if "编号" in r else r.get("编号")
    out.append(r)
with open(sys.argv[1], "w", encoding="utf-8") as fh:
    for r in out:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
PY
measure "appraisal ×1000 (JSON Lines), all formats" render appraisal "$tmp/batch.json"
rm -rf "$tmp/out"
build/formwork render acceptance samples/plan-2016.json -o "$tmp/out" --merge "$tmp/all.pdf" -q 2>/dev/null ||
  { failures=$((failures + 1)); echo "FAILED: acceptance for sizes"; }
echo "sizes:"
printf '  merged PDF (96 forms): %s bytes, %s pages\n' "$(stat -c %s "$tmp/all.pdf")" "$(pdfinfo "$tmp/all.pdf" | awk '/^Pages/{print $2}')"
for f in pdf docx xlsx txt; do
  printf '  one acceptance .%s: %s bytes\n' "$f" "$(stat -c %s "$tmp/out/2016001-验收表.$f")"
done
while IFS=$'\t' read -r tpl data _; do
  [[ -z $tpl || $tpl == \#* || $tpl == acceptance ]] && continue
  rm -rf "$tmp/out"
  build/formwork render "$tpl" "samples/$data" -o "$tmp/out" -q 2>/dev/null ||
    { failures=$((failures + 1)); echo "FAILED: $tpl"; }
  for pdf in "$tmp"/out/*.pdf; do
    printf '  %s: %s pages, pdf %s / docx %s / xlsx %s bytes\n' "$(basename "${pdf%.pdf}")" \
      "$(pdfinfo "$pdf" | awk '/^Pages/{print $2}')" "$(stat -c %s "$pdf")" \
      "$(stat -c %s "${pdf%.pdf}.docx")" "$(stat -c %s "${pdf%.pdf}.xlsx")"
  done
done <samples/manifest.tsv
if ((failures)); then
  echo "$failures runs FAILED"
  exit 1
fi
