#!/usr/bin/env bash
# Issue 4 forms 3 and 5: the 部门整体支出绩效自评表 (seed 002) and the 社区综合考核
# workbook render in PDF, DOCX, XLSX and TXT; their key figures read back from every
# format equal values computed independently from the samples
# (test_performance_forms_b.py); every XLSX formula's cached value survives a
# LibreOffice recalculation; PDFs pass qpdf and embed their fonts; DOCX files open in
# LibreOffice; a second render gives the same bytes.
source "$(dirname "$0")/lib.sh"
out=$TMP/out
dept=$out/dept-self-eval
appr=$out/community-appraisal
expect_exit 0 "render 部门整体支出绩效自评表 (seed 002)" \
  "$FORMWORK_BIN" render dept-self-eval "$SRC/samples/dept-self-eval-2021.json" -o "$dept" -q
expect_exit 0 "render 社区综合考核 (12 communities)" \
  "$FORMWORK_BIN" render community-appraisal "$SRC/samples/community-appraisal-2023.json" -o "$appr" -q
for d in "$dept" "$appr"; do
  n=$(find "$d" -type f \( -name '*.pdf' -o -name '*.docx' -o -name '*.xlsx' -o -name '*.txt' \) | wc -l)
  if ((n == 4)); then ok "4 files in ${d##*/}"; else bad "$n files in ${d##*/}, expected 4"; fi
done

check_pdfs "qpdf --check and pdffonts on both PDFs" "$out"

check "key figures read back from PDF, DOCX, XLSX and TXT" \
  $PY "$SRC/tests/e2e/test_performance_forms_b.py" "$SRC" "$dept" "$appr"

sheets=$($PY -c 'import openpyxl,sys; print(len(openpyxl.load_workbook(sys.argv[1], read_only=True).sheetnames))' "$appr"/*.xlsx)
if ((sheets >= 13)); then ok "appraisal workbook has $sheets sheets"; else bad "appraisal workbook has $sheets sheets"; fi

recalc=$SRC/tests/e2e/check_xlsx_recalc.py
check "LibreOffice recalculation agrees with every cached formula value" \
  $PY "$recalc" --require-formulas "$dept"/*.xlsx "$appr"/*.xlsx

lo=$TMP/lo-docx
timeout 300 soffice --headless --norestore "-env:UserInstallation=file://$TMP/lo-profile" \
  --convert-to pdf --outdir "$lo" "$dept"/*.docx "$appr"/*.docx >/dev/null 2>&1
n=$(find "$lo" -name '*.pdf' -size +1k | wc -l)
if ((n == 2)); then ok "LibreOffice converted both DOCX files"; else bad "LibreOffice converted $n of 2 DOCX files"; fi

# A stated balance that disagrees with the computed one: exit 2, the 机构 named with
# both values in 元 (the 分局 took 当年结余 as 收入合计 − 支出合计, counting the 632.40 元
# 上年结转 as this year's income).
$PY -c 'import json,sys; d=json.load(open(sys.argv[1])); d["机构"][1]["支出"]["当年结余"]=122539.34; json.dump(d,open(sys.argv[2],"w"),ensure_ascii=False)' \
  "$SRC/samples/dept-self-eval-2021.json" "$TMP/bad-balance.json"
expect_exit 2 "a wrong 当年结余 is refused" \
  "$FORMWORK_BIN" render dept-self-eval "$TMP/bad-balance.json" -o "$TMP/bad-out" -q
contains "the failure names the 机构 by its pointer" "$ERR" "/机构/1/支出/当年结余 (机构 row 2"
contains "with the stated and the computed 当年结余" "$ERR" \
  "j.支出.当年结余 = 122,539.34 元, (j.收入.上年结转 | default(0))"
contains "the computed one whole" "$ERR" "… = 121,906.94 元"

"$FORMWORK_BIN" render dept-self-eval "$SRC/samples/dept-self-eval-2021.json" -o "$TMP/again/dept-self-eval" -q 2>/dev/null
"$FORMWORK_BIN" render community-appraisal "$SRC/samples/community-appraisal-2023.json" -o "$TMP/again/community-appraisal" -q 2>/dev/null
same=0
while IFS= read -r -d '' f; do
  cmp -s "$f" "$TMP/again/${f#"$out/"}" && same=$((same + 1))
done < <(find "$out" -type f -print0)
if ((same == 8)); then ok "8 files byte-identical on a second render"; else bad "$same of 8 files identical on a second render"; fi
finish
