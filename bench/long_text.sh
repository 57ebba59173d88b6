#!/usr/bin/env bash
# Prints wall time, CPU time and peak memory for one record whose one field
# holds a long text, written as TXT, DOCX and PDF (layout and writers must stay linear:
# a 1 MB unbroken text in ≤ 2 s with memory ≤ 20× the input), in a
# paragraph and in a table cell, for texts without spaces ('a'…, 汉…) and
# of many short lines. Not a test: figures depend on the machine and its
# load. Usage: bench/long_text.sh [MB...]   (default: 1 50); FORMWORK_BIN
# picks another binary (to compare with an older build). Exits 1 when a
# render fails.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${FORMWORK_BIN:-build/formwork}
[[ -x $bin ]] || bash scripts/build.sh >/dev/null
status=0
sizes=("${@:-1 50}")
read -r -a sizes <<<"${sizes[*]}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for where in paragraph cell; do
  body='<p>{{text}}</p>'
  [[ $where == cell ]] && body='<table widths="22,34"><row><cell>x</cell><cell>{{text}}</cell></row></table>'
  cat >"$tmp/$where.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<form name="long" title="long" output="long" sheet="s" font="song" size="12">
  <page paper="A4" orientation="portrait" top="25" bottom="20" left="25" right="22"/>
  $body
</form>
XML
done
echo '{"text": ""}' >"$tmp/empty.json"
# The process itself, per template and format (a PDF run has its fonts
# open, a table's has more of them): memory "per input byte" is what a
# record adds to the same template's empty record in that format.
declare -A base
for where in paragraph cell; do
  for f in txt docx pdf; do
    /usr/bin/time -f "%M" -o "$tmp/time" "$bin" render "$tmp/$where.xml" "$tmp/empty.json" \
      -f "$f" -o "$tmp/out" -q 2>/dev/null
    base[$where.$f]=$(tail -1 "$tmp/time")
    printf 'empty record in a %-9s -> %-4s %d KB peak (the process itself)\n' "$where" "$f" \
      "${base[$where.$f]}"
  done
done
for mb in "${sizes[@]}"; do
  for kind in ascii han lines; do
    python3 - "$mb" "$kind" "$tmp/data.json" <<'PY'
import json, sys
n = int(sys.argv[1]) << 20
unit = {"ascii": "a", "han": "汉", "lines": "ab\n"}[sys.argv[2]]
text = unit * (n // len(unit.encode()))
json.dump({"text": text}, open(sys.argv[3], "w", encoding="utf-8"), ensure_ascii=False)
PY
    for where in paragraph cell; do
      for f in txt docx pdf; do
        rm -rf "$tmp/out"
        if ! /usr/bin/time -f "%e %U %S %M" -o "$tmp/time" \
          "$bin" render "$tmp/$where.xml" "$tmp/data.json" -f "$f" -o "$tmp/out" -q 2>"$tmp/err"; then
          echo "FAILED: $mb MB $kind in a $where -> $f: $(tail -3 "$tmp/err")"
          status=1
          continue
        fi
        read -r wall user sys kb <"$tmp/time"
        printf '%3d MB %-5s in a %-9s -> %-4s %7.2f s wall %6.2f s CPU %8.1f MB peak (%4.1fx input)\n' \
          "$mb" "$kind" "$where" "$f" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN{print u + s}')" \
          "$(awk -v k="$kb" 'BEGIN{print k / 1024}')" \
          "$(awk -v k="$kb" -v b="${base[$where.$f]}" -v m="$mb" 'BEGIN{print (k - b) / 1024 / m}')"
      done
    done
  done
done
exit $status
