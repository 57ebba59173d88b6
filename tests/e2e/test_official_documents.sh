#!/usr/bin/env bash
# Issue 3: the GB/T 9704 notice with its landscape 附件1 and the Nghị định 30
# báo cáo, rendered in every format and read back: layout rules on the PDF
# text positions, DOCX parity, TXT, and every page as PNG for a human look
# (in $FORMWORK_ARTEFACTS/official, default build/test-artefacts/official).
source "$(dirname "$0")/lib.sh"
D=$TMP/out
ART=${FORMWORK_ARTEFACTS:-$SRC/build/test-artefacts}/official
N=$SRC/samples/notice-2016-135.json
V=$SRC/samples/bao-cao-2023-05.json
expect_exit 0 "render notice" "$FORMWORK_BIN" render notice "$N" -o "$D" -q
expect_exit 0 "render bao-cao" "$FORMWORK_BIN" render bao-cao "$V" -o "$D" -q
NP="$D/鲁人社字〔2016〕135号"
VP="$D/05_BC-UBND"
for f in "$NP" "$VP"; do
  for ext in pdf docx xlsx txt; do
    check "$(basename "$f").$ext written" test -s "$f.$ext"
  done
done
check_pdfs "notice and báo cáo: qpdf --check, fonts embedded, subset, with ToUnicode" "$NP.pdf" "$VP.pdf"

check "notice: GB/T 9704 layout read back from the PDF" \
  $PY "$SRC/tests/e2e/check_official_documents.py" notice "$NP.pdf" "$N"
check "bao-cao: Nghị định 30 layout and text read back from the PDF" \
  $PY "$SRC/tests/e2e/check_official_documents.py" bao-cao "$VP.pdf" "$V"

# Kinsoku over every document this project prints: every sample of the
# manifest (the acceptance forms: the first 12).
$PY -c 'import json,sys; json.dump(json.load(open(sys.argv[1]))[:12], open(sys.argv[2], "w"), ensure_ascii=False)' \
  "$SRC/samples/plan-2016.json" "$TMP/plan12.json"
while IFS=$'\t' read -r tpl data _; do
  [[ -z $tpl || $tpl == \#* || $tpl == notice || $tpl == bao-cao ]] && continue
  [[ $tpl == acceptance ]] && data_path=$TMP/plan12.json || data_path=$SRC/samples/$data
  expect_exit 0 "render $tpl" "$FORMWORK_BIN" render "$tpl" "$data_path" -o "$D/k/$tpl" -f pdf -q
done <"$SRC/samples/manifest.tsv"
check "kinsoku holds in every PDF" $PY "$SRC/tests/e2e/check_official_documents.py" kinsoku \
  "$NP.pdf" "$VP.pdf" "$D"/k/*/*.pdf
check "绩效考核表: margins and label clearance" $PY "$SRC/tests/e2e/check_official_documents.py" \
  appraisal "$D"/k/appraisal/2016002-绩效考核表.pdf
check "项目支出绩效自评表: labels" $PY "$SRC/tests/e2e/check_official_documents.py" \
  project "$D"/k/project-self-eval/*.pdf
for pdf in "$D"/k/dept-self-eval/*.pdf; do
  check "部门整体: no text below 9 pt ($(basename "$pdf"))" \
    $PY "$SRC/tests/e2e/check_official_documents.py" min-size "$pdf" 9
done
check "部门整体: numbered items hang" $PY "$SRC/tests/e2e/check_official_documents.py" hanging \
  "$D"/k/dept-self-eval/2021-*.pdf "$SRC/samples/dept-self-eval-2021.json"
# The forms made of cells only: no cell line holds one character alone.
check "no runt in the forms' cells" $PY "$SRC/tests/e2e/check_official_documents.py" runts \
  "$D"/k/acceptance/*.pdf "$D"/k/dept-self-eval/*.pdf "$D"/k/settlement/*.pdf "$D"/k/travel-expense/*.pdf

# Vietnamese typed with combining marks (NFD) prints exactly as precomposed text.
$PY -c 'import json,sys,unicodedata as u
d=json.load(open(sys.argv[1]))
def nfd(v):
  if isinstance(v,str): return u.normalize("NFD",v)
  if isinstance(v,list): return [nfd(x) for x in v]
  if isinstance(v,dict): return {k: nfd(x) for k,x in v.items()}
  return v
json.dump(nfd(d), open(sys.argv[2],"w"), ensure_ascii=False)' "$V" "$TMP/nfd.json"
# Keys are NFC in the schema; only the values were decomposed.
$PY -c 'import json,sys,unicodedata as u
d=json.load(open(sys.argv[1])); f=lambda v: {u.normalize("NFC",k): f(x) for k,x in v.items()} if isinstance(v,dict) else [f(x) for x in v] if isinstance(v,list) else v
json.dump(f(d), open(sys.argv[1],"w"), ensure_ascii=False)' "$TMP/nfd.json"
expect_exit 0 "render bao-cao from NFD data" "$FORMWORK_BIN" render bao-cao "$TMP/nfd.json" -o "$D/nfd" -f pdf,txt -q
check "NFD data gives the same text as NFC data" \
  cmp <(pdftotext -layout "$VP.pdf" -) <(pdftotext -layout "$D/nfd/05_BC-UBND.pdf" -)
check "NFD data gives the same TXT as NFC data" cmp "$VP.txt" "$D/nfd/05_BC-UBND.txt"

check "notice DOCX parity" $PY "$SRC/tests/e2e/check_official_docx.py" notice "$NP.docx"
# The separator in LibreOffice's rendering of the DOCX, measured as in the PDF.
if need soffice libreoffice-writer; then
  cp "$NP.docx" "$TMP/notice.docx"
  timeout 300 soffice --headless --norestore "-env:UserInstallation=file://$TMP/lo-profile" \
    --convert-to pdf --outdir "$TMP/lo" "$TMP/notice.docx" >/dev/null 2>&1
  check "notice: LibreOffice converts the DOCX" test -s "$TMP/lo/notice.pdf"
  check "notice: separator position in the DOCX (LibreOffice) as in the PDF" \
    $PY "$SRC/tests/e2e/check_official_documents.py" separator "$NP.pdf" "$TMP/lo/notice.pdf"
fi
check "bao-cao DOCX parity" $PY "$SRC/tests/e2e/check_official_docx.py" bao-cao "$VP.docx"

txt=$(cat "$NP.txt")
n=$(grep -oP '(?<![0-9])20160[0-9]{2}(?![0-9])' "$NP.txt" | sort -u | wc -l)
check "notice TXT holds all 96 编号 ($n)" test "$n" -eq 96
contains "bao-cao TXT keeps Vietnamese letters" "$(cat "$VP.txt")" "Độc lập - Tự do - Hạnh phúc"
contains "bao-cao TXT computes the share in vi-VN" "$(cat "$VP.txt")" "68,42%"
contains "bao-cao TXT has the amount in words" "$(cat "$VP.txt")" "Mười lăm tỷ bốn trăm bảy mươi lăm triệu năm trăm nghìn đồng"

rm -rf "$ART" && mkdir -p "$ART"
pdftoppm -r 60 -png "$NP.pdf" "$ART/notice" && pdftoppm -r 60 -png "$VP.pdf" "$ART/bao-cao"
pages=$(($(pdfinfo "$NP.pdf" | awk '/^Pages/{print $2}') + $(pdfinfo "$VP.pdf" | awk '/^Pages/{print $2}')))
pngs=$(find "$ART" -name '*.png' | wc -l)
check "every page rendered to PNG ($pngs of $pages) in $ART" test "$pngs" -eq "$pages"
finish
