#!/usr/bin/env bash
# Pictures in PDFs end to end: a template with a seal PNG with a transparent
# ground floating over the 署名, an inline JPEG, a QR code in a paragraph and
# one in a table cell, rendered for two records (Chinese and Vietnamese QR
# values) with a merged print file, then read back with real readers: qpdf,
# pdfimages (the PNG keeps its alpha as an /SMask, the JPEG stays DCT),
# pdftoppm + zbarimg (the vector QR codes decode to their exact values),
# pdftotext (the text is unchanged and extracts), the pixels under the seal
# (the text shows through its transparent parts); and the same bytes across
# runs and at -j 1 and -j 2.
source "$(dirname "$0")/lib.sh"
F=$FORMWORK_BIN

need_all qpdf pdfimages pdftoppm pdftotext zbarimg

tpl=$TMP/tpl
mkdir -p "$tpl"
# The seal: 200 × 200 pixels, a red ring and a red dot (#E60012, opaque) on
# a fully transparent ground, written with zlib and struct (RGBA, colour
# type 6). The colour is red everywhere, alpha alone draws the shape.
$PY "$SRC/tests/e2e/make_test_seal.py" "$tpl/seal.png"
# The logo: a JPEG made by poppler from a one-page PDF of two colour bands.
$PY "$SRC/tests/e2e/make_test_band_pdf.py" "$TMP/band.pdf"
pdftoppm -jpeg -r 144 -singlefile "$TMP/band.pdf" "$tpl/logo" || bad "pdftoppm -jpeg made no logo"

cat >"$tpl/pictures.xml" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<form name="pictures" title="{{标题}}" output="{{编号}}" font="song" size="14">
  <page paper="A4" top="30" bottom="30" left="28" right="26"/>
  <title size="22">{{标题}}</title>
  <p indent="2">正文第一段。本通知附二维码，扫描可核验文件编号与单位名称。<image src="logo.jpg" height="8" alt="单位标志"/>以上。</p>
  <p>核验码：<qrcode value="{{编号}}|{{单位名称}}" size="25" level="M"/></p>
  <signature>{{单位名称}}<image src="seal.png" width="40" height="40" float="true" dx="-30" dy="-12" alt="电子印章"/></signature>
  <signature>2016年7月15日</signature>
  <pagebreak/>
  <table widths="1,2">
    <row><cell>单位名称</cell><cell>{{单位名称}}</cell></row>
    <row><cell>二维码</cell><cell><qrcode value="{{附注}}" size="22" level="Q"/></cell></row>
  </table>
</form>
EOF
cat >"$TMP/data.json" <<'EOF'
[{"标题": "关于核验电子印章的通知", "编号": "鲁人社字〔2016〕135号", "单位名称": "示例单位办公室",
  "附注": "核验：示例单位办公室 2016-07-15"},
 {"标题": "关于核验电子印章的通知", "编号": "鲁人社字〔2016〕136号", "单位名称": "示例单位人事处",
  "附注": "Sở Lao động – Thương binh và Xã hội tỉnh Sơn La"}]
EOF
one=$TMP/a/鲁人社字〔2016〕135号.pdf
two=$TMP/a/鲁人社字〔2016〕136号.pdf
merged=$TMP/a/all.pdf

expect_exit 0 "renders the picture template" \
  "$F" render "$tpl/pictures.xml" "$TMP/data.json" -o "$TMP/a" -f pdf --merge "$merged" -j 2 -q
check_pdfs "the PDFs pass qpdf --check, fonts embedded" "$TMP/a"

# pdfimages -list: page num type width height color comp bpc enc interp object ID …
images=$(pdfimages -list "$one" | tail -n +3)
[[ $(awk '$2 != "" {n++} END {print n+0}' <<<"$images") == 3 ]] &&
  ok "one JPEG, one PNG and its mask; QR codes are no images" || bad "images: $images"
awk '$3 == "image" && $4 == 240 && $5 == 120 && $6 == "rgb" && $9 == "jpeg"' <<<"$images" | grep -q . &&
  ok "the JPEG stays DCT-encoded" || bad "no DCT JPEG in: $images"
seal_id=$(awk '$3 == "image" && $4 == 200 && $6 == "rgb" && $9 == "image" {print $11}' <<<"$images")
mask_id=$(awk '$3 == "smask" && $4 == 200 && $6 == "gray" {print $11}' <<<"$images")
[[ -n $seal_id && $seal_id == "$mask_id" ]] &&
  ok "the seal PNG keeps its alpha as an /SMask" || bad "no seal with a soft mask in: $images"

# The QR codes, rendered at 300 dpi, decode to their exact values: one
# per page, read as bytes (-Sbinary), since zbar guesses the character set
# of byte-mode text and may take UTF-8 Chinese for Shift-JIS.
qr_value() {
  pdftoppm -r 300 -png -f "$2" -l "$2" -singlefile "$1" "$TMP/qr" &&
    zbarimg --nodbus --raw -q -Sbinary "$TMP/qr.png"
}
expect_qr() {
  local got
  got=$(qr_value "$1" "$2")
  [[ $got == "$3" ]] && ok "QR on page $2 of ${1##*/} decodes to '$3'" || bad "QR page $2 of $1: '$got'"
}
expect_qr "$one" 1 "鲁人社字〔2016〕135号|示例单位办公室"
expect_qr "$one" 2 "核验：示例单位办公室 2016-07-15"
expect_qr "$two" 1 "鲁人社字〔2016〕136号|示例单位人事处"
expect_qr "$two" 2 "Sở Lao động – Thương binh và Xã hội tỉnh Sơn La"

text=$(pdftotext -enc UTF-8 "$one" -)
contains "pdftotext: the paragraph around the JPEG" "$text" "扫描可核验文件编号与单位名称。"
contains "pdftotext: the line after it" "$text" "以上。"
contains "pdftotext: the signature under the seal" "$text" "示例单位办公室"
contains "pdftotext: the date" "$text" "2016年7月15日"
[[ $text != *$'\uFFFC'* ]] && ok "no object replacement character in the text" || bad "U+FFFC extracted"

# Under the seal the signature still shows: in the part of the box
# pdftotext gives the signature that the seal covers (from 30 mm left of
# the line's end, dx="-30"), rendered at 72 dpi (1 pixel = 1 pt), some
# pixels are the seal's red and some the text's black.
pdftotext -bbox -enc UTF-8 "$one" "$TMP/words.html"
pdftoppm -r 72 -singlefile "$one" "$TMP/page"
seen=$($PY - "$TMP/words.html" "$TMP/page.ppm" <<'EOF'
import re, sys
words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
                   open(sys.argv[1], encoding="utf-8").read())
box = max((w for w in words if w[4] == "示例单位办公室"), key=lambda w: float(w[1]))  # the 署名, last
x0, y0, x1, y1 = (int(float(v)) for v in box[:4])
x0 = max(x0, int(x1 - 30 * 72 / 25.4) + 2)  # where the seal starts
data = open(sys.argv[2], "rb").read()
magic, w, h, maxval, pixels = data.split(maxsplit=4)
w = int(w)
dark = red = 0
for y in range(y0, y1 + 1):
    for x in range(x0, x1 + 1):
        r, g, b = pixels[(y * w + x) * 3:(y * w + x) * 3 + 3]
        dark += max(r, g, b) < 100
        red += r > 150 and g < 90 and b < 90
print(dark, red)
EOF
)
read -r dark red <<<"$seen"
((dark > 20 && red > 20)) && ok "text shows through the seal's transparent ground ($dark dark, $red red pixels)" ||
  bad "under the seal: $seen dark/red pixels"

# The merged print file carries the pictures: each record's first page
# shows the JPEG and the seal, one XObject each for the whole file.
m_images=$(pdfimages -list "$merged" | tail -n +3)
[[ $(awk '{print $1}' <<<"$m_images" | sort -u | tr '\n' ' ') == "1 3 " ]] &&
  ok "merged: both records' first pages show images" || bad "merged images: $m_images"
[[ $(awk '{print $11}' <<<"$m_images" | sort -u | wc -l) == 2 ]] &&
  ok "merged: the seal and the JPEG are one XObject each" || bad "merged objects: $m_images"
expect_qr "$merged" 3 "鲁人社字〔2016〕136号|示例单位人事处"
expect_qr "$merged" 4 "Sở Lao động – Thương binh và Xã hội tỉnh Sơn La"

# Shards joined by `formwork merge` keep the pictures (one XObject per
# shard's part, qpdf copying each part's objects).
for i in 0 1; do
  "$F" render "$tpl/pictures.xml" "$TMP/data.json" -o "$TMP/shard$i" -f pdf --shard "$i/2" \
    --merge "$TMP/part$i.pdf" -q 2>/dev/null || bad "render shard $i"
done
expect_exit 0 "joins the shards' parts" "$F" merge "$TMP/joined.pdf" "$TMP/part0.pdf" "$TMP/part1.pdf"
qpdf --check "$TMP/joined.pdf" >/dev/null 2>&1 && ok "joined: qpdf --check" || bad "joined: qpdf --check"
j_images=$(pdfimages -list "$TMP/joined.pdf" | tail -n +3)
[[ $(awk '$3 == "smask" {print $1}' <<<"$j_images" | tr '\n' ' ') == "1 3 " ]] &&
  ok "joined: each record's seal keeps its soft mask" || bad "joined images: $j_images"
expect_qr "$TMP/joined.pdf" 4 "Sở Lao động – Thương binh và Xã hội tỉnh Sơn La"

# Same bytes on a second run, at -j 1.
expect_exit 0 "renders again at -j 1" \
  "$F" render "$tpl/pictures.xml" "$TMP/data.json" -o "$TMP/b" -f pdf --merge "$TMP/b/all.pdf" -j 1 -q
n=0
while IFS= read -r -d '' f; do
  n=$((n + 1))
  cmp -s "$f" "$TMP/b/${f#"$TMP/a/"}" || bad "differs between -j 2 and -j 1: ${f#"$TMP/a/"}"
done < <(find "$TMP/a" -name '*.pdf' -print0)
((n == 3)) && ok "$n PDFs byte-identical across runs and -j" || bad "found $n PDFs, expected 3"
finish
