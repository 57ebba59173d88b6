#!/usr/bin/env bash
# Pictures through the real binary, the parts every format shares: where
# files are found (template folder, then the data file's), what data may
# not reach (.., absolute paths, symlinks out), the exit codes of bad files
# (template 3 at load, data 2 per record, the other records still
# rendered), validate agreeing with render, the TXT's alt text, and the
# shipped notice's seal over 署名 and 成文日期 (GB/T 9704-2012 §7.3.5.1)
# in the PDF and DOCX. Each writer's own reading back is in
# test_pictures_{pdf,docx,xlsx}.sh.
source "$(dirname "$0")/lib.sh"
F=$FORMWORK_BIN
T=$TMP/t D=$TMP/data
mkdir -p "$T" "$D/seals" "$TMP/outside"
# A 60 × 40 RGBA PNG (half-transparent red), written with zlib.
$PY - "$T/logo.png" <<'PY'
import struct, sys, zlib
w, h = 60, 40
raw = b"".join(b"\0" + bytes((230, 0, 18, 128)) * w for _ in range(h))
chunk = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d))
open(sys.argv[1], "wb").write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0))
                             + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
PY
cp "$SRC/samples/images/seal-sample.png" "$D/seals/a.png"
cp "$T/logo.png" "$TMP/outside/secret.png"
ln -s "$TMP/outside/secret.png" "$D/seals/link.png"
head -c -30 "$T/logo.png" >"$D/seals/half.png"
printf 'GIF89a' >"$D/seals/gif.png"

cat >"$T/p.xml" <<'XML'
<form name="p" title="{{名}}" output="{{名}}">
  <p>单位标志：<image src="logo.png" width="15" alt="标志"/></p>
  <p>核验码：<qrcode value="{{编号}}|{{名}}" size="22"/></p>
  <signature>{{名}}<image src="{{印章 | default('')}}" width="40" float="true" dx="-30" dy="-12"
    alt="电子印章"/></signature>
</form>
XML
rec() { printf '{"名": "%s", "编号": "%s", "印章": "%s"}\n' "$1" "$2" "$3"; }
{
  rec 甲 A1 seals/a.png
  rec 乙 A2 ""
  rec 丙 A3 seals/missing.png
  rec 丁 A4 ../t/logo.png
  rec 戊 A5 seals/link.png
  rec 己 A6 seals/half.png
  rec 庚 A7 seals/gif.png
  rec 辛 A8 /etc/hostname
} >"$D/recs.jsonl"

expect_exit 2 "render: bad pictures in 6 of 8 records" "$F" render "$T/p.xml" "$D/recs.jsonl" -o "$TMP/o"
check "the two good records are written in every format" \
  test -s "$TMP/o/甲.pdf" -a -s "$TMP/o/甲.docx" -a -s "$TMP/o/甲.xlsx" -a -s "$TMP/o/乙.txt"
n=$(find "$TMP/o" -type f | wc -l)
((n == 8)) && ok "no file of a record with a bad picture (8 files)" || bad "$n files in $TMP/o"
contains "a missing file names both folders" "$ERR" "'seals/missing.png' is not a file in $T or $D"
contains "'..' is refused" "$ERR" "'../t/logo.png': a picture path may not contain '..'"
contains "a symlink out of the folder is not followed" "$ERR" "'seals/link.png' is not a file in"
contains "an absolute path is refused" "$ERR" "'/etc/hostname': a picture path must be relative"
contains "a truncated PNG is named" "$ERR" "'seals/half.png': PNG: "
contains "a GIF named .png is named" "$ERR" "'seals/gif.png': not a PNG or JPEG file"
contains "the template place of the picture" "$ERR" "p.xml:4:"

expect_exit 2 "validate refuses the same records" "$F" validate "$T/p.xml" "$D/recs.jsonl"
contains "validate: 2 of 8 valid" "$OUT" "2 of 8"
contains "validate names the missing file" "$ERR" "'seals/missing.png' is not a file in"

txt=$(cat "$TMP/o/甲.txt")
contains "TXT: the image's alt text" "$txt" "单位标志：[标志]"
contains "TXT: the QR code's value" "$txt" "核验码：[A1|甲]"
contains "TXT: the seal's alt text after the 署名" "$txt" "甲[电子印章]"
contains "TXT: no seal where the record has none" "$(cat "$TMP/o/乙.txt")" "乙"
if grep -q "电子印章" "$TMP/o/乙.txt"; then bad "乙 has no seal but its TXT names one"; else ok "乙's TXT has no seal"; fi

# A fixed file that is missing or broken fails when the template loads.
sed 's/logo.png/nope.png/' "$T/p.xml" >"$T/q.xml"
expect_exit 3 "a template naming a missing file" "$F" render "$T/q.xml" "$D/recs.jsonl" -o "$TMP/q"
contains "…with its line and column" "$ERR" "q.xml:2:23: 'nope.png' is not a file in"
check "…and nothing is written" test ! -e "$TMP/q"

# Same input, same bytes, at -j 1 and -j 2.
rec 甲 A1 seals/a.png >"$D/one.jsonl"
rec 乙 A2 seals/a.png >>"$D/one.jsonl"
"$F" render "$T/p.xml" "$D/one.jsonl" -o "$TMP/j1" -j 1 -q
"$F" render "$T/p.xml" "$D/one.jsonl" -o "$TMP/j2" -j 2 -q
check "pictures: byte-identical files at -j 1 and -j 2" diff -r "$TMP/j1" "$TMP/j2"

# The shipped notice: the seal over 署名 and 成文日期, as GB/T 9704 7.3.5.1 places it.
N=$SRC/samples/notice-2016-135.json
expect_exit 0 "render the sealed notice" "$F" render notice "$N" -o "$TMP/n" -q
NP="$TMP/n/鲁人社字〔2016〕135号"
check "notice PDF: GB/T 9704 layout with the seal" \
  $PY "$SRC/tests/e2e/check_official_documents.py" notice "$NP.pdf" "$N"
imgs=$(pdfimages -list "$NP.pdf" | awk 'NR > 2 {printf "%s ", $3}')
[[ $imgs == "image smask " ]] && ok "notice PDF: one seal image with its soft mask" ||
  bad "notice PDF images: $imgs"
contains "notice TXT: the seal's alt text" "$(cat "$NP.txt")" "[电子印章]"
# Without 印章 the unsealed layout (7.3.5.2) comes back.
$PY -c 'import json,sys; d=json.load(open(sys.argv[1])); d.pop("印章"); json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False)' "$N" "$TMP/unsealed.json"
expect_exit 0 "render the notice without a seal" "$F" render notice "$TMP/unsealed.json" -o "$TMP/u" -q
check "unsealed notice: GB/T 9704 7.3.5.2 layout" \
  $PY "$SRC/tests/e2e/check_official_documents.py" notice "$TMP/u/鲁人社字〔2016〕135号.pdf" "$TMP/unsealed.json"
n=$(pdfimages -list "$TMP/u/鲁人社字〔2016〕135号.pdf" | tail -n +3 | wc -l)
((n == 0)) && ok "unsealed notice: no image" || bad "unsealed notice: $n images"
finish
