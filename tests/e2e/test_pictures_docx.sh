#!/usr/bin/env bash
# Pictures in DOCX: a template with a seal PNG (alpha) floating over the
# 署名 (GB/T 9704-2012 §7.3.5.1), a JPEG inline in the text, a QR code and
# the seal again, small, in table cells. Read back with python3-docx (sizes
# in EMU, image bytes equal to the source files, the wp:anchor), converted
# by LibreOffice headless: pdfimages lists the images, the seal lies over the
# signature with the text showing through, and zbarimg decodes the QR code
# from pdftoppm -r 300 to its exact value. Under CI=true a missing tool fails.
source "$(dirname "$0")/lib.sh"
D=$TMP/pictures
mkdir -p "$D"
CHECK=$SRC/tests/e2e/check_pictures_docx.py
VALUE='https://example.org/verify?doc=2016-135&sig=A1B2C3'
SIGNATURE=山东省人力资源和社会保障厅

has_docx() { $PY -c 'import docx' 2>/dev/null; }

need pdftoppm poppler-utils || { finish; exit; }
check "test images written (seal.png with alpha, logo.pdf)" $PY "$CHECK" files "$D"
check "logo.jpg from pdftoppm -jpeg" pdftoppm -jpeg -r 72 -singlefile "$D/logo.pdf" "$D/logo"

cat >"$D/pictures.xml" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<form name="pictures" title="图片" output="{{编号}}" font="fangsong" size="16">
  <page paper="A4" top="37" bottom="35" left="28" right="26"/>
  <p>标志：<image src="logo.jpg" width="30" height="20" alt="标志"/>。</p>
  <p indent="2">正文一段文字，用于检验印章是否压在署名之上，而文字仍然可见。</p>
  <signature space-before="29" right-indent="4"><image src="seal.png" width="40" height="40" alt="印章" float="true" dx="-8" dy="-12"/>{{署名}}</signature>
  <signature right-indent="4">{{日期}}</signature>
  <table widths="1,1">
    <row><cell>二维码</cell><cell align="center"><qrcode value="{{网址}}" size="25" level="M"/></cell></row>
    <row><cell>印章样式</cell><cell><image src="seal.png" width="12" alt="印章"/></cell></row>
  </table>
</form>
EOF
cat >"$D/data.json" <<EOF
{"编号": "pictures", "署名": "$SIGNATURE", "日期": "2016年7月18日", "网址": "$VALUE"}
EOF

expect_exit 0 "render the picture template to DOCX" \
  "$FORMWORK_BIN" render "$D/pictures.xml" "$D/data.json" -o "$D/a" -f docx -q
expect_exit 0 "render it again" \
  "$FORMWORK_BIN" render "$D/pictures.xml" "$D/data.json" -o "$D/b" -f docx -q
DOCX=$D/a/pictures.docx
check "two renders give byte-identical DOCX" cmp "$DOCX" "$D/b/pictures.docx"
check "unzip -t finds every entry intact" bash -c 'unzip -tq "$1" >/dev/null' _ "$DOCX"

if has_docx; then
  check "python-docx: sizes, image bytes, the seal's anchor, parts" \
    $PY "$CHECK" docx "$DOCX" "$D" "$VALUE"
elif [[ ${CI:-} == true ]]; then bad "python3-docx missing (CI=true: readers are required)"; else
  echo "note: python3-docx missing, its checks skipped"; fi

if need soffice libreoffice-writer; then
  timeout 300 soffice --headless --norestore "-env:UserInstallation=file://$TMP/lo-profile" \
    --convert-to pdf --outdir "$D/lo" "$DOCX" >/dev/null 2>&1
  PDF=$D/lo/pictures.pdf
  check "LibreOffice converts the DOCX" test -s "$PDF"
  if need pdfimages poppler-utils; then
    list=$(pdfimages -list "$PDF" 2>/dev/null | tail -n +3)
    # logo (JPEG 120 × 80), seal (200 × 200 with its soft mask, drawn twice),
    # QR code: LibreOffice sees every picture.
    n_jpeg=$(awk '$3=="image" && $4==120 && $5==80' <<<"$list" | wc -l)
    n_seal=$(awk '$3=="image" && $4==200 && $5==200' <<<"$list" | wc -l)
    n_mask=$(awk '$3=="smask" && $4==200 && $5==200' <<<"$list" | wc -l)
    n_all=$(awk '$3=="image"' <<<"$list" | wc -l)
    if ((n_jpeg >= 1 && n_seal >= 1 && n_mask >= 1 && n_all >= 3)); then
      ok "pdfimages: LibreOffice draws the logo, the seal with its alpha, the QR code ($n_all images)"
    else bad "pdfimages -list of LibreOffice's PDF: $list"; fi
  fi
  check "LibreOffice places the seal over the signature, text visible" \
    $PY "$CHECK" lo "$PDF" "$SIGNATURE"
  if need zbarimg zbar-tools; then
    pdftoppm -r 300 -png -f 1 -l 1 -singlefile "$PDF" "$D/lo/page"
    got=$(zbarimg --raw -q "$D/lo/page.png" 2>/dev/null)
    if [[ $got == "$VALUE" ]]; then ok "zbarimg decodes the QR code to its value"; else
      bad "zbarimg read '$got', expected '$VALUE'"; fi
  fi
fi
finish
