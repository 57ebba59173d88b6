#!/usr/bin/env bash
# The batch: the same files at any -j, one malformed JSON Lines line never
# loses the others, the print file's copies and duplex padding, --strict for
# characters no font has, and no progress line when stderr is not a terminal.
source "$(dirname "$0")/lib.sh"
F=$FORMWORK_BIN
T=$TMP/t
mkdir -p "$T"
P=$SRC/samples/plan-2016.json
tpl=(--templates "$SRC/templates")

# 1. -j 1 and -j 3 give byte-identical files, messages in record order.
"$F" "${tpl[@]}" render acceptance "$P" -o "$T/j1" --merge "$T/j1/all.pdf" -j 1 >"$T/j1.out" 2>/dev/null
"$F" "${tpl[@]}" render acceptance "$P" -o "$T/j3" --merge "$T/j3/all.pdf" -j 3 >"$T/j3.out" 2>"$T/j3.err"
if diff -r "$T/j1" "$T/j3" >/dev/null; then ok "-j 1 and -j 3: identical files ($(ls "$T/j1" | wc -l))"; else bad "-j 3 files differ from -j 1"; fi
if diff <(sed "s#$T/j1#D#g" "$T/j1.out") <(sed "s#$T/j3#D#g" "$T/j3.out") >/dev/null; then ok "-j 3 prints records in order"; else bad "-j 3 messages out of order"; fi
contains "no progress line when stderr is not a terminal" "$(cat "$T/j3.err")" "formwork: rendered 96 of 96"
if grep -q $'\r' "$T/j3.err"; then bad "a progress line reached a file"; else ok "stderr holds no progress redraws"; fi

# 2. A malformed line: reported with line and column, the others rendered.
$PY - "$P" "$T/bad.jsonl" <<'PY'
import json, sys
rows = json.load(open(sys.argv[1], encoding="utf-8"))[:3]
lines = [json.dumps(r, ensure_ascii=False) for r in rows]
lines[1] = lines[1][:40]  # cut in the middle of a string
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(lines) + "\n")
PY
expect_exit 2 "a malformed JSON Lines line" "$F" "${tpl[@]}" render acceptance "$T/bad.jsonl" -o "$T/bad" -j 2
contains "names the line and column" "$ERR" "record 2 (line 2) cannot be read"
contains "and the file" "$ERR" "bad.jsonl: line 2, column"
contains "the others are rendered" "$ERR" "rendered 2 of 3 records"
n=$(ls "$T/bad" | wc -l)
if ((n == 8)); then ok "two records' files written"; else bad "$n files written, expected 8"; fi

# 3. Print files: copies and duplex padding, one bookmark per record.
"$F" "${tpl[@]}" render acceptance "$P" -f txt -o "$T/p" --merge "$T/p/x3.pdf" --copies 3 -q 2>/dev/null
pages=$(qpdf --show-npages "$T/p/x3.pdf")
if ((pages == 288)); then ok "--copies 3: 288 pages for 96 one-page forms"; else bad "--copies 3: $pages pages"; fi
"$F" "${tpl[@]}" render acceptance "$P" -f txt -o "$T/p" --merge "$T/p/d.pdf" --duplex -q 2>/dev/null
pages=$(qpdf --show-npages "$T/p/d.pdf")
# Each record starts on a front (odd) page: a blank back after every form
# but the last, which needs none.
if ((pages == 191)); then ok "--duplex: every form starts on a front page (191 pages)"; else bad "--duplex: $pages pages"; fi
marks=$($PY -c "import json,subprocess,sys; j=json.loads(subprocess.run(['qpdf','--json','--json-key=outlines',sys.argv[1]],capture_output=True,text=True).stdout); print(len(j['outlines']))" "$T/p/d.pdf")
if ((marks == 96)); then ok "96 bookmarks"; else bad "$marks bookmarks"; fi
check "print files pass qpdf --check" qpdf --check "$T/p/x3.pdf"

# 4. A character no installed font has: a warning naming it, or with
#    --strict an error and nothing written.
cat >"$T/pua.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<form name="pua" title="t" output="{{name}}" font="song" size="12"><p>{{text}}</p></form>
XML
echo '{"name": "p", "text": "私用区\uF8FF字"}' >"$T/pua.json"
expect_exit 0 "a character no font has: rendered" "$F" render "$T/pua.xml" "$T/pua.json" -o "$T/w" -f pdf
contains "with a warning naming the code point" "$ERR" "U+F8FF"
expect_exit 2 "--strict: an error" "$F" render "$T/pua.xml" "$T/pua.json" -o "$T/s" -f pdf --strict
if [[ ! -e $T/s/p.pdf ]]; then ok "--strict: nothing written"; else bad "--strict wrote p.pdf"; fi

# 5. A --merge file named like a record's PDF in the output folder: the
#    record gets "-2" instead of being overwritten by the print file.
echo '{"name": "p", "text": "甲"}' >"$T/p1.json"
"$F" render "$T/pua.xml" "$T/p1.json" -o "$T/m" --merge "$T/m/p.pdf" -q 2>/dev/null
if [[ -f $T/m/p-2.pdf && -f $T/m/p.pdf ]]; then ok "--merge out/p.pdf leaves record p as p-2.pdf"; else bad "merge collision: $(ls "$T/m")"; fi
# An unwritable --merge folder stops the batch before any record.
expect_exit 4 "--merge into a folder that cannot exist" "$F" render "$T/pua.xml" "$T/p1.json" -o "$T/m2" --merge /proc/no/all.pdf
if [[ -z $(ls "$T/m2" 2>/dev/null) ]]; then ok "nothing rendered before the merge folder failed"; else bad "records written before the merge error"; fi

echo "$passed passed, $failed failed"
((failed == 0))
