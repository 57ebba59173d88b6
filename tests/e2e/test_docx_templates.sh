#!/usr/bin/env bash
# DOCX templates (issue 10 item 1) through the real binary, with the
# shipped Office-authored sample templates/travel-expense.docx: every record
# in four formats; the filled DOCX read back with python-docx (values,
# one table row per trip, the author's styles and header kept) and
# converted by LibreOffice; formwork's PDF of the same record has the same
# data values in the same order as LibreOffice's PDF of the filled DOCX;
# validate runs the schema and checks beside the template; a broken
# template fails at load naming part, paragraph and tag.
source "$(dirname "$0")/lib.sh"
F=$FORMWORK_BIN
T=$SRC/templates/travel-expense.docx
D=$SRC/samples/travel-expense-2024.json
O=$TMP/out
expect_exit 0 "render the travel-expense DOCX template" "$F" render "$T" "$D" -o "$O" -q
for n in travel-expense travel-expense-2 travel-expense-3; do
  for ext in pdf docx xlsx txt; do check "$n.$ext written" test -s "$O/$n.$ext"; done
done
check_pdfs "DOCX template PDFs: qpdf --check, fonts embedded and subset" "$O"
expect_exit 0 "the template is found by its name" "$F" render travel-expense "$D" -o "$TMP/byname" -f txt -q
expect_exit 0 "list shows it" "$F" list
contains "list: travel-expense" "$OUT" "travel-expense"

$PY - "$O" "$D" "$T" <<'PY' && ok "filled DOCX: values, one row per trip, styles and header kept" || bad "filled DOCX read back"
import json, sys, zipfile
import docx
out, data, tpl = sys.argv[1:]
recs = json.load(open(data, encoding="utf-8"))
names = ["travel-expense", "travel-expense-2", "travel-expense-3"]
src_styles = zipfile.ZipFile(tpl).read("word/styles.xml")
for rec, name in zip(recs, names):
    d = docx.Document(f"{out}/{name}.docx")
    text = "\n".join(p.text for p in d.paragraphs)
    cells = [c.text for t in d.tables for r in t.rows for c in r.cells]
    assert "{{" not in text + "".join(cells), f"{name}: a tag is left"
    assert rec["单位"] in text and rec["出差事由"] in cells, name
    trips = d.tables[1]
    assert len(trips.rows) == 1 + len(rec["行程"]) + 3 - (0 if rec.get("预借金额") else 1), \
        f"{name}: {len(trips.rows)} rows for {len(rec['行程'])} trips"
    for i, t in enumerate(rec["行程"]):
        assert trips.rows[1 + i].cells[2].text == t["起点"], (name, i)
    assert f"{rec['合计']:,.2f}" in "".join(cells), name
    assert d.sections[0].header.paragraphs[0].text == rec["单位"], name
    assert zipfile.ZipFile(f"{out}/{name}.docx").read("word/styles.xml") == src_styles, name
PY

if need soffice libreoffice-writer; then
  timeout 300 soffice --headless --norestore "-env:UserInstallation=file://$TMP/lo-profile" \
    --convert-to pdf --outdir "$TMP/lo" "$O/travel-expense-2.docx" >/dev/null 2>&1
  check "LibreOffice converts the filled DOCX" test -s "$TMP/lo/travel-expense-2.pdf"
  $PY - "$O/travel-expense-2.pdf" "$TMP/lo/travel-expense-2.pdf" "$D" <<'PY' && ok "formwork's PDF and LibreOffice's PDF of the filled DOCX: same values in the same order" || bad "PDF parity with LibreOffice"
import json, re, subprocess, sys
ours, lo, data = sys.argv[1:]
rec = json.load(open(data, encoding="utf-8"))[1]
text = lambda p: re.sub(r"\s+", "", subprocess.run(["pdftotext", "-layout", p, "-"], capture_output=True, text=True).stdout)
values = [rec["姓名"], rec["部门"], rec["出差事由"]] + [v for t in rec["行程"] for v in (t["起点"], t["终点"], t["交通工具"])] + [f"{rec['合计']:,.2f}"]
def order(t):
    at, pos = [], 0
    for v in values:
        i = t.find(v, pos)
        assert i >= 0, f"{v!r} missing"
        at.append(v); pos = i + len(v)
    return at
assert order(text(ours)) == order(text(lo)) == values
PY
fi

expect_exit 0 "validate: schema and checks beside the template" "$F" validate "$T" "$D"
contains "3 of 3 valid" "$OUT" "3 of 3"
$PY -c 'import json,sys; r=json.load(open(sys.argv[1])); r[0]["合计"]=9999; json.dump(r, open(sys.argv[2],"w"), ensure_ascii=False)' "$D" "$TMP/bad.json"
expect_exit 2 "a wrong 合计 fails its check" "$F" render "$T" "$TMP/bad.json" -o "$TMP/bad"
contains "the check names both values" "$ERR" "合计"

# A template whose {{#each}} is never closed fails when it loads.
$PY - "$T" "$TMP/broken.docx" <<'PY'
import sys, zipfile
src, dst = sys.argv[1:]
with zipfile.ZipFile(src) as zi, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zo:
    for item in zi.infolist():
        data = zi.read(item)
        if item.filename == "word/document.xml":
            data = data.replace("{{/each}}".encode(), b"")
        zo.writestr(item, data)
PY
expect_exit 3 "an unclosed {{#each}}" "$F" render "$TMP/broken.docx" "$D" -o "$TMP/broken-out"
contains "…named with part, paragraph and tag" "$ERR" "word/document.xml"
contains "…and the tag" "$ERR" "{{#each 行程}}"
check "…and nothing is written" test ! -e "$TMP/broken-out"
finish
