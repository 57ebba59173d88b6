#!/usr/bin/env bash
# Pictures in XLSX end to end: a template with a seal PNG (transparent
# ground) floating over the 署名, a JPEG inline in a paragraph, and QR codes
# in a table cell and in a paragraph, rendered to XLSX and read back with
# real readers: openpyxl (each drawing anchored at its paragraph's or
# cell's row, its extent in EMU = the printed size in mm × 36000, its alt
# text), unzip (xl/media/* hold the source files byte for byte, the seal
# once however often it is used), LibreOffice headless → PDF → pdftoppm at
# 300 dpi → zbarimg (the QR codes decode to their exact values, Chinese
# included), and the same bytes on a second run.
source "$(dirname "$0")/lib.sh"
F=$FORMWORK_BIN

need_all soffice pdftoppm zbarimg unzip
$PY -c 'import openpyxl' 2>/dev/null || { need python3-openpyxl python3-openpyxl; finish; exit; }

tpl=$TMP/tpl
mkdir -p "$tpl"
# The seal: 200 × 200 pixels, a red ring and dot on a transparent ground
# (RGBA, colour type 6) with a pHYs chunk of 300 dpi (11811 pixels a
# metre), written with zlib and struct: libxlsxwriter sizes an image by the
# resolution in its header, which the writer must undo.
$PY "$SRC/tests/e2e/make_test_seal.py" "$tpl/seal.png" 11811
# The logo: a JPEG made by poppler (JFIF, 144 dpi) from a one-page PDF of
# two colour bands, 240 × 120 pixels.
$PY "$SRC/tests/e2e/make_test_band_pdf.py" "$TMP/band.pdf"
pdftoppm -jpeg -r 144 -singlefile "$TMP/band.pdf" "$tpl/logo" || bad "pdftoppm -jpeg made no logo"

cat >"$tpl/pictures.xml" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<form name="pictures" title="{{标题}}" output="{{编号}}">
  <page paper="A4"/>
  <title>{{标题}}</title>
  <p>正文：本通知附二维码，扫描可核验。<image src="logo.jpg" height="8" alt="单位标志"/></p>
  <p align="center"><image src="seal.png" width="20" alt="电子印章"/></p>
  <table widths="1,2">
    <row><cell>单位名称</cell><cell>{{单位名称}}</cell></row>
    <row><cell>二维码</cell><cell>扫码查验<qrcode value="{{编号}}|{{单位名称}}" size="25" level="M"/></cell></row>
  </table>
  <p>附注码：<qrcode value="{{附注}}" size="22" level="Q"/></p>
  <signature>{{单位名称}}<image src="seal.png" width="40" height="40" float="true" dx="-30" dy="-12" alt="电子印章"/></signature>
  <signature>2016年7月15日</signature>
</form>
EOF
cat >"$TMP/data.json" <<'EOF'
[{"标题": "关于核验电子印章的通知", "编号": "鲁人社字〔2016〕135号", "单位名称": "示例单位办公室",
  "附注": "Sở Lao động – Thương binh và Xã hội tỉnh Sơn La"}]
EOF
book=$TMP/a/鲁人社字〔2016〕135号.xlsx

expect_exit 0 "renders the picture template to XLSX" \
  "$F" render "$tpl/pictures.xml" "$TMP/data.json" -o "$TMP/a" -f xlsx -q
[[ -f $book ]] || bad "no workbook $book"

# openpyxl: the worksheet's drawing (read with openpyxl's own DrawingML
# classes, so Pillow is not needed; with Pillow, ws._images must agree).
report=$($PY - "$book" <<'EOF'
import sys, zipfile
import openpyxl
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.packaging.relationship import get_dependents, get_rels_path
from openpyxl.xml.functions import fromstring

path = sys.argv[1]
wb = openpyxl.load_workbook(path)
ws = wb.worksheets[0]
row_of = {}  # text → 0-based row (as drawing anchors) of its last cell
for row in ws.iter_rows():
    for c in row:
        if isinstance(c.value, str):
            row_of[c.value] = c.row - 1
z = zipfile.ZipFile(path)
sheet = "xl/worksheets/sheet1.xml"
drawing = [r.target for r in get_dependents(z, get_rels_path(sheet)).Relationship
           if r.Type.endswith("/drawing")][0]
media = {r.Id: r.target for r in get_dependents(z, get_rels_path(drawing)).Relationship}
d = SpreadsheetDrawing.from_tree(fromstring(z.read(drawing)))
problems = []
def expect(ok, what):
    if not ok:
        problems.append(what)

anchors = d.twoCellAnchor
print("pictures", len(anchors))
want = [  # alt, width mm, height mm, row (0-based) its anchor starts in, col, inline
    ("单位标志", 16, 8, row_of["正文：本通知附二维码，扫描可核验。"], 0, True),
    ("电子印章", 20, 20, row_of["正文：本通知附二维码，扫描可核验。"] + 1, None, True),  # centred
    ("鲁人社字〔2016〕135号|示例单位办公室", 25, 25, row_of["二维码"], 1, True),
    ("Sở Lao động – Thương binh và Xã hội tỉnh Sơn La", 22, 22, row_of["附注码："], 0, True),
    # dy = -12 mm raises the seal from the 署名's row (after the table's
    # 单位名称 cell) into the row above.
    ("电子印章", 40, 40, row_of["示例单位办公室"] - 1, None, False),
]
expect(len(anchors) == len(want), "%d drawings, expected %d" % (len(anchors), len(want)))
for a, (alt, w, h, row, col, inline) in zip(anchors, want):
    name = "%s %gx%g" % (alt, w, h)
    ext = a.pic.spPr.xfrm.ext
    expect(a.pic.nvPicPr.cNvPr.descr == alt, "%s: descr %r" % (name, a.pic.nvPicPr.cNvPr.descr))
    expect(abs(ext.width - w * 36000) <= w * 360, "%s: cx %d EMU" % (name, ext.width))
    expect(abs(ext.height - h * 36000) <= h * 360, "%s: cy %d EMU" % (name, ext.height))
    expect(a._from.row == row, "%s: anchored in row %d, expected %d" % (name, a._from.row, row))
    expect(col is None or a._from.col == col, "%s: anchored in col %d" % (name, a._from.col))
    expect(a.editAs == "oneCell", "%s: editAs %s" % (name, a.editAs))
    if inline:  # the row holds it: it ends in the row it starts in
        expect(a.to.row == a._from.row, "%s: runs from row %d into row %d" % (name, a._from.row, a.to.row))
    print("media", alt, media[a.pic.blipFill.blip.embed])
try:
    import PIL  # noqa: F401  openpyxl reads images only with Pillow
    expect(len(ws._images) == len(want), "openpyxl ws._images: %d" % len(ws._images))
except ImportError:
    pass
print("cell", ws.cell(row=row_of["二维码"] + 1, column=2).value)
print("problems", "; ".join(problems) if problems else "none")
EOF
)
contains "openpyxl: five drawings" "$report" "pictures 5"
contains "openpyxl: anchors, EMU extents (±1 %), alt texts" "$report" "problems none"
contains "the QR cell keeps its text" "$report" "cell 扫码查验"

# xl/media: the seal (used twice) and the JPEG byte for byte, plus two QR
# code PNGs: four files.
media=$(unzip -Z1 "$book" | grep '^xl/media/' | sort)
[[ $(wc -l <<<"$media") == 4 ]] && ok "four media files (the seal stored once)" || bad "media: $media"
seal_part=$(awk '$1 == "media" && $2 == "电子印章" {print $3; exit}' <<<"$report")
logo_part=$(awk '$1 == "media" && $2 == "单位标志" {print $3; exit}' <<<"$report")
cmp -s <(unzip -p "$book" "$seal_part") "$tpl/seal.png" && ok "$seal_part is the seal PNG byte for byte" ||
  bad "$seal_part differs from seal.png"
cmp -s <(unzip -p "$book" "$logo_part") "$tpl/logo.jpg" && ok "$logo_part is the JPEG byte for byte" ||
  bad "$logo_part differs from logo.jpg"
[[ $(grep -c "电子印章 $seal_part" <<<"$report") == 2 ]] && ok "both seals use one media part" ||
  bad "seals: $report"

# LibreOffice prints the workbook; the QR codes at 300 dpi decode exactly.
timeout 300 soffice --headless --norestore "-env:UserInstallation=file://$TMP/lo-profile" \
  --convert-to pdf --outdir "$TMP/lo" "$book" >/dev/null 2>&1
pdf=$TMP/lo/鲁人社字〔2016〕135号.pdf
if [[ -s $pdf ]]; then ok "LibreOffice converts the workbook to PDF"; else bad "LibreOffice made no PDF"; fi
pdftoppm -r 300 -png -f 1 -l 1 -singlefile "$pdf" "$TMP/qr"
got=$(zbarimg --nodbus --raw -q "$TMP/qr.png" | LC_ALL=C sort)
want=$(printf '%s\n' "鲁人社字〔2016〕135号|示例单位办公室" "Sở Lao động – Thương binh và Xã hội tỉnh Sơn La" |
  LC_ALL=C sort)
[[ $got == "$want" ]] && ok "both QR codes decode exactly from LibreOffice's print" || bad "QR: '$got'"

# Same bytes on a second run.
expect_exit 0 "renders again" "$F" render "$tpl/pictures.xml" "$TMP/data.json" -o "$TMP/b" -f xlsx -q
cmp -s "$book" "$TMP/b/${book#"$TMP/a/"}" && ok "the workbook is byte-identical across runs" ||
  bad "the workbook differs between runs"
finish
