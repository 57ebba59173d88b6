#!/usr/bin/env bash
# Data from spreadsheets and CSV (docs/data-input.md): the shipped XLSX and
# GB18030 samples, a workbook LibreOffice writes and one openpyxl writes,
# render exactly the files their JSON twins render; --rows fills a list
# field from a second sheet or a CSV file; --map renames headers; every
# problem names the cell (sheet!cell or line and column).
source "$(dirname "$0")/lib.sh"
S=$SRC/samples
json_render() { # TEMPLATE JSON OUT
  "$FORMWORK_BIN" render "$1" "$2" -o "$3" -q 2>/dev/null || bad "render $1 $2"
}
json_render acceptance "$S/plan-2016.json" "$TMP/json-plan"
json_render settlement "$S/settlement-2016.json" "$TMP/json-settlement"
same() { # DESCRIPTION DIR_A DIR_B
  if diff -r "$2" "$3" >/dev/null; then ok "$1: $(find "$2" -type f | wc -l) files byte-identical"; else bad "$1: outputs differ"; fi
}

expect_exit 0 "plan-2016.xlsx renders" "$FORMWORK_BIN" render acceptance "$S/plan-2016.xlsx" -o "$TMP/x" -q
same "plan-2016.xlsx = plan-2016.json" "$TMP/x" "$TMP/json-plan"
expect_exit 2 "GB18030 CSV without --encoding is refused" \
  "$FORMWORK_BIN" render acceptance "$S/plan-2016-gbk.csv" -o "$TMP/g0" -q
contains "the encoding is named" "$ERR" "looks like GB18030"
contains "the option that reads it is named" "$ERR" "--encoding gb18030"
check "nothing is written for a refused file" test ! -e "$TMP/g0/2016001-验收表.pdf"
expect_exit 0 "GB18030 CSV with --encoding gb18030" \
  "$FORMWORK_BIN" render acceptance "$S/plan-2016-gbk.csv" --encoding gb18030 -o "$TMP/g" -q
same "plan-2016-gbk.csv = plan-2016.json" "$TMP/g" "$TMP/json-plan"
expect_exit 0 "settlement-2016.xlsx with --rows 费用=费用:编号" \
  "$FORMWORK_BIN" render settlement "$S/settlement-2016.xlsx" --rows 费用=费用:编号 -o "$TMP/s" -q
same "settlement-2016.xlsx (dates and amounts as Excel cells) = settlement-2016.json" \
  "$TMP/s" "$TMP/json-settlement"
expect_exit 2 "settlement without --rows: 费用 is missing, at its pointer" \
  "$FORMWORK_BIN" validate settlement "$S/settlement-2016.xlsx"
contains "required list named" "$ERR" "/费用"

# A workbook written by LibreOffice (shared strings, its own styles and
# number cells for 编号) from a UTF-8 CSV, and --map renaming its headers.
$PY - "$S/plan-2016.json" "$TMP/plan-en.csv" <<'PY'
import csv, json, sys
rows = json.load(open(sys.argv[1], encoding="utf-8"))
names = {"编号": "No.", "项目名称": "Project", "申报单位": "Applicant", "申报单位联系电话": "Applicant phone",
         "承办单位": "Organiser", "承办单位联系电话": "Organiser phone", "标识": "Mark"}
with open(sys.argv[2], "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f)
    w.writerow(names.values())
    for r in rows:
        w.writerow([r.get(k, "") for k in names])
json.dump({v: k for k, v in names.items()}, open(sys.argv[2] + ".map.json", "w"), ensure_ascii=False)
PY
timeout 300 soffice --headless --norestore "-env:UserInstallation=file://$TMP/lo-profile" \
  --infilter=CSV:44,34,76 --convert-to xlsx --outdir "$TMP/lo" "$TMP/plan-en.csv" >/dev/null 2>&1
if [[ -f $TMP/lo/plan-en.xlsx ]]; then
  ok "LibreOffice wrote plan-en.xlsx"
  expect_exit 0 "LibreOffice's workbook with --map" "$FORMWORK_BIN" render acceptance \
    "$TMP/lo/plan-en.xlsx" --map "$TMP/plan-en.csv.map.json" -o "$TMP/lo-out" -q
  same "LibreOffice's workbook = plan-2016.json" "$TMP/lo-out" "$TMP/json-plan"
else
  bad "LibreOffice did not convert the CSV to XLSX"
fi
expect_exit 0 "UTF-8 CSV with a byte order mark and --map" "$FORMWORK_BIN" render acceptance \
  "$TMP/plan-en.csv" --map "$TMP/plan-en.csv.map.json" -o "$TMP/csv-out" -q
same "UTF-8 CSV = plan-2016.json" "$TMP/csv-out" "$TMP/json-plan"

# Problems name the cell: a bad 编号, a missing 项目名称, an amount that is
# not a number, a row of 费用 that belongs to no record, a missing sheet.
$PY - "$S" "$TMP" <<'PY'
import sys, openpyxl
src, tmp = sys.argv[1], sys.argv[2]
wb = openpyxl.load_workbook(f"{src}/plan-2016.xlsx")
ws = wb["计划"]
ws["A3"] = "abc"
ws["B4"] = None
wb.save(f"{tmp}/bad-plan.xlsx")
wb = openpyxl.load_workbook(f"{src}/settlement-2016.xlsx")
wb["决算"]["I2"] = "十八万"
wb["费用"].append(["2099001", "住宿费", 1])
wb.save(f"{tmp}/bad-settlement.xlsx")
PY
expect_exit 2 "a workbook with bad cells" "$FORMWORK_BIN" validate acceptance "$TMP/bad-plan.xlsx"
contains "the bad 编号 is named by sheet!cell" "$ERR" "bad-plan.xlsx 计划!A3 (编号), /编号"
contains "the empty required cell is named" "$ERR" "bad-plan.xlsx 计划!B4 (项目名称), /项目名称: required, but missing"
contains "the other records are valid" "$OUT" "94 of 96 records valid"
expect_exit 2 "a row of 费用 for no record" "$FORMWORK_BIN" validate settlement \
  "$TMP/bad-settlement.xlsx" --rows 费用=费用:编号
contains "the orphan row is named" "$ERR" "bad-settlement.xlsx 费用!A"
contains "its key is shown" "$ERR" '编号 "2099001" names no record'
$PY - "$S" "$TMP" <<'PY'
import sys, openpyxl
wb = openpyxl.load_workbook(f"{sys.argv[1]}/settlement-2016.xlsx")
wb["决算"]["I2"] = "十八万"
wb.save(f"{sys.argv[2]}/bad-amount.xlsx")
PY
expect_exit 2 "an amount that is not a number" "$FORMWORK_BIN" render settlement \
  "$TMP/bad-amount.xlsx" --rows 费用=费用:编号 -o "$TMP/ba" -q
contains "the amount's cell is named" "$ERR" 'bad-amount.xlsx 决算!I2 (合计): "十八万" is not a number'
check "the other record is rendered" test -f "$TMP/ba/$(ls "$TMP/json-settlement" | grep -v '^2016002' | grep pdf)"
expect_exit 2 "a sheet that does not exist" "$FORMWORK_BIN" validate acceptance "$S/plan-2016.xlsx" --sheet 附件1
contains "the sheets are listed" "$ERR" "has no sheet '附件1' (its sheets: 计划)"

# Damaged workbooks: random bytes, a truncated file, a part that is not XML.
head -c 3000 /dev/urandom >"$TMP/random.xlsx"
expect_exit 2 "random bytes named .xlsx" "$FORMWORK_BIN" validate acceptance "$TMP/random.xlsx"
contains "named as no workbook" "$ERR" "random.xlsx is not an XLSX workbook"
head -c 5000 "$S/plan-2016.xlsx" >"$TMP/truncated.xlsx"
expect_exit 2 "a truncated workbook" "$FORMWORK_BIN" validate acceptance "$TMP/truncated.xlsx"
$PY - "$S/plan-2016.xlsx" "$TMP/broken.xlsx" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as a, zipfile.ZipFile(sys.argv[2], "w") as b:
    for i in a.infolist():
        data = a.read(i)
        b.writestr(i, data[: len(data) // 2] if i.filename.endswith("sheet1.xml") else data)
PY
expect_exit 2 "a sheet part cut in half" "$FORMWORK_BIN" validate acceptance "$TMP/broken.xlsx"
contains "the part is named" "$ERR" "is not well-formed XML"
finish
