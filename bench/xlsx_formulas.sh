#!/usr/bin/env bash
# Prints CPU time (user+sys, median of REPEAT runs) of XLSX-only renders
# whose cost the in-process formula check adds to: the 96 acceptance
# forms (no formulas), one community-appraisal workbook (1,284 formulas),
# 50 of them, and 300 绩效考核表 (18 formulas each). Usage:
#   bench/xlsx_formulas.sh [REPEAT] [BINARY...]   (default: build/formwork)
# Several binaries are measured run by run in turn, so load on the machine
# affects them alike.
set -euo pipefail
cd "$(dirname "$0")/.."
repeat=${1:-5}
shift || true
bins=("$@")
((${#bins[@]})) || bins=(build/formwork)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp" <<'PY'
import json, sys
tmp = sys.argv[1]
ca = json.load(open("samples/community-appraisal-2023.json"))
ca = ca if isinstance(ca, list) else [ca]
with open(f"{tmp}/ca50.jsonl", "w", encoding="utf-8") as fh:
    for i in range(50):
        r = json.loads(json.dumps(ca[0]))
        r["街道"] = f"{r['街道']}{i}"
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
ap = json.load(open("samples/appraisal-2016.json"))
with open(f"{tmp}/ap300.jsonl", "w", encoding="utf-8") as fh:
    for i in range(300):
        fh.write(json.dumps(ap[i % len(ap)], ensure_ascii=False) + "\n")
PY
cases=("acceptance ×96|acceptance samples/plan-2016.json"
       "community-appraisal ×1|community-appraisal samples/community-appraisal-2023.json"
       "community-appraisal ×50|community-appraisal $tmp/ca50.jsonl"
       "appraisal ×300|appraisal $tmp/ap300.jsonl")
for c in "${cases[@]}"; do
  label=${c%%|*}
  read -r -a args <<<"${c#*|}"
  declare -A times=()
  for ((i = 1; i <= repeat; i++)); do
    for b in "${bins[@]}"; do
      rm -rf "$tmp/out"
      /usr/bin/time -f "%U %S" -o "$tmp/time" "$b" render "${args[@]}" -o "$tmp/out" -f xlsx -q 2>/dev/null
      times[$b]+="$(awk '{print $1 + $2}' "$tmp/time") "
    done
  done
  for b in "${bins[@]}"; do
    median=$(tr ' ' '\n' <<<"${times[$b]}" | grep . | sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}')
    printf '%-26s %-40s %6.3f s CPU (median of %d)\n' "$label" "$b" "$median" "$repeat"
  done
  unset times
done
