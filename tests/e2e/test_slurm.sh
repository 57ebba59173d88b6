#!/usr/bin/env bash
# Shards on a real scheduler: a private one-node Slurm cluster runs a 4-task
# array over 2,000 acceptance records (render --shard $SLURM_ARRAY_TASK_ID/
# $SLURM_ARRAY_TASK_COUNT), `formwork merge` joins the 4 print files, and
# every output and every 编号 of the joined file must be there, in order,
# and equal to a single-process run's (docs/scale.md).
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/slurm_cluster.sh"
F=$FORMWORK_BIN
T=$TMP/t
mkdir -p "$T/parts"
trap 'slurm_stop; rm -rf "$TMP"' EXIT

for tool in slurmctld slurmd sbatch sinfo munged pdftotext; do
  if ! command -v $tool >/dev/null; then
    bad "$tool not installed (scripts/setup.sh installs slurmd slurmctld slurm-client munge)"
    finish
    exit
  fi
done
if ((EUID != 0)); then
  bad "the one-node cluster needs root (SlurmUser=root)"
  finish
  exit
fi

$PY - "$SRC/samples/plan-2016.json" "$T/r.jsonl" <<'PY'
import json, sys
base = json.load(open(sys.argv[1], encoding="utf-8"))
with open(sys.argv[2], "w", encoding="utf-8") as fh:
    for i in range(2000):
        r = dict(base[i % len(base)])
        r["编号"] = f"20{i // 1000:02d}{i % 1000:03d}"
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
PY

check "one-node Slurm cluster up (sinfo: idle)" slurm_start "$T/cluster"

cat >"$T/job.sh" <<JOB
#!/bin/bash
exec "$F" --templates "$SRC/templates" render acceptance "$T/r.jsonl" -o "$T/out" -q \\
  --shard "\$SLURM_ARRAY_TASK_ID/\$SLURM_ARRAY_TASK_COUNT" \\
  --merge "$T/parts/part-\$SLURM_ARRAY_TASK_ID.pdf" \\
  --manifest "$T/parts/manifest-\$SLURM_ARRAY_TASK_ID.jsonl"
JOB
chmod +x "$T/job.sh"
expect_exit 0 "sbatch --wait --array=0-3" sbatch --wait --array=0-3 -o "$T/task-%a.log" "$T/job.sh"
for i in 0 1 2 3; do
  contains "task $i rendered its 500 records" "$(cat "$T/task-$i.log" 2>/dev/null)" \
    "rendered 500 of 500 records (shard $i/4 of 2000)"
done
expect_exit 0 "formwork merge of the 4 parts" "$F" merge "$T/all.pdf" "$T"/parts/part-{0,1,2,3}.pdf
contains "joined: 2,000 pages and bookmarks" "$OUT" "(2000 pages, 2000 bookmarks)"

"$F" --templates "$SRC/templates" render acceptance "$T/r.jsonl" -o "$T/single" \
  --merge "$T/single.pdf" -q 2>/dev/null
n=$(ls "$T/out" | wc -l)
if ((n == 8000)); then ok "8,000 files (2,000 records × 4 formats)"; else bad "$n files, expected 8000"; fi
if diff -r "$T/single" "$T/out" >/dev/null; then
  ok "every output equals the single-process run's, byte for byte"
else
  bad "shard outputs differ from the single-process run's"
fi
numbers() { pdftotext "$1" - | grep -oE '\b20[0-9]{5}\b' | uniq; }
numbers "$T/all.pdf" >"$T/all.txt"
numbers "$T/single.pdf" >"$T/single.txt"
$PY -c 'print("\n".join(f"20{i // 1000:02d}{i % 1000:03d}" for i in range(2000)))' >"$T/want.txt"
check "every 编号 of the joined file there once, in record order" cmp -s "$T/all.txt" "$T/want.txt"
check "the joined file's 编号 equal the single run's print file" cmp -s "$T/all.txt" "$T/single.txt"
check "joined file passes qpdf --check" qpdf --check "$T/all.pdf"
finish
