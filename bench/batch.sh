#!/usr/bin/env bash
# The batch-printing figures of issue 8 on this machine, each beside its
# target: the 96 acceptance forms in four formats + merged PDF and as PDF
# only (median of 3, at -j 1 and at the default one worker per core), the
# one-form PDF size, the merged print file at 1,000 / 10,000 / 100,000
# records (wall time and peak RSS; -f txt, the cheapest per-record output,
# beside --merge), and -j 1 against -j 2 on 1,000 records in four formats.
# A failing run is printed as FAILED and makes the script exit 1.
# Usage: bench/batch.sh [--no-100k]
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -x build/formwork ]] || bash scripts/build.sh --render >/dev/null
big=1
[[ ${1:-} == --no-100k ]] && big=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
# run LABEL ARGS… : one run; sets secs and mib
run() {
  local label=$1; shift
  rm -rf "$tmp/out"
  if ! /usr/bin/time -f "%e %M" -o "$tmp/time" build/formwork render "$@" -o "$tmp/out" -q \
    2>"$tmp/err" >/dev/null; then
    failures=$((failures + 1))
    echo "FAILED: $label: $(head -c 300 "$tmp/err")"
    secs=nan mib=nan
    return 1
  fi
  read -r secs kb < <(tail -1 "$tmp/time")
  mib=$(awk -v k="$kb" 'BEGIN{printf "%.1f", k/1024}')
}
# median3 LABEL TARGET ARGS… : prints the median of three runs
median3() {
  local label=$1 target=$2 t=(); shift 2
  for i in 1 2 3; do run "$label" "$@" || return 0; t+=("$secs"); done
  local m
  m=$(printf '%s\n' "${t[@]}" | sort -g | sed -n 2p)
  printf '%-52s %7.3f s  %7.1f MiB   target %s\n' "$label" "$m" "$mib" "$target"
}
records() { # N FILE : N acceptance records (plan-2016.json repeated, new 编号)
  python3 - "$1" "$2" <<'PY'
import json, sys
n, path = int(sys.argv[1]), sys.argv[2]
base = json.load(open("samples/plan-2016.json", encoding="utf-8"))
with open(path, "w", encoding="utf-8") as fh:
    for i in range(n):
        r = dict(base[i % len(base)])
        r["编号"] = f"{2000 + i // 1000}{i % 1000:03d}"
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
PY
}
echo "machine: $(nproc) cores, $(date -u +%FT%TZ)"
P=samples/plan-2016.json
median3 "96 forms, 4 formats + merged PDF, -j 1" "-" acceptance $P --merge "$tmp/out/all.pdf" -j 1
median3 "96 forms, 4 formats + merged PDF" "<= 0.35 s" acceptance $P --merge "$tmp/out/all.pdf"
median3 "96 forms, -f pdf, -j 1" "-" acceptance $P -f pdf -j 1
median3 "96 forms, -f pdf" "<= 0.25 s" acceptance $P -f pdf
run "one form" acceptance $P -f pdf && one=$(stat -c %s "$tmp/out/2016001-验收表.pdf") &&
  printf '%-52s %7d B                 target <= 27,000 B\n' "one-form acceptance PDF" "$one"
sizes=(1000 10000)
((big)) && sizes+=(100000)
declare -A wall
for n in "${sizes[@]}"; do
  records "$n" "$tmp/r$n.jsonl"
  if run "merged $n" acceptance "$tmp/r$n.jsonl" -f txt --merge "$tmp/out/all.pdf"; then
    wall[$n]=$secs
    pages=$(pdfinfo "$tmp/out/all.pdf" | awk '/^Pages/{print $2}')
    printf '%-52s %7.2f s  %7.1f MiB   %s pages\n' "merged PDF, $n records (-f txt)" "$secs" "$mib" "$pages"
  fi
  rm -f "$tmp/r$n.jsonl.done"
done
echo "targets: 10,000 <= 8 s; 100,000 <= 80 s and <= 80 MiB; time(100k)/time(10k) <= 11"
if [[ -n ${wall[100000]:-} && -n ${wall[10000]:-} ]]; then
  awk -v a="${wall[100000]}" -v b="${wall[10000]}" 'BEGIN{printf "time(100k)/time(10k) = %.1f\n", a/b}'
fi
records 1000 "$tmp/r1000.jsonl"
# Median of three runs each, alternating -j 1 and -j 2 so drift hits both.
declare -A jruns
for i in 1 2 3; do
  for j in 1 2; do
    run "1,000 records, 4 formats, -j $j" acceptance "$tmp/r1000.jsonl" -j $j &&
      jruns[$j]+="$secs "
  done
done
for j in 1 2; do
  [[ -z ${jruns[$j]:-} ]] && continue
  jt[$j]=$(printf '%s\n' ${jruns[$j]} | sort -g | sed -n 2p)
  printf '%-52s %7.2f s   (runs: %s)\n' "1,000 records, 4 formats, -j $j" "${jt[$j]}" "${jruns[$j]% }"
done
[[ -n ${jt[1]:-} && -n ${jt[2]:-} ]] &&
  awk -v a="${jt[1]}" -v b="${jt[2]}" 'BEGIN{printf "-j 2 speed-up: %.2fx   target >= 1.7x\n", a/b}'
if ((failures)); then
  echo "$failures runs FAILED"
  exit 1
fi
