#!/usr/bin/env bash
# The DOCX reader against LibreOffice: .docx files made by Word's template
# (python-docx), by LibreOffice (from HTML, and re-exported), as WPS writes
# them, and by formwork's own DOCX writer, are read into the document model
# and printed through formwork's PDF writer; pdftotext of that PDF must give
# the text of LibreOffice's PDF of the same .docx, in the same order, and
# the model's tables the rows and columns python-docx reads
# (check_docx_reader.py). The model is printed by office_reader_render, built
# with the tests, so that any .docx (not only templates) can be read
# without the CLI. Under CI=true a missing tool fails.
source "$(dirname "$0")/lib.sh"
D=$TMP/docx-reader
mkdir -p "$D/in"
RENDER=${OFFICE_READER_RENDER:-$(dirname "$FORMWORK_BIN")/office_reader_render}

if [[ ! -x $RENDER ]]; then
  if [[ ${CI:-} == true ]]; then bad "$RENDER not built (target office_reader_render)"; else
    echo "note: $RENDER not built (cmake --build … --target office_reader_render), checks skipped"; fi
  finish; exit
fi
need soffice libreoffice-writer || { finish; exit; }
need pdftotext poppler-utils || { finish; exit; }
$PY -c 'import docx' 2>/dev/null || { need python3-docx python3-docx; finish; exit; }

check "fixtures written (python-docx, WPS-style XML, LibreOffice exports)" \
  $PY "$SRC/tests/e2e/make_docx_fixtures.py" "$D/in" "$SRC/samples/images/seal-sample.png"
# formwork's own DOCX of two samples: the writer's constructs read back.
"$FORMWORK_BIN" render notice "$SRC/samples/notice-2016-135.json" -o "$D/formwork" -f docx -q \
  && "$FORMWORK_BIN" render settlement "$SRC/samples/settlement-2016.json" -o "$D/formwork" -f docx -q
check "formwork wrote sample DOCX files" test -n "$(find "$D/formwork" -name '*.docx' 2>/dev/null)"
find "$D/formwork" -name '*.docx' -exec cp {} "$D/in/" \; 2>/dev/null

$PY "$SRC/tests/e2e/check_docx_reader.py" "$RENDER" "$D/out" "$D"/in/*.docx >"$D/report" 2>&1
rc=$?
cat "$D/report"
if ((rc == 0)); then ok "every DOCX prints the text and tables LibreOffice prints"; else
  bad "DOCX reader differs from LibreOffice (see above)"; fi
contains "the text box of wps-style.docx is warned" "$(cat "$D/report")" \
  "wps-style: warning: text boxes are not printed in PDF, TXT and XLSX (1 in word/document.xml)"
finish
