#!/usr/bin/env bash
# Output safety (issue 9, items 3, 4 and 11): planted symlinks never make
# formwork write outside the output folder; a record's files appear all
# together or not at all, with no temporary left; an unwritable output
# folder is an I/O error (exit 4) before any record is rendered; stale
# temporaries are removed; messages about unusable data are valid UTF-8
# and name binary formats.
source "$(dirname "$0")/lib.sh"
F=$FORMWORK_BIN
S=$SRC/samples/settlement-2016.json
ALL=pdf,docx,xlsx,txt
outside=$TMP/outside
mkdir -p "$outside"
echo "precious" >"$outside/victim"
fingerprint() { (cd "$outside" && find . -printf '%p %s %T@\n' | sort && cat victim); }
before=$(fingerprint)
untouched() { # DESCRIPTION
  if [[ $(fingerprint) == "$before" ]]; then ok "$1: nothing outside changed"; else bad "$1: a file outside the output folder changed"; fi
}
no_temporaries() { # DESCRIPTION DIR
  local n; n=$(find "$2" -name '.formwork-*' -o -name '*.tmp-*' | wc -l)
  if ((n == 0)); then ok "$1: no temporary left"; else bad "$1: $n temporaries left: $(find "$2" -name '.*')"; fi
}
utf8_stderr() { # DESCRIPTION: the last command's stderr decodes as UTF-8
  if $PY -c 'import sys; open(sys.argv[1], "rb").read().decode("utf-8")' "$TMP/.stderr"; then
    ok "$1: stderr is valid UTF-8"
  else
    bad "$1: stderr is not valid UTF-8: $(cat -v "$TMP/.stderr")"
  fi
}

# The output names, from a clean run.
expect_exit 0 "a clean run" "$F" render settlement "$S" -f $ALL -o "$TMP/clean" -q
mapfile -t names < <(cd "$TMP/clean" && ls)
((${#names[@]} == 8)) && ok "8 files for 2 records" || bad "clean run made ${#names[@]} files"
base1=${names[0]%.*}

# Symlinks at every name an attacker could predict: each final output name
# and the temporary names of earlier versions (".NAME.EXT.tmp-PID" for the
# next few hundred pids) point at a file outside.
o=$TMP/planted
mkdir -p "$o"
next=$(($(sh -c 'echo $$') + 1))
for n in "${names[@]}"; do
  ln -s "$outside/victim" "$o/$n"
  for ((pid = next; pid < next + 300; pid++)); do ln -s "$outside/victim" "$o/.$n.tmp-$pid"; done
done
ln -s "$outside/victim" "$o/.formwork-AAAAAAAAAAAA.tmp"
mkdir -p "$TMP/tmpdir"
TMPDIR=$TMP/tmpdir expect_exit 0 "planted symlinks" "$F" render settlement "$S" -f $ALL -o "$o" -q
untouched "planted symlinks"
kinds=$(for n in "${names[@]}"; do stat -c %F "$o/$n"; done | sort -u)
contains "each output replaced its symlink by a regular file" "$kinds" "regular file"
[[ $kinds == "regular file" ]] && ok "no output is still a symlink" || bad "kinds: $kinds"
[[ -L $o/.formwork-AAAAAAAAAAAA.tmp ]] && ok "a symlink of the temporary naming is left alone" ||
  bad "a symlink named like a temporary was removed"
check_pdfs "outputs written past symlinks are whole" "$o"
$PY - "$o" <<'PY' && ok "XLSX and DOCX written past symlinks open" || bad "XLSX/DOCX past symlinks"
import glob, sys, docx, openpyxl
for f in glob.glob(sys.argv[1] + "/*.xlsx"): openpyxl.load_workbook(f)
for f in glob.glob(sys.argv[1] + "/*.docx"): docx.Document(f)
PY
left=$(find "$TMP/tmpdir" -mindepth 1 | wc -l)
((left == 0)) && ok "libxlsxwriter's private temporary folder is removed" || bad "$left entries left in TMPDIR"

# A stale temporary of a killed run is removed; other hidden files stay.
o=$TMP/stale
mkdir -p "$o"
echo partial >"$o/.formwork-k1LLed9RUNxx.tmp"
echo mine >"$o/.notes"
expect_exit 0 "stale temporaries" "$F" render settlement "$S" -f txt -o "$o" -q
[[ ! -e $o/.formwork-k1LLed9RUNxx.tmp ]] && ok "stale temporary removed" || bad "stale temporary kept"
[[ -f $o/.notes ]] && ok "other hidden files stay" || bad ".notes removed"

# All or nothing, XLSX failing in its writer: a formula that disagrees with
# its value (TemplateError) leaves none of the record's PDF/DOCX/TXT.
sed "s|\"\.\./schemas/|\"$SRC/schemas/|g" "$SRC/templates/appraisal.xml" |
  sed 's|formula="ROUND((RC\[-2\]+RC\[-1\])/2,2)"|formula="ROUND((RC[-2]+RC[-1])/2.1,2)"|' >"$TMP/rate.xml"
expect_exit 3 "a formula error in the XLSX" "$F" render "$TMP/rate.xml" "$SRC/samples/appraisal-2016.json" \
  -f $ALL -o "$TMP/rate"
n=$(find "$TMP/rate" -type f | wc -l)
((n == 0)) && ok "formula error: no PDF/DOCX/TXT of the record" || bad "formula error: $n files: $(ls -A "$TMP/rate")"
no_temporaries "formula error" "$TMP/rate"

# All or nothing, the last rename failing: a folder stands at record 1's
# XLSX name, so its set is taken back; record 2 is complete.
o=$TMP/rename
mkdir -p "$o/$base1.xlsx"
expect_exit 4 "a folder in the way of one XLSX" "$F" render settlement "$S" -f $ALL -o "$o"
contains "names the file" "$ERR" "$base1.xlsx"
for ext in pdf docx txt; do
  [[ ! -e $o/$base1.$ext ]] && ok "rename failure: no $ext of record 1" || bad "rename failure: $base1.$ext left"
done
n=$(find "$o" -maxdepth 1 -type f | wc -l)
((n == 4)) && ok "record 2's four files are there" || bad "$n files, expected 4 of record 2"
no_temporaries "rename failure" "$o"

# An unwritable output folder is exit 4 before any record is rendered.
printf 'x' >"$TMP/afile"
expect_exit 4 "a file where the folder should be" "$F" render settlement "$S" -o "$TMP/afile"
contains "says what is in the way" "$ERR" "a file of that name is in the way"
expect_exit 4 "a folder below a file" "$F" render settlement "$S" -o "$TMP/afile/sub"
[[ $ERR != *"record "* ]] && ok "no record rendered before the folder error" || bad "records rendered: $ERR"
mkdir -p "$TMP/ro"
chmod 555 "$TMP/ro"
if [[ $(id -u) == 0 ]]; then
  # chmod does not stop root: run as nobody (setpriv, util-linux).
  if command -v setpriv >/dev/null; then
    chmod 755 "$TMP"
    cp "$S" "$TMP/data.json" && chmod 644 "$TMP/data.json"
    as_nobody=(setpriv --reuid=65534 --regid=65534 --clear-groups env HOME=/tmp)
  elif [[ ${CI:-} == true ]]; then
    bad "read-only folder: running as root and setpriv is missing"
  fi
else
  as_nobody=()
  cp "$S" "$TMP/data.json"
fi
if [[ $(id -u) != 0 ]] || command -v setpriv >/dev/null; then
  expect_exit 4 "a read-only output folder" "${as_nobody[@]}" "$F" render settlement "$TMP/data.json" \
    -f $ALL -o "$TMP/ro"
  contains "says the folder is not writable" "$ERR" "output folder is not writable"
  contains "gives the reason" "$ERR" "Permission denied"
  [[ $ERR != *"record "* ]] && ok "read-only: no record rendered first" || bad "read-only: records rendered: $ERR"
fi

# Messages about unusable data are valid UTF-8 and name binary formats.
d=$TMP/data
mkdir -p "$d"
printf '[{"编号": "\\ud800é"}]' >"$d/surrogate.json"
expect_exit 2 "a lone surrogate" "$F" render settlement "$d/surrogate.json" -o "$TMP/m"
utf8_stderr "a lone surrogate"
contains "quotes the whole character" "$ERR" "\\ud800é'"
printf '[1, n中]' >"$d/literal.json"
expect_exit 2 "a bad literal before Chinese text" "$F" render settlement "$d/literal.json" -o "$TMP/m"
utf8_stderr "a bad literal"
head -c 4000 /dev/urandom >"$d/random.bin"
expect_exit 2 "random bytes" "$F" render settlement "$d/random.bin" -o "$TMP/m"
utf8_stderr "random bytes"
cp "$(ls "$TMP"/clean/*.xlsx | head -1)" "$d/workbook.json"
expect_exit 2 "an XLSX named .json as data" "$F" render settlement "$d/workbook.json" -o "$TMP/m"
utf8_stderr "an XLSX as data"
contains "an XLSX is named" "$ERR" "is a ZIP archive (an XLSX workbook), not JSON"
contains "the name that reads a workbook is given" "$ERR" "when its name ends in .xlsx"
# A form's own XLSX named .xlsx is read as a table: records, each invalid.
expect_exit 2 "a form's XLSX as table data" "$F" render settlement "$(ls "$TMP"/clean/*.xlsx | head -1)" -o "$TMP/m2"
utf8_stderr "a form's XLSX as table data"
[[ $ERR != *windows-1252* ]] && ok "an XLSX is not called windows-1252" || bad "windows-1252: $ERR"
expect_exit 2 "a PDF as data" "$F" render settlement "$(ls "$TMP"/clean/*.pdf | head -1)" -o "$TMP/m"
contains "a PDF is named" "$ERR" "is a PDF file, not JSON"
gzip -c "$S" >"$d/data.json.gz"
expect_exit 2 "gzip as data" "$F" render settlement "$d/data.json.gz" -o "$TMP/m"
contains "gzip is named" "$ERR" "is a gzip-compressed file, not JSON"
printf '[1, x]' >"$d/$(printf 'caf\xe9').json"
expect_exit 2 "a Latin-1 file name" "$F" render settlement "$d/$(printf 'caf\xe9').json" -o "$TMP/m"
utf8_stderr "a Latin-1 file name" 
untouched "the whole test"
finish
