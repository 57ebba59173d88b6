#!/usr/bin/env bash
# A user points font roles at other fonts with --fonts FILE: the PDF then
# embeds those (as subsets), and a font that cannot be found is an error
# naming the role and the package, with nothing written.
source "$(dirname "$0")/lib.sh"
S=$SRC/samples/settlement-2016.json
default_fonts=$("$FORMWORK_BIN" render settlement "$S" -o "$TMP/d" -f pdf -q 2>/dev/null &&
  pdffonts "$TMP/d/2016002-经费决算表.pdf" | tail -n +3 | awk '{print $1}')
contains "default 黑体 role is Droid Sans Fallback" "$default_fonts" "DroidSansFallback"

printf '{"hei": "AR PL KaitiM GB"}\n' >"$TMP/fonts.json"
expect_exit 0 "render with --fonts" "$FORMWORK_BIN" render settlement "$S" -o "$TMP/k" -f pdf,docx \
  --fonts "$TMP/fonts.json" -q
fonts=$(pdffonts "$TMP/k/2016002-经费决算表.pdf" | tail -n +3 | awk '{print $1 " " $(NF-4) $(NF-3) $(NF-2)}')
contains "黑体 role now uses the named family (AR PL KaitiM GB = GBZenKai)" "$fonts" "GBZenKai"
if grep -q DroidSansFallback <<<"$fonts"; then bad "Droid Sans Fallback still embedded"; else ok "Droid Sans Fallback no longer embedded"; fi
if grep -qv "yesyesyes" <<<"$fonts"; then bad "a font not embedded/subset/unicode: $fonts"; else ok "all fonts embedded subsets with ToUnicode"; fi

docx_fonts=$(unzip -p "$TMP/k/2016002-经费决算表.docx" word/document.xml word/styles.xml)
contains "DOCX names the user's 黑体 family in w:eastAsia" "$docx_fonts" 'w:eastAsia="AR PL KaitiM GB"'

printf '{"fangsong": "No Such Font GB2312"}\n' >"$TMP/missing.json"
expect_exit 4 "missing font family" "$FORMWORK_BIN" render settlement "$S" -o "$TMP/m" -f pdf \
  --fonts "$TMP/missing.json"
contains "missing font names the role" "$ERR" "fangsong"
contains "missing font names the family" "$ERR" "No Such Font GB2312"
n=$(find "$TMP/m" -type f 2>/dev/null | wc -l)
if ((n == 0)); then ok "missing font: nothing written"; else bad "missing font: $n files written"; fi
# fonts.json next to the templates is read without --fonts (docs/fonts.md),
# and --templates is accepted after the subcommand.
mkdir -p "$TMP/own/templates" "$TMP/own/schemas"
cp "$SRC/templates/settlement.xml" "$TMP/own/templates/"
cp "$SRC"/schemas/settlement.* "$TMP/own/schemas/"
printf '{"hei": "AR PL KaitiM GB"}\n' >"$TMP/own/templates/fonts.json"
expect_exit 0 "render --templates DIR after the subcommand" "$FORMWORK_BIN" render \
  --templates "$TMP/own/templates" settlement "$S" -o "$TMP/own/out" -f pdf,docx,xlsx -q
fonts=$(pdffonts "$TMP/own/out/2016002-经费决算表.pdf" | tail -n +3 | awk '{print $1}')
contains "fonts.json beside the templates: 黑体 is GBZenKai in the PDF" "$fonts" "GBZenKai"
if grep -q DroidSansFallback <<<"$fonts"; then bad "fonts.json ignored: Droid Sans Fallback embedded"; else ok "fonts.json: Droid Sans Fallback not embedded"; fi
contains "fonts.json: the DOCX names the family" \
  "$(unzip -p "$TMP/own/out/2016002-经费决算表.docx" word/document.xml word/styles.xml)" "AR PL KaitiM GB"
contains "fonts.json: the XLSX names the family" \
  "$(unzip -p "$TMP/own/out/2016002-经费决算表.xlsx" xl/styles.xml)" "AR PL KaitiM GB"
finish
