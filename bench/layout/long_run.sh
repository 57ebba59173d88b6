#!/usr/bin/env bash
# Layout time and memory against text length: renders (PDF only) one
# paragraph holding a single run of SIZE MB and prints wall time, CPU time,
# peak RSS, and peak RSS above the process's baseline (the same template
# with an empty string: binary, fonts, ICU data) per input byte.
# Linear layout gives a constant s/MB; the target (issue 9) is ≤ 2 s for
# 1 MB and memory ≤ 20× the input.
# Usage: bench/layout/long_run.sh [BINARY] [KIND] [SIZE_MB...]
#   KIND latin (default): "abcdefghij" repeated, no UAX #14 break opportunity,
#        so lines are cut between grapheme clusters;
#        han: 一二三… repeated, a break opportunity between every two;
#        cell: the latin text in a one-column table cell (a row taller
#        than many pages, split between lines).
#   SIZE_MB defaults to 1 2 5.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${1:-build/formwork}
kind=${2:-latin}
shift $(($# > 2 ? 2 : $#))
sizes=("$@")
((${#sizes[@]})) || sizes=(1 2 5)
[[ -x $bin ]] || bash scripts/build.sh >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [[ $kind == cell ]]; then
  body='<table widths="1"><row><cell>{{ 文本 }}</cell></row></table>'
else
  body='<p>{{ 文本 }}</p>'
fi
cat >"$tmp/long.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<form name="long-run" output="long-run" font="song" size="12">
  $body
</form>
XML
# render MB: sets secs, cpu, kb, pages
render() {
  python3 - "$tmp/data.json" "$1" "$kind" <<'PY'
import json, sys
path, mb, kind = sys.argv[1], float(sys.argv[2]), sys.argv[3]
unit = "一二三四五六七八九十" if kind == "han" else "abcdefghij"
n = int(mb * 1_000_000) // len(unit.encode())
with open(path, "w", encoding="utf-8") as fh:
    json.dump({"文本": unit * n}, fh, ensure_ascii=False)
PY
  rm -rf "$tmp/out"
  if ! /usr/bin/time -f "%e %U %S %M" -o "$tmp/time" "$bin" render "$tmp/long.xml" "$tmp/data.json" \
    -f pdf -o "$tmp/out" -q >"$tmp/log" 2>&1; then
    cat "$tmp/log" >&2
    echo "render failed for $1 MB" >&2
    exit 1
  fi
  read -r secs user sys kb <"$tmp/time"
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN{print u+s}')
  pages=$(pdfinfo "$tmp/out/long-run.pdf" | awk '/^Pages/{print $2}')
}
render 0
base_kb=$kb
printf 'baseline (empty text): %.1f MiB peak RSS\n' "$(awk -v k="$base_kb" 'BEGIN{print k/1024}')"
printf '%-6s %6s %8s %8s %9s %10s %10s %6s\n' kind MB "wall s" "cpu s" "cpu s/MB" "peak MiB" "above/in" pages
for mb in "${sizes[@]}"; do
  render "$mb"
  bytes=$(($(stat -c %s "$tmp/data.json") - 12))
  printf '%-6s %6s %8.2f %8.2f %9.2f %10.1f %10.1f %6s\n' "$kind" "$mb" "$secs" "$cpu" \
    "$(awk -v c="$cpu" -v m="$mb" 'BEGIN{print c/m}')" "$(awk -v k="$kb" 'BEGIN{print k/1024}')" \
    "$(awk -v k="$kb" -v b="$base_kb" -v n="$bytes" 'BEGIN{print (k-b)*1024/n}')" "$pages"
done
