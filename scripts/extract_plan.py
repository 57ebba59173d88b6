#!/usr/bin/env python3
"""Transcribes 附件1 (the 2016 plan list) of 鲁人社字〔2016〕135号 from the
seed text into samples/plan-2016.json, so no row is typed by hand.

Usage: scripts/extract_plan.py SEED.txt OUT.json
The seed repeats the header row before each block of ten projects, and one
block carries two extra (empty) 承办单位/联系电话 columns; both are handled.
Fails loudly unless it finds exactly 96 rows numbered 2016001…2016096.
"""
import json
import re
import sys

ROW = re.compile(r"^2016\d{3}\t")


def parse_row(line):
    f = [c.strip() for c in line.rstrip("\n").split("\t")]
    if len(f) < 7:
        raise SystemExit(f"short row: {line!r}")
    flag = f[-1]
    if flag not in ("N", "P"):
        raise SystemExit(f"row without N/P flag: {line!r}")
    return {
        "编号": f[0],
        "项目名称": f[1],
        "申报单位": f[2],
        "申报单位联系电话": f[3],
        "承办单位": f[4],
        "承办单位联系电话": f[5],
        "标识": flag,
    }


def main():
    seed, out = sys.argv[1], sys.argv[2]
    with open(seed, encoding="utf-8") as fh:
        text = fh.read()
    start = text.index("## 附件 1")
    end = text.index("注：“标识”", start)
    rows = [parse_row(l) for l in text[start:end].splitlines() if ROW.match(l)]
    expected = [f"2016{n:03d}" for n in range(1, 97)]
    got = [r["编号"] for r in rows]
    if got != expected:
        raise SystemExit(f"expected 96 rows 2016001..2016096, got {len(got)}")
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(rows, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    n = sum(r["标识"] == "N" for r in rows)
    print(f"{out}: {len(rows)} projects ({n} N, {len(rows) - n} P)")


if __name__ == "__main__":
    main()
