#!/usr/bin/env bash
# <form locale="vi-VN"> (issue 11, section 2): the money, percent, number
# and date filters and a cell's shown value are written as vi-VN writes
# them in every format, and the XLSX number formats carry the Vietnamese
# language tag, so LibreOffice shows the same 1.234,50 as the PDF. The
# same template without the attribute writes zh-CN.
source "$(dirname "$0")/lib.sh"
need_all pdftotext soffice
F=$FORMWORK_BIN
T=$TMP/t
mkdir -p "$T"
write_form() {  # write_form FILE ATTRS
  cat >"$1" <<XML
<form name="loc" $2>
  <p>Tổng: {{ tổng | money }}; tỷ lệ {{ tỷ_lệ | percent(1) }}; {{ ngày | date }}</p>
  <table widths="1,1,1,1">
    <row><cell value="{{tổng}}" format="money"/><cell value="{{tỷ_lệ}}" format="percent"/><cell value="{{một}}" number-format="0.00"/><cell value="{{ngày}}" format="date"/></row>
  </table>
</form>
XML
}
write_form "$T/vi.xml" 'locale="vi-VN"'
write_form "$T/zh.xml" ''
echo '{"tổng": 1234567.891, "tỷ_lệ": 0.40873, "một": 1, "ngày": "2023-02-05"}' >"$T/d.json"
expect_exit 0 "render the vi-VN form" "$F" render -q "$T/vi.xml" "$T/d.json" -o "$T/vi"
expect_exit 0 "render the same form without a locale" "$F" render -q "$T/zh.xml" "$T/d.json" -o "$T/zh"

pdf=$(pdftotext -layout "$T/vi/loc.pdf" - | tr -s ' \n' ' ')
contains "PDF: filters write vi-VN" "$pdf" "Tổng: 1.234.567,89; tỷ lệ 40,9%; ngày 05 tháng 02 năm 2023"
contains "PDF: cells write vi-VN" "$pdf" "1.234.567,89 40,87% 1,00 05/02/2023"
txt=$(tr -s ' \n|+-' ' ' <"$T/vi/loc.txt")
contains "TXT: the same figures" "$txt" "1.234.567,89 40,87% 1,00 05/02/2023"
docx=$($PY - "$T/vi/loc.docx" <<'PY'
import sys, docx
d = docx.Document(sys.argv[1])
print(d.paragraphs[0].text)
print(" ".join(c.text for c in d.tables[0].rows[0].cells))
PY
)
contains "DOCX: the same paragraph" "$docx" "Tổng: 1.234.567,89; tỷ lệ 40,9%; ngày 05 tháng 02 năm 2023"
contains "DOCX: the same cells" "$docx" "1.234.567,89 40,87% 1,00 05/02/2023"
formats=$($PY - "$T/vi/loc.xlsx" <<'PY'
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).active
print(" ".join(f"{c.value}|{c.number_format}" for c in ws[2]), ws.cell(2, 4).is_date)
PY
)
contains "XLSX: numbers stay numbers, formats tagged vi-VN" "$formats" \
  "1234567.891|[\$-42A]#,##0.00 0.40873|[\$-42A]0.00% 1|[\$-42A]0.00 2023-02-05 00:00:00|[\$-42A]dd/mm/yyyy True"
# LibreOffice writes the cells as shown (CSV filter token 9 = true).
shown() {
  (cd "$1" && timeout 300 soffice --headless --norestore "-env:UserInstallation=file://$TMP/lo-profile" \
    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true' loc.xlsx >/dev/null 2>&1)
  sed -n 2p "$1/loc.csv"
}
contains "LibreOffice shows the vi-VN XLSX as the PDF" "$(shown "$T/vi")" '"1.234.567,89","40,87%","1,00",05/02/2023'

zh=$(pdftotext -layout "$T/zh/loc.pdf" - | tr -s ' \n' ' ')
contains "zh-CN by default: filters" "$zh" "Tổng: 1,234,567.89; tỷ lệ 40.9%; 2023年2月5日"
contains "zh-CN by default: cells, number-format shown as in XLSX" "$zh" "1,234,567.89 40.87% 1.00 2023年2月5日"
contains "LibreOffice shows the zh-CN XLSX as its PDF" "$(shown "$T/zh")" '"1,234,567.89",40.87%,1.00,2023年2月5日'

sed 's/vi-VN/vi/' "$T/vi.xml" >"$T/bad.xml"
expect_exit 3 "an unknown locale is a template error" "$F" render -q "$T/bad.xml" "$T/d.json" -o "$T/bad"
contains "naming the attribute and the choices" "$ERR" "bad.xml:1:"
contains "and what it must be" "$ERR" "must be zh-CN or vi-VN"
finish
