#!/usr/bin/env bash
# 续表 and 过次页/承前页 (issue 11, section 2): a 70-row expense list read
# back from the PDF page by page: every page but the last ends with 过次页
# and the sum of the amounts printed so far; every page but the first opens
# with 续表, the header and 承前页 with the same sums; the 合计 equals the
# last carried total plus the last page's rows. The DOCX has no such rows
# (Word cannot sum per page) and every amount once.
source "$(dirname "$0")/lib.sh"
need_all pdftotext
F=$FORMWORK_BIN
T=$TMP/t
mkdir -p "$T"
cat >"$T/c.xml" <<'XML'
<form name="carry">
  <title>经费支出明细表</title>
  <table widths="12mm,auto,32mm,32mm" continued="续表" carry-columns="3,4">
    <row header="true"><cell label="true">序号</cell><cell label="true">摘要</cell><cell label="true">金额（元）</cell><cell label="true">其中：财政拨款</cell></row>
    <each in="费用" as="f" index="i">
      <row><cell align="center">{{i}}</cell><cell>{{f.摘要}}</cell><cell align="right" value="{{f.金额}}" format="money"/><cell align="right" value="{{f.拨款}}" format="money"/></row>
    </each>
    <row><cell colspan="2" align="center">合计</cell><cell align="right" value="{{sum(费用.金额)}}" format="money"/><cell align="right" value="{{sum(费用.拨款)}}" format="money"/></row>
  </table>
</form>
XML
$PY - "$T/d.json" <<'PY'
import json, sys
rows = [{"摘要": f"办公用品采购第{i}笔" + ("，含会议室设备维修及耗材" if i % 7 == 0 else ""),
         "金额": round(1234.5 + i * 17.25, 2), "拨款": round(1000 + i * 3.1, 2)} for i in range(1, 71)]
json.dump({"费用": rows}, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False)
PY
expect_exit 0 "render a 70-row list" "$F" render -q "$T/c.xml" "$T/d.json" -o "$T/o" -f pdf,docx
check "the PDF has several pages" test "$(pdfinfo "$T/o/carry.pdf" | awk '/^Pages/{print $2}')" -ge 3
report=$($PY - "$T/o/carry.pdf" "$T/d.json" <<'PY'
import json, re, subprocess, sys
from decimal import Decimal
pdf, data = sys.argv[1], json.load(open(sys.argv[2], encoding="utf-8"), parse_float=Decimal)
rows = data["费用"]
n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))
money = lambda s: Decimal(s.replace(",", ""))
problems, done = [], 0
for p in range(1, n + 1):
    text = subprocess.run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), pdf, "-"],
                          capture_output=True, text=True).stdout
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    # A row's 序号 line: "12  办公用品…" or, for a row of two lines, "7  1,355.25  1,021.70".
    numbers = [int(m.group(1)) for l in lines
               if (m := re.match(r"(\d+)\s+(办公用品|[\d,]+\.\d\d\s)", l))]
    if p > 1:
        if lines[0] != "续表": problems.append(f"p{p}: first line {lines[0]!r}, not 续表")
        carried = [l for l in lines if l.startswith("承前页")]
        want = (sum(r["金额"] for r in rows[:done]), sum(r["拨款"] for r in rows[:done]))
        got = tuple(money(x) for x in carried[0].split()[1:]) if carried else None
        if got != want: problems.append(f"p{p}: 承前页 {got} != {want}")
    if numbers and numbers[0] != done + 1: problems.append(f"p{p}: starts at row {numbers[0]}, expected {done + 1}")
    done = numbers[-1] if numbers else done
    over = [l for l in lines if l.startswith("过次页")]
    if p < n:
        want = (sum(r["金额"] for r in rows[:done]), sum(r["拨款"] for r in rows[:done]))
        got = tuple(money(x) for x in over[0].split()[1:]) if over else None
        if got != want: problems.append(f"p{p}: 过次页 {got} != {want}")
        if lines[-1] != over[-1] if over else True: problems.append(f"p{p}: 过次页 is not the page's last line")
    elif over: problems.append(f"p{p}: 过次页 on the last page")
total = [l for l in lines if l.startswith("合计")]
if done != 70: problems.append(f"{done} rows printed")
if not total or money(total[0].split()[1]) != sum(r["金额"] for r in rows): problems.append(f"合计 {total}")
print("; ".join(problems) if problems else f"ok {n} pages")
PY
)
contains "each page's 过次页/承前页 totals equal the rows printed so far" "$report" "ok "
docx=$($PY - "$T/o/carry.docx" <<'PY'
import sys, docx
t = docx.Document(sys.argv[1]).tables
print(len(t), sum(len(x.rows) for x in t), any("过次页" in c.text for x in t for r in x.rows for c in r.cells))
PY
)
contains "DOCX: one table of 72 rows, no 过次页 rows" "$docx" "1 72 False"
finish
