#!/usr/bin/env bash
# The XLSX reader: a 差旅费报销单 workbook as Excel keeps it (written by
# make_xlsx_reader_fixture.py with openpyxl: a merged centred title, a
# bordered table with merged cells, money, date and percent formats, a
# formula with its cached value, a rich-text cell, a shaded label, landscape
# A4 with "第 &P 页 共 &N 页" in the footer, a hidden row, column and sheet,
# a second sheet in portrait) is read into the model by office_reader_render
# (built with the tests) and printed through the PDF, TXT and DOCX writers;
# pdftotext, pdfinfo and python-docx read the results back. Under CI=true a
# missing tool fails.
source "$(dirname "$0")/lib.sh"
D=$TMP/xlsx-reader
mkdir -p "$D"
RENDER=${OFFICE_READER_RENDER:-$(dirname "$FORMWORK_BIN")/office_reader_render}

if [[ ! -x $RENDER ]]; then
  if [[ ${CI:-} == true ]]; then bad "$RENDER not built (target office_reader_render)"; else
    echo "note: $RENDER not built (cmake --build … --target office_reader_render), checks skipped"; fi
  finish; exit
fi
need pdftotext poppler-utils || { finish; exit; }
need pdfinfo poppler-utils || { finish; exit; }
$PY -c 'import openpyxl, docx' 2>/dev/null || { need python3-openpyxl python3-openpyxl; finish; exit; }

check "workbook written (openpyxl)" $PY "$SRC/tests/e2e/make_xlsx_reader_fixture.py" "$D/form.xlsx" \
  "$SRC/samples/images/seal-sample.png"
"$RENDER" "$D/form.xlsx" "$D/out" >"$D/stdout" 2>"$D/stderr"
check "office_reader_render reads the workbook and writes PDF, TXT, DOCX" \
  test -s "$D/out.pdf" -a -s "$D/out.txt" -a -s "$D/out.docx"
WARN=$(cat "$D/stderr")
echo "$WARN"

# --- PDF: text, order, formats, page sizes
PDF=$(pdftotext -layout "$D/out.pdf" - 2>/dev/null)
FLAT=$(tr -d ' \n' <<<"$PDF")
for text in 差旅费报销单 单位：示例市财政局 2024年5月20日 1,234.57 2,034.57 ¥-1,500.00 87.5% \
  ¥2,701.50 人民币贰仟柒佰零壹元伍角整 报销人：张三 填表说明：金额单位为元。 示例市财政局; do
  contains "PDF shows $text" "$FLAT" "$text"
done
contains "PDF footer numbers the pages (第 1 页 共 2 页)" "$FLAT" "第1页共2页"
for hidden in 隐藏列文字 隐藏行文字 不打印的内部数据; do
  if [[ $FLAT == *"$hidden"* ]]; then bad "PDF prints hidden content $hidden"; else
    ok "PDF leaves out hidden content $hidden"; fi
done
order=$(grep -o -E '差旅费报销单|序号|合计|大写|报销人|填表说明' <<<"$PDF" | tr '\n' ' ')
contains "PDF keeps the sheet's order" "$order" "差旅费报销单 序号 合计 大写 报销人 填表说明"
# 1234.565 rounds half away from zero in exact decimals (through binary
# floating point it would be 1,234.56).
if [[ $FLAT == *1,234.56[^0-9]* ]]; then bad "1234.565 rounded through double"; else
  ok "1234.565 shown as 1,234.57 (half away from zero, exact)"; fi
SIZES=$(pdfinfo -f 1 -l 2 "$D/out.pdf" 2>/dev/null)
contains "page 1 is landscape A4" "$SIZES" "Page    1 size:  841.89 x 595.28 pts (A4)"
contains "page 2 (sheet 说明) is portrait A4" "$SIZES" "Page    2 size:  595.28 x 841.89 pts (A4)"
contains "two pages" "$(pdfinfo "$D/out.pdf")" "Pages:           2"
contains "PDF title from docProps/core.xml" "$(pdfinfo "$D/out.pdf")" "差旅费报销单"

# The seal (496 px square PNG) drawn over the signature row, once.
if command -v pdfimages >/dev/null; then
  IMAGES=$(pdfimages -list "$D/out.pdf" 2>/dev/null | awk 'NR > 2 && $2 == 1 {print $4 "x" $5}')
  contains "PDF draws the seal picture on page 1" "$IMAGES" "496x496"
fi
# Printed centred (printOptions horizontalCentered): the table's left edge
# and the page's right edge are equally far from the 序号 … 小计 header.
BBOX=$(pdftotext -bbox -f 1 -l 1 "$D/out.pdf" - 2>/dev/null)
x_of() { grep -m1 ">$1<" <<<"$BBOX" | sed -E 's/.*xMin="([0-9.]+)".*xMax="([0-9.]+)".*/\1 \2/'; }
read -r left_min _ <<<"$(x_of 序号)"
read -r _ right_max <<<"$(x_of 小计)"
check "sheet printed centred on the page (序号 at $left_min, 小计 ends at $right_max)" \
  $PY -c "import sys; l, r = float(sys.argv[1]), 841.89 - float(sys.argv[2]); sys.exit(abs(l - r) > 40)" \
  "${left_min:-0}" "${right_max:-0}"

# --- TXT
TXT=$(cat "$D/out.txt")
contains "TXT holds the title" "$TXT" "差旅费报销单"
contains "TXT holds the 合计 row" "$(tr -d ' ' <<<"$TXT")" "|合计|¥-1,500.00|87.5%|¥2,701.50|"

# --- DOCX: the bordered table's rows, columns and merges
$PY - "$D/out.docx" >"$D/docx.report" 2>&1 <<'PY'
import sys
import docx
d = docx.Document(sys.argv[1])
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
for t in d.tables:
    rows = []
    for tr in t._tbl.tr_lst:
        cells = []
        for tc in tr.tc_lst:
            text = "".join(x.text or "" for x in tc.iter(W + "t"))
            vm = tc.tcPr.vMerge.val if tc.tcPr is not None and tc.tcPr.vMerge is not None else "-"
            cells.append(f"{text}/{tc.grid_span}/{vm}")
        rows.append(" ".join(cells))
    print(f"table {len(t.rows)}x{len(t.columns)}: " + " | ".join(rows))
for s in d.sections:
    print("section", s.orientation, round(s.page_width.mm), round(s.page_height.mm))
PY
DOCX=$(cat "$D/docx.report")
echo "$DOCX"
contains "DOCX: bordered table of 6 rows × 6 columns" "$DOCX" "table 6x6: 序号/1/-"
contains "DOCX: 北京 spans two rows (vMerge)" "$DOCX" "北京/1/restart 上海"
contains "DOCX: the covered cell continues the merge" "$DOCX" "/1/continue 天津"
contains "DOCX: 合计 spans three columns" "$DOCX" "合计/3/- ¥-1,500.00/1/-"
contains "DOCX: the rich text spans five columns" "$DOCX" "人民币贰仟柒佰零壹元伍角整/5/-"
contains "DOCX: the 单位 line keeps its columns (borderless table)" "$DOCX" "table 1x6: 单位：示例市财政局/3/-"
contains "DOCX: first section landscape A4" "$DOCX" "section LANDSCAPE (1) 297 210"
contains "DOCX: second section portrait A4" "$DOCX" "section PORTRAIT (0) 210 297"
check "DOCX holds the seal picture" bash -c "unzip -l '$D/out.docx' | grep -q 'word/media/'"

# --- warnings: one per kind, worded for the user
contains "hidden sheet warned by name" "$WARN" "warning: hidden sheets are not printed: 内部"
contains "conditional format warned" "$WARN" \
  "warning: conditional formats (colours, data bars, icons set by rules) are not printed (1 on sheet 差旅费报销单)"
contains "data validation warned" "$WARN" "warning: data validation"
n=$(grep -c '^warning: ' <<<"$WARN")
check "three warnings, one per kind ($n)" test "$n" -eq 3
finish
