#!/usr/bin/env bash
# Renders every sample and reads the outputs back with real readers:
# qpdf --check, pdffonts, pdftotext, python3-docx, python3-openpyxl,
# LibreOffice headless, and shared/checks/verify-outputs --deep.
source "$(dirname "$0")/lib.sh"
out=$TMP/out
expect_exit 0 "render 96 acceptance forms + merged PDF" \
  "$FORMWORK_BIN" render acceptance "$SRC/samples/plan-2016.json" -o "$out/acceptance" \
  --merge "$out/acceptance-all.pdf" -q
for ext in pdf docx xlsx txt; do
  n=$(find "$out/acceptance" -name "*.$ext" | wc -l)
  if ((n == 96)); then ok "96 acceptance .$ext files"; else bad "$n acceptance .$ext files, expected 96"; fi
done
pages=$(pdfinfo "$out/acceptance-all.pdf" | awk '/^Pages:/{print $2}')
if ((pages == 96)); then ok "merged PDF has 96 pages"; else bad "merged PDF has $pages pages"; fi
one_fonts=$(pdffonts "$out/acceptance/2016001-验收表.pdf" | tail -n +3 | wc -l)
all_fonts=$(pdffonts "$out/acceptance-all.pdf" | tail -n +3 | wc -l)
if ((all_fonts == one_fonts)); then ok "merged PDF shares one subset per font ($all_fonts fonts)"; else bad "merged PDF has $all_fonts fonts, single form $one_fonts"; fi
expect_exit 0 "render 2 settlement sheets" \
  "$FORMWORK_BIN" render settlement "$SRC/samples/settlement-2016.json" -o "$out/settlement" -q

# Every PDF: qpdf clean; every font embedded, subset, with ToUnicode.
check_pdfs "qpdf --check and pdffonts on every PDF" "$out"

check "every data value in PDF, DOCX, XLSX, TXT of all 96 acceptance forms" \
  $PY "$SRC/tests/e2e/read_back.py" "$SRC/samples/plan-2016.json" "$out/acceptance" "{编号}-验收表"
check "every data value in the settlement sheets" \
  $PY "$SRC/tests/e2e/read_back.py" "$SRC/samples/settlement-2016.json" "$out/settlement" "{编号}-经费决算表"
check "settlement XLSX totals are SUM formulas with cached values" \
  $PY "$SRC/tests/e2e/check_settlement_xlsx.py" "$SRC/samples/settlement-2016.json" "$out/settlement"

# LibreOffice opens and converts DOCX and XLSX (one call per kind: a DOCX
# and an XLSX of the same record would give the same PDF name).
for ext in docx xlsx; do
  lo=$TMP/lo-$ext
  files=("$out"/settlement/*."$ext" "$out"/acceptance/2016001-验收表."$ext" "$out"/acceptance/2016096-验收表."$ext")
  timeout 300 soffice --headless --norestore "-env:UserInstallation=file://$TMP/lo-profile" \
    --convert-to pdf --outdir "$lo" "${files[@]}" >/dev/null 2>&1
  n=$(find "$lo" -name '*.pdf' -size +1k | wc -l)
  if ((n == ${#files[@]})); then ok "LibreOffice converted ${#files[@]} .$ext files"; else bad "LibreOffice converted $n of ${#files[@]} .$ext"; fi
done

verify=$SRC/../shared/checks/verify-outputs
if [[ ! -f $verify ]]; then
  if [[ ${CI:-} == true ]]; then bad "$verify not found (CI=true: readers are required)"; else
    echo "note: $verify not found, skipped"; fi
else
check "verify-outputs --deep (sample of 16)" \
  bash "$verify" "$out" --deep --sample 16
fi
finish
