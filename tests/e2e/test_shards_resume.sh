#!/usr/bin/env bash
# Shards, `formwork merge`, the manifest and --resume: a batch split over
# shards gives the files of a whole run, joined print files keep record
# order and bookmarks, a damaged part is refused, and a batch killed with
# kill -9 is finished by running the same command with --resume.
source "$(dirname "$0")/lib.sh"
F=$FORMWORK_BIN
T=$TMP/t
mkdir -p "$T"
tpl=(--templates "$SRC/templates")

# 300 acceptance records; records 99 and 100 share 编号 2000099, so the
# second is named "-2" — across the border of shards 0 and 1 of 3.
$PY - "$SRC/samples/plan-2016.json" "$T/r.jsonl" <<'PY'
import json, sys
base = json.load(open(sys.argv[1], encoding="utf-8"))
with open(sys.argv[2], "w", encoding="utf-8") as fh:
    for i in range(300):
        r = dict(base[i % len(base)])
        r["编号"] = f"2000{min(i, 99) if i == 100 else i:03d}"
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
PY
numbers() { pdftotext "$1" - | grep -oE '\b2000[0-9]{3}\b' | uniq | tr '\n' ' '; }
outline() { qpdf --json --json-key=outlines "$1" | $PY -c 'import json,sys; print(len(json.load(sys.stdin)["outlines"]))'; }

"$F" "${tpl[@]}" render acceptance "$T/r.jsonl" -o "$T/whole" --merge "$T/whole.pdf" -q 2>/dev/null

# 1. Three shards into one folder = the whole run, byte for byte.
for i in 0 1 2; do
  expect_exit 0 "shard $i/3" "$F" "${tpl[@]}" render acceptance "$T/r.jsonl" -o "$T/parts" \
    --merge "$T/part-$i.pdf" --shard $i/3 -q
done
contains "a shard reports its block" "$ERR" "rendered 100 of 100 records (shard 2/3 of 300)"
if diff -r "$T/whole" "$T/parts" >/dev/null; then
  ok "3 shards: the same $(ls "$T/whole" | wc -l) files as one run (names included)"
else
  bad "shards' files differ from the whole run"
fi
check "the duplicate 编号 across the shard border is named -2" test -f "$T/parts/2000099-验收表-2.pdf"

# 2. merge: pages, record order and one bookmark per record.
expect_exit 0 "formwork merge of 3 parts" "$F" merge "$T/joined.pdf" "$T/part-0.pdf" "$T/part-1.pdf" "$T/part-2.pdf"
contains "merge reports pages and bookmarks" "$OUT" "(300 pages, 300 bookmarks)"
check "joined file passes qpdf --check" qpdf --check "$T/joined.pdf"
if [[ "$(numbers "$T/joined.pdf")" == "$(numbers "$T/whole.pdf")" ]]; then
  ok "joined 编号 in the order of the whole run's print file"
else
  bad "joined 编号 differ from the whole run's"
fi
n=$(outline "$T/joined.pdf")
if ((n == 300)); then ok "joined file: 300 bookmarks"; else bad "joined file: $n bookmarks"; fi
"$F" merge "$T/joined2.pdf" "$T/part-0.pdf" "$T/part-1.pdf" "$T/part-2.pdf" >/dev/null
check "merge is deterministic" cmp -s "$T/joined.pdf" "$T/joined2.pdf"
check_pdfs "joined file's fonts embedded, subset, ToUnicode" "$T/joined.pdf"

# 3. A damaged or missing part is refused and nothing is written.
head -c 20000 "$T/part-1.pdf" >"$T/cut.pdf"
expect_exit 2 "a truncated part" "$F" merge "$T/bad.pdf" "$T/part-0.pdf" "$T/cut.pdf"
contains "names the part" "$ERR" "cut.pdf"
check "no joined file from a damaged part" test ! -e "$T/bad.pdf"
expect_exit 1 "a missing part" "$F" merge "$T/bad.pdf" "$T/part-0.pdf" "$T/none.pdf"
expect_exit 1 "--resume without --manifest" "$F" "${tpl[@]}" render acceptance "$T/r.jsonl" -o "$T/x" --resume
expect_exit 1 "--shard 3/3" "$F" "${tpl[@]}" render acceptance "$T/r.jsonl" -o "$T/x" --shard 3/3

# 4. kill -9, then the same command with --resume.
run=(render acceptance "$T/r.jsonl" -o "$T/k" --merge "$T/k.pdf" -j 1 -q --manifest "$T/k.jsonl")
"$F" "${tpl[@]}" "${run[@]}" >/dev/null 2>&1 &
pid=$!
for _ in $(seq 100); do
  (($(cat "$T/k.jsonl" 2>/dev/null | wc -l) >= 40)) && break
  sleep 0.05
done
kill -9 $pid
wait $pid 2>/dev/null
before=$(wc -l <"$T/k.jsonl")
if ((before > 0 && before < 300)); then ok "killed after $before of 300 records"; else bad "kill came at $before records"; fi
check "no print file from the killed run" test ! -e "$T/k.pdf"
: >"$T/k/.formwork-abcdefghijkl.tmp"  # a temporary a killed run left
expect_exit 0 "--resume finishes the batch" "$F" "${tpl[@]}" "${run[@]}" --resume
contains "kept records are counted" "$ERR" "kept from the manifest unchanged"
if diff -r "$T/whole" "$T/k" >/dev/null; then ok "resumed files = a whole run's"; else bad "resumed files differ"; fi
check "resumed print file = a whole run's" cmp -s "$T/whole.pdf" "$T/k.pdf"
check "the stale temporary is gone" test ! -e "$T/k/.formwork-abcdefghijkl.tmp"
n=$($PY -c 'import json,sys; print(len({json.loads(l)["record"] for l in open(sys.argv[1])}))' "$T/k.jsonl")
if ((n == 300)); then ok "manifest lists all 300 records"; else bad "manifest lists $n records"; fi
$PY - "$T/k.jsonl" <<'PY' && ok "manifest sizes and SHA-256 match the files" || bad "manifest entries do not match the files"
import hashlib, json, os, sys
last = {}
for line in open(sys.argv[1], encoding="utf-8"):
    e = json.loads(line)
    last[e["record"]] = e
for e in last.values():
    assert e["status"] == "written", e
    assert len(e["files"]) == 4, e
    for f in e["files"]:
        data = open(f["path"], "rb").read()
        assert len(data) == f["size"] and hashlib.sha256(data).hexdigest() == f["sha256"], f
PY

# 5. --resume renders again what changed: an edited file, a changed record.
run=(render acceptance "$T/r.jsonl" -o "$T/k" -j 2 --manifest "$T/k.jsonl" --resume)
echo tampered >"$T/k/2000007-验收表.txt"
sed -i '13s/"承办单位": "/"承办单位": "改 /' "$T/r.jsonl"
"$F" "${tpl[@]}" "${run[@]}" >"$T/r2.out" 2>"$T/r2.err"
rerendered=$(grep -c ' → ' "$T/r2.out")
contains "the rest is kept" "$(cat "$T/r2.err")" "298 kept from the manifest unchanged"
if ((rerendered == 2)); then ok "the edited file's and the changed record's sets rendered again"; else bad "$rerendered records rendered again, expected 2"; fi
check "the edited file is restored" cmp -s "$T/whole/2000007-验收表.txt" "$T/k/2000007-验收表.txt"
finish
