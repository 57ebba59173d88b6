#!/usr/bin/env bash
# The writers' side of hardening, through the real binary, read back with
# python-docx and openpyxl:
#   * a character XML 1.0 forbids in data is a data error naming the JSON
#     pointer and the code point, for each class, and nothing is written;
#     in a template literal it is dropped, and every file still opens;
#   * text longer than an XLSX cell holds, and numbers XLSX would round,
#     are data errors naming the field before any file of the record is
#     written; without XLSX among the formats the record renders;
#   * output names never carry a Windows device name or bidi controls;
#   * DOCX and XLSX name the same face for each font role, and --fonts
#     changes both.
source "$(dirname "$0")/lib.sh"
F=$FORMWORK_BIN
T=$TMP/t
mkdir -p "$T"
no_outputs() { # DESCRIPTION DIR
  local n; n=$(find "$2" -type f 2>/dev/null | wc -l)
  if ((n == 0)); then ok "$1: nothing written"; else bad "$1: $n files written"; fi
}

cat >"$T/note.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<form name="note" title="{{title}}" output="{{name}}" sheet="{{sheet}}" font="song" size="12">
  <page paper="A4" orientation="portrait" top="25" bottom="20" left="25" right="22"/>
  <p>{{text}}</p>
  <table widths="1,2"><row><cell>金额</cell><cell format="money" value="{{amount}}"/></row></table>
</form>
XML
record() { # NAME TEXT [AMOUNT] : one record as JSON (TEXT may hold \u escapes)
  printf '{"name": "%s", "title": "t", "sheet": "s", "text": "%s", "amount": %s}\n' "$1" "$2" "${3:-1.5}"
}

# 1. Each class of forbidden character in data: exit 2, pointer and code point.
for esc in '\u0007:U+0007' '\u007f:U+007F' '\u0085:U+0085' '\ufffe:U+FFFE' '\uffff:U+FFFF' \
  '\ufdd0:U+FDD0' '\ud83f\udffe:U+1FFFE'; do
  e=${esc%%:*} cp=${esc##*:}
  record r "a${e}b" >"$T/bad.json"
  expect_exit 2 "data with $cp" "$F" render "$T/note.xml" "$T/bad.json" -o "$T/o-$cp"
  contains "$cp is named with its pointer" "$ERR" "/text: character 2 is $cp"
  no_outputs "data with $cp" "$T/o-$cp"
done
record r 'a\ud800b' >"$T/lone.json"
expect_exit 2 "a lone surrogate in data" "$F" render "$T/note.xml" "$T/lone.json" -o "$T/o-lone"
no_outputs "a lone surrogate" "$T/o-lone"
# TAB, LF and CR are text.
record ok 'a\tb\r\nc' >"$T/ok.json"
expect_exit 0 "TAB, CR and LF in data" "$F" render "$T/note.xml" "$T/ok.json" -o "$T/o-ok" -f docx,xlsx,txt

# 2. Forbidden characters in a template literal are dropped; every file opens.
sed 's|<p>{{text}}</p>|<p>前\&#xFFFF;中\&#xFFFE;\&#xFDD0;\&#x1FFFE;后{{text}}</p>|' "$T/note.xml" >"$T/literal.xml"
record lit 'x' >"$T/lit.json"
expect_exit 0 "forbidden characters in a template literal" \
  "$F" render "$T/literal.xml" "$T/lit.json" -o "$T/o-lit" -f docx,xlsx,txt
$PY - "$T/o-lit" >"$T/lit.out" 2>&1 <<'PY'
import sys, docx, openpyxl
d = sys.argv[1]
print("docx:", docx.Document(f"{d}/lit.docx").paragraphs[0].text)
print("xlsx:", openpyxl.load_workbook(f"{d}/lit.xlsx").active["A1"].value)
print("txt:", open(f"{d}/lit.txt", encoding="utf-8").read().splitlines()[0])
PY
lit=$(cat "$T/lit.out")
contains "python-docx opens it, literal cleaned" "$lit" "docx: 前中后x"
contains "openpyxl opens it, literal cleaned" "$lit" "xlsx: 前中后x"
contains "TXT cleaned too" "$lit" "txt: 前中后x"

# 3. XLSX limits are data errors naming the field, before any file is written.
$PY -c 'import json; print(json.dumps({"name": "long", "title": "t", "sheet": "s", "text": "长" * 32768, "amount": 1}, ensure_ascii=False))' >"$T/long.json"
expect_exit 2 "text over 32,767 characters" "$F" render "$T/note.xml" "$T/long.json" -o "$T/o-long" -f pdf,docx,xlsx,txt
contains "the field and the limit are named" "$ERR" "/text: text of 32,768 characters is longer than an XLSX cell holds (32,767)"
no_outputs "text over the XLSX limit" "$T/o-long"
expect_exit 0 "the same record without XLSX" "$F" render "$T/note.xml" "$T/long.json" -o "$T/o-long2" -f docx,txt
record big x 12345678901234567 >"$T/digits.json"
expect_exit 2 "a number of 17 significant digits" "$F" render "$T/note.xml" "$T/digits.json" -o "$T/o-digits"
contains "both values are named" "$ERR" "/amount: 12345678901234567 has 17 significant digits; XLSX keeps 15 and would hold 12345678901234600"
no_outputs "a number XLSX would round" "$T/o-digits"
expect_exit 2 "validate reports the same" "$F" validate "$T/note.xml" "$T/digits.json"

# 4. Output names: no Windows device names, no bidi controls.
{
  record CON a; record 'nul.txt' b; record 'Com1' c; record 'LPT9.docx' d
  record 'inv\u202efdp.exe' e; record '\u2066x\u2069\u200f' f
} >"$T/names.json"
expect_exit 0 "device and bidi names" "$F" render "$T/note.xml" "$T/names.json" -o "$T/o-names" -f txt
names=$(cd "$T/o-names" && ls | sort | tr '\n' ' ')
check "device names are prefixed, bidi controls dropped: $names" \
  test "$names" = "_CON.txt _Com1.txt _LPT9.docx.txt _nul.txt.txt invfdp.exe.txt x.txt "

# 5. One font-role table: DOCX and XLSX name the same face, --fonts changes both.
cat >"$T/roles.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<form name="roles" title="roles" output="roles" sheet="roles" font="song" size="12">
  <p font="song">song</p><p font="fangsong">fangsong</p><p font="kai">kai</p>
  <p font="hei">hei</p><p font="xbs">xbs</p><p font="serif">serif</p><p font="sans">sans</p>
</form>
XML
echo '{}' >"$T/empty.json"
# Not beside roles.xml: a fonts.json there would apply without --fonts.
printf '{"fangsong": "仿宋_GB2312", "serif": "Georgia"}' >"$T/user-fonts.json"
expect_exit 0 "roles with the default faces" "$F" render "$T/roles.xml" "$T/empty.json" -o "$T/o-roles" -f docx,xlsx
expect_exit 0 "roles with --fonts" "$F" render "$T/roles.xml" "$T/empty.json" -o "$T/o-fonts" -f docx,xlsx --fonts "$T/user-fonts.json"
faces() { # DIR : "role docx-face xlsx-face" per role
  $PY - "$1" <<'PY'
import sys, docx, openpyxl
from docx.oxml.ns import qn
d = sys.argv[1]
doc = docx.Document(f"{d}/roles.docx")
ws = openpyxl.load_workbook(f"{d}/roles.xlsx").active
for i, p in enumerate(doc.paragraphs):
    f = p.runs[0]._element.rPr.rFonts
    own = f.get(qn("w:ascii")) if p.text in ("serif", "sans") else f.get(qn("w:eastAsia"))
    print(p.text, own, ws.cell(row=i + 1, column=1).font.name)
PY
}
got=$(faces "$T/o-roles" | tr '\n' ';')
check "DOCX and XLSX name the same default face per role: $got" test "$got" = \
  "song 宋体 宋体;fangsong 仿宋 仿宋;kai 楷体 楷体;hei 黑体 黑体;xbs 方正小标宋简体 方正小标宋简体;serif Times New Roman Times New Roman;sans Arial Arial;"
got=$(faces "$T/o-fonts" | tr '\n' ';')
contains "--fonts changes DOCX and XLSX for fangsong" "$got" "fangsong 仿宋_GB2312 仿宋_GB2312;"
contains "--fonts changes DOCX and XLSX for serif" "$got" "serif Georgia Georgia;"
contains "other roles keep their faces" "$got" "song 宋体 宋体;"
finish
