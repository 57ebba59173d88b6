#!/usr/bin/env bash
# Workbooks print at 100 % where they are opened (issue 11, XLSX defect: the
# columns filled exactly the printable width in units of Calibri's digits, so
# LibreOffice without Calibri shrank every sheet to ~78 %). Each sample form
# with tables is rendered to XLSX, printed by LibreOffice, and checked by
# check_xlsx_print_scale.py; the check must also fail on a workbook whose
# Normal font is put back to Calibri, so it can fail.
source "$(dirname "$0")/lib.sh"
need_all soffice qpdf
CHECK=$SRC/tests/e2e/check_xlsx_print_scale.py
F=$FORMWORK_BIN
for pair in appraisal:appraisal-2016 bao-cao:bao-cao-2023-05 dept-self-eval:dept-self-eval-2021; do
  name=${pair%%:*}
  out=$TMP/$name
  "$F" --templates "$SRC/templates" render "$name" "$SRC/samples/${pair##*:}.json" -f xlsx -o "$out" -q 2>/dev/null
  book=$(find "$out" -name '*.xlsx' | sort | head -1)
  timeout 180 soffice --headless --convert-to pdf --outdir "$out/lo" "$book" >/dev/null 2>&1
  pdf=$(find "$out/lo" -name '*.pdf' | head -1)
  if [[ -z $pdf ]]; then bad "$name: LibreOffice printed nothing"; continue; fi
  check "$name prints at 100 % in LibreOffice" $PY "$CHECK" "$book" "$pdf"
done

# The check can fail: the same appraisal workbook with Calibri as its Normal font.
book=$(find "$TMP/appraisal" -maxdepth 1 -name '*.xlsx' | head -1)
mkdir -p "$TMP/calibri"
$PY - "$book" "$TMP/calibri/calibri.xlsx" <<'PY'
import sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "xl/styles.xml":
            data = data.replace(b'<name val="Times New Roman"/>', b'<name val="Calibri"/>', 1)
        zout.writestr(item, data)
PY
timeout 180 soffice --headless --convert-to pdf --outdir "$TMP/calibri" "$TMP/calibri/calibri.xlsx" >/dev/null 2>&1
if $PY "$CHECK" "$TMP/calibri/calibri.xlsx" "$TMP/calibri/calibri.pdf" >"$TMP/calibri/out" 2>&1; then
  bad "the check passes a workbook whose Normal font is Calibri: $(cat "$TMP/calibri/out")"
else
  ok "the check fails on a Calibri Normal font: $(head -1 "$TMP/calibri/out")"
  # where Calibri is missing, LibreOffice's wider digits shrink the print too
  fc-match -f '%{family}' Calibri | grep -qi -e calibri -e carlito ||
    contains "and measures the shrunken print" "$(cat "$TMP/calibri/out")" "LibreOffice printed the sheet at"
fi
finish
