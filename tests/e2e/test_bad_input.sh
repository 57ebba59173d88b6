#!/usr/bin/env bash
# Bad input gets a clear error and the right exit code, and loses nothing:
# no file is left under a final name for a record that failed, and no
# temporary file is left behind.
source "$(dirname "$0")/lib.sh"
F=$FORMWORK_BIN
S=$SRC/samples/settlement-2016.json
d=$TMP/data
mkdir -p "$d"
no_outputs() { # DESCRIPTION DIR
  local n; n=$(find "$2" -type f 2>/dev/null | wc -l)
  if ((n == 0)); then ok "$1: nothing written"; else bad "$1: $n files written"; fi
}

# usage (1)
expect_exit 1 "no subcommand" "$F"
expect_exit 1 "unknown format" "$F" render settlement "$S" -f pdf,odt -o "$TMP/u"
expect_exit 1 "unknown template" "$F" render no-such-form "$S" -o "$TMP/u"
contains "unknown template names it" "$ERR" "no-such-form"

# malformed JSON (2) with line and column
printf '[\n  {"编号": "2016002",\n   "项目名称": "x" "地点": 1}\n]\n' >"$d/malformed.json"
expect_exit 2 "malformed JSON" "$F" render settlement "$d/malformed.json" -o "$TMP/m"
contains "malformed JSON gives line 3" "$ERR" "line 3"
contains "malformed JSON gives a column" "$ERR" "column"
no_outputs "malformed JSON" "$TMP/m"

# GB18030 input (2) is named, never turned into mojibake
$PY - "$S" "$d/gb.json" <<'PY'
import sys
open(sys.argv[2], "wb").write(open(sys.argv[1], encoding="utf-8").read().encode("gb18030"))
PY
expect_exit 2 "GB18030 data" "$F" render settlement "$d/gb.json" -o "$TMP/g"
contains "GB18030 is named" "$ERR" "GB18030"
no_outputs "GB18030 data" "$TMP/g"

# every schema violation at once, with JSON pointers (2)
$PY - "$S" "$d/schema.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))[0]
r["编号"] = "16-2"; r["标识"] = "X"; r["费用"][0]["金额"] = 12.345; r["学员人数"] = -3
del r["地点"]
json.dump(r, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
expect_exit 2 "schema violations" "$F" validate settlement "$d/schema.json"
for p in /编号 /标识 /费用/0/金额 /学员人数 地点; do contains "violation $p reported" "$ERR" "$p"; done

# a failing check names both values (2)
$PY - "$S" "$d/check.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))[0]
r["合计"] = 186400.00
json.dump(r, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
expect_exit 2 "failing check" "$F" render settlement "$d/check.json" -o "$TMP/c"
contains "check names the stated value" "$ERR" "186,400.00"
contains "check names the computed value" "$ERR" "186,432.50"
no_outputs "failing check" "$TMP/c"

# a batch with one bad record: the others are still written (2)
$PY - "$S" "$d/batch.jsonl" <<'PY'
import json, sys
rs = json.load(open(sys.argv[1], encoding="utf-8"))
bad = dict(rs[0], 编号="2016099", 人社厅资助结余资金=-1)
with open(sys.argv[2], "w", encoding="utf-8") as f:
    for r in (rs[0], bad, rs[1]):
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
PY
expect_exit 2 "JSON Lines batch with one bad record" "$F" render settlement "$d/batch.jsonl" -o "$TMP/b" -q
contains "bad record named by index and line" "$ERR" "record 2 (line 2)"
n=$(find "$TMP/b" -type f | wc -l)
if ((n == 8)); then ok "two good records written (8 files)"; else bad "$n files written"; fi
[[ ! -e $TMP/b/2016099-经费决算表.pdf ]] && ok "bad record wrote nothing" || bad "bad record was written"

# template errors (3) with file:line:column
cat >"$d/broken.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<form name="broken">
  <p>ok</p>
  <table widths="1,1"><row><cell>a</cell></row>
</form>
XML
expect_exit 3 "malformed template XML" "$F" render "$d/broken.xml" "$S" -o "$TMP/t"
contains "template error names file and line" "$ERR" "broken.xml:"
cat >"$d/unknown.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<form name="unknown" output="{{编号}}">
  <p>{{项目名称}}</p>
  <p>{{负责人}}</p>
</form>
XML
expect_exit 3 "unknown name in a placeholder" "$F" render "$d/unknown.xml" "$S" -o "$TMP/t2"
contains "unknown name names the template line" "$ERR" "unknown.xml:4"
contains "unknown name names the field" "$ERR" "负责人"
no_outputs "unknown name" "$TMP/t2"
cat >"$d/divzero.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<form name="divzero" output="{{编号}}">
  <p>{{ 合计 / 单位自筹资金 | percent }}</p>
</form>
XML
expect_exit 3 "division by zero" "$F" render "$d/divzero.xml" "$S" -o "$TMP/t3" -f txt
contains "division by zero is an error, not inf" "$ERR" "division by zero"

# data never escapes the output folder, never becomes a formula, is escaped in XML
cat >"$d/inject.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<form name="inject" output="{{名}}">
  <table widths="1,1"><row><cell>名</cell><cell>{{名}}</cell></row></table>
</form>
XML
printf '{"名": "../../escape =HYPERLINK(\\"http://x\\") <w:p>&amp; \\"q\\" '"'"'s"}\n' >"$d/inject.json"
expect_exit 0 "hostile text renders" "$F" render "$d/inject.xml" "$d/inject.json" -o "$TMP/i/out" -q
n=$(find "$TMP/i" -type f | wc -l)
m=$(find "$TMP/i/out" -maxdepth 1 -type f | wc -l)
if ((n == 4 && m == 4)); then ok "output stays inside the output folder"; else bad "files: $(find "$TMP/i" -type f)"; fi
check "hostile text: XLSX string not formula, DOCX text intact" $PY - "$TMP/i/out" <<'PY'
import glob, sys, docx, openpyxl
d = sys.argv[1]
x = glob.glob(f"{d}/*.xlsx")[0]
ws = openpyxl.load_workbook(x).worksheets[0]
cells = [c for row in ws.iter_rows() for c in row if isinstance(c.value, str) and "HYPERLINK" in c.value]
assert cells and all(c.data_type == "s" for c in cells), cells
w = docx.Document(glob.glob(f"{d}/*.docx")[0])
text = "".join(c.text for t in w.tables for r in t.rows for c in r.cells)
assert '<w:p>&amp; "q"' in text, text
PY

# I/O errors (4): the output folder cannot be created
touch "$TMP/file"
expect_exit 4 "output folder is a file" "$F" render settlement "$S" -o "$TMP/file/sub"
expect_exit 4 "missing data file" "$F" render settlement "$TMP/nope.json" -o "$TMP/n"

# no temporary files left anywhere
left=$(find "$TMP" -name '.formwork-*' | wc -l)
if ((left == 0)); then ok "no temporary files left"; else bad "$left temporary files left"; fi
finish
