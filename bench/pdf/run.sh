#!/usr/bin/env bash
# The PDF side of a batch on this machine (issue 8): the one-form
# acceptance PDF (size, fonts, checks), the 96 forms as PDF through
# formwork and through pdf_bench (-j 1 and -j 2: one font engine, layout
# once per record), and the merged print PDF at 1,000 / 10,000 / 100,000
# records with wall time, CPU time and peak RSS from /usr/bin/time -v.
# A benchmark, not a test. Usage: bench/pdf/run.sh [MAX_RECORDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
max=${1:-100000}
[[ -x build/formwork ]] || bash scripts/build.sh >/dev/null
cmake --build build --target pdf_bench formwork >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tpl=templates/acceptance.xml
data=samples/plan-2016.json

# run LABEL CMD...: one timed run, "wall user+sys peakRSS".
run() {
  local label=$1; shift
  /usr/bin/time -v -o "$tmp/time" "$@" >"$tmp/out" 2>&1 || { cat "$tmp/out"; return 1; }
  awk -v label="$label" '
    /Elapsed \(wall clock\)/ { n = split($NF, t, ":"); wall = t[n] + (n > 1 ? 60 * t[n-1] : 0) }
    /User time/ { cpu += $NF } /System time/ { cpu += $NF }
    /Maximum resident/ { rss = $NF / 1024 }
    END { printf "%-46s %7.2f s wall %7.2f s cpu %6.1f MiB peak\n", label, wall, cpu, rss }' "$tmp/time"
}

echo "== one acceptance form"
build/formwork render acceptance "$data" -o "$tmp/forms" -f pdf -q 2>/dev/null
one="$tmp/forms/2016001-验收表.pdf"
echo "size: $(stat -c %s "$one") bytes"
pdffonts "$one"
qpdf --check "$one" | grep -m1 -E "No syntax|rror"
pdftotext -layout "$one" - | head -8

echo "== 96 forms, PDF only"
for i in 1 2 3; do run "formwork render -f pdf (run $i)" \
  build/formwork render acceptance "$data" -o "$tmp/f$i" -f pdf -q; done
for j in 1 2; do
  for i in 1 2 3; do
    rm -rf "$tmp/b" && mkdir "$tmp/b"
    run "pdf_bench 96 files -j $j (run $i)" build/pdf_bench "$tpl" "$data" 96 --files "$tmp/b" --jobs "$j"
  done
done

echo "== merged print PDF"
for n in 1000 10000 100000; do
  ((n > max)) && continue
  run "merged $n records" build/pdf_bench "$tpl" "$data" "$n" --merge "$tmp/m.pdf"
  printf '  %s bytes, %s pages' "$(stat -c %s "$tmp/m.pdf")" "$(pdfinfo "$tmp/m.pdf" | awk '/^Pages/{print $2}')"
  if ((n <= 10000)); then printf ', qpdf: %s' "$(qpdf --check "$tmp/m.pdf" 2>&1 | grep -m1 -E "No syntax|rror")"; fi
  echo
  rm -f "$tmp/m.pdf"
done
run "merged 96 records, 一式三份 duplex" build/pdf_bench "$tpl" "$data" 96 --merge "$tmp/c.pdf" --copies 3 --duplex
printf '  %s pages, %s bookmarks\n' "$(pdfinfo "$tmp/c.pdf" | awk '/^Pages/{print $2}')" \
  "$(qpdf --json=2 --json-key=outlines "$tmp/c.pdf" | grep -c '"title"')"
