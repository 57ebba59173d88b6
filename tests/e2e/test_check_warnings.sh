#!/usr/bin/env bash
# Checks of level "warning" (issue 11): a báo cáo whose stated total of funds
# differs from its sources is valid and rendered with the stated figure, the
# difference printed as a warning with both values; --strict refuses it. The
# funding section follows the data: an empty list with a stated total gives
# the sentence alone, no list and no total leave the section out.
source "$(dirname "$0")/lib.sh"
need_all pdftotext
F=$FORMWORK_BIN
T=$TMP/t
mkdir -p "$T"
$PY - "$SRC/samples/bao-cao-2023-05.json" "$T" <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
out = sys.argv[2]
def save(name, rec):
    json.dump(rec, open(f"{out}/{name}.json", "w", encoding="utf-8"), ensure_ascii=False)
save("stated", dict(d, tổng_nguồn_vốn=38400000000, số_ký_hiệu="01/BC-A"))
save("agrees", dict(d, tổng_nguồn_vốn=sum(n["số_tiền"] for n in d["nguồn_vốn"]), số_ký_hiệu="02/BC-B"))
save("only-total", dict(d, nguồn_vốn=[], tổng_nguồn_vốn=5000000000, số_ký_hiệu="03/BC-C"))
nofunds = dict(d, số_ký_hiệu="04/BC-D")
del nofunds["nguồn_vốn"]
save("no-funds", nofunds)
PY
TPL=(--templates "$SRC/templates")

expect_exit 0 "validate: a stated total that differs is still valid" "$F" "${TPL[@]}" validate bao-cao "$T/stated.json"
contains "the record counts as valid" "$OUT" "1 of 1 records valid"
contains "the warning names the field and both values" "$ERR" \
  "warning: /tổng_nguồn_vốn: the stated total of funds mobilised differs from the sum of its sources; the report shows the stated total: tổng_nguồn_vốn = 38,400,000,000, sum(nguồn_vốn.số_tiền) = 9,419,550,000"

expect_exit 0 "render: written with the warning" "$F" "${TPL[@]}" render bao-cao "$T/stated.json" -o "$T/o1" -f pdf
contains "render prints the same warning" "$ERR" "warning: /tổng_nguồn_vốn:"
text=$(pdftotext -layout "$T/o1/01_BC-A.pdf" - | tr -s ' \n' ' ')
contains "the PDF states the total as the data does" "$text" "là 38.400.000.000 đồng (38,4 tỷ đồng), trong đó:"

expect_exit 2 "render --strict refuses the record" "$F" "${TPL[@]}" render bao-cao "$T/stated.json" -o "$T/o2" -f pdf --strict
contains "and says why" "$ERR" "not written (--strict)"
check "nothing written under --strict" test ! -e "$T/o2/01_BC-A.pdf"

expect_exit 0 "a stated total equal to its sources: no warning" "$F" "${TPL[@]}" validate bao-cao "$T/agrees.json"
check "no warning printed" test -z "$ERR"

expect_exit 0 "an empty funding list with a stated total" "$F" "${TPL[@]}" render bao-cao "$T/only-total.json" -o "$T/o3" -f pdf
if [[ $ERR == *warning* ]]; then bad "no warning when there are no sources to add up: $ERR"; else
  ok "no warning when there are no sources to add up"; fi
text=$(pdftotext -layout "$T/o3/03_BC-C.pdf" - | tr -s ' \n' ' ')
contains "the sentence alone, ended with a full stop" "$text" "là 5.000.000.000 đồng (5 tỷ đồng). "

expect_exit 0 "no funding data at all" "$F" "${TPL[@]}" render bao-cao "$T/no-funds.json" -o "$T/o4" -f pdf
text=$(pdftotext -layout "$T/o4/04_BC-D.pdf" - | tr -s ' \n' ' ')
if [[ $text == *"Kết quả huy động"* || $text == *"Tổng nguồn vốn"* ]]; then
  bad "the funding section is left out: it is still there"
else ok "the funding section is left out"; fi
contains "the next part follows" "$text" "II. KHÓ KHĂN, TỒN TẠI"
finish
