#!/usr/bin/env bash
# Community appraisal rules expressed from data (issue 11 §1): the deduction a
# score sheet shows is the one applied (分值 − 扣分 = 得分 on every row, also when
# the events exceed the points), per-item deduction caps, bonus caps per kind,
# 一票否决 (vetoed community last, shown as such), 负面清单 items, a rank
# multiplier on one named item, unique ranks with a declared tie-break, long rule
# texts and 9 departments. Both shipped samples are rendered and read back from
# the XLSX (cached values and formulas), the PDF and the TXT; every figure is
# recomputed here by an independent model of the rules, and a few by hand.
source "$(dirname "$0")/lib.sh"
need_all pdftotext
F=$FORMWORK_BIN
TPL=(--templates "$SRC/templates")
A=$SRC/samples/community-appraisal-2023.json
B=$SRC/samples/community-appraisal-2024-b.json

expect_exit 0 "render the 2023 sample" "$F" "${TPL[@]}" render community-appraisal "$A" -o "$TMP/a" -f pdf,xlsx,txt -q
expect_exit 0 "render the 2024-b sample (9 departments, 14 communities)" \
  "$F" "${TPL[@]}" render community-appraisal "$B" -o "$TMP/b" -f pdf,xlsx,txt -q

# Variants: an item whose events exceed its points (the 扣分 5.25 vs 基础得分 96.35
# case of issue 11), and records the checks must refuse.
$PY - "$A" "$B" "$TMP" <<'PY'
import json, sys
a = json.load(open(sys.argv[1], encoding="utf-8"))
b = json.load(open(sys.argv[2], encoding="utf-8"))
out = sys.argv[3]
def save(name, rec):
    json.dump(rec, open(f"{out}/{name}.json", "w", encoding="utf-8"), ensure_ascii=False)
# 东风社区: CG03 (4 分) gets 3 × 2 = 6 points of deductions, DJ02 (3 分) 8 × 0.5 = 4.
a["社区"][0]["扣分"] += [{"项目": "CG03", "次数": 3, "每次分值": 2, "事由": "新增违建3处"},
                         {"项目": "DJ02", "次数": 8, "每次分值": 0.5, "事由": "记录缺失8次"}]
save("over", a)
bad = json.loads(json.dumps(b)); bad["加分规则"]["上限"][0]["上限"] = 6
save("bad-kind-cap", bad)
bad = json.loads(json.dumps(b)); del bad["一票否决处理"]
save("bad-no-veto-rule", bad)
bad = json.loads(json.dumps(b)); bad["单项名次系数"]["项目"] = "XX-9"
save("bad-multiplier-item", bad)
bad = json.loads(json.dumps(b)); bad["项目"][9]["分值"] = 2; bad["部门"][3]["分值"] = 14; bad["部门"][0]["分值"] = 13
save("bad-negative-points", bad)
PY
expect_exit 0 "render: events exceeding an item's points" "$F" "${TPL[@]}" render community-appraisal "$TMP/over.json" -o "$TMP/over" -f xlsx,txt -q

expect_exit 2 "a kind's bonus cap above the total cap is refused" "$F" "${TPL[@]}" validate community-appraisal "$TMP/bad-kind-cap.json"
contains "named by field and rule" "$ERR" "each kind's bonus cap lies within the total bonus cap: join([k.类别"
contains "…with the offending kind" "$ERR" '"、") = "领导批示"'
expect_exit 2 "一票否决 items without 一票否决处理 are refused" "$F" "${TPL[@]}" validate community-appraisal "$TMP/bad-no-veto-rule.json"
contains "and told why" "$ERR" "items marked 一票否决 need 一票否决处理"
expect_exit 2 "a multiplier on an unknown item is refused" "$F" "${TPL[@]}" validate community-appraisal "$TMP/bad-multiplier-item.json"
contains "and told why" "$ERR" "单项名次系数 names a listed item"
expect_exit 2 "a 负面清单 item with points is refused" "$F" "${TPL[@]}" validate community-appraisal "$TMP/bad-negative-points.json"
contains "named" "$ERR" "a 负面清单 item carries no points (分值 0): join([项.编号"

for s in a b; do
  pdftotext -enc UTF-8 -layout "$TMP/$s"/*.pdf "$TMP/$s.pdftxt"
done

check "figures, caps, veto, ranks and multiplier read back from XLSX, PDF and TXT" $PY - "$A" "$B" "$TMP" <<'PY'
import glob, json, re, sys
from decimal import Decimal as D, ROUND_HALF_UP
import openpyxl

failed = 0
def check(ok, what):
    global failed
    print(("ok   " if ok else "FAIL ") + what)
    failed += not ok

def rnd(x, p=2): return x.quantize(D(1).scaleb(-p), rounding=ROUND_HALF_UP)
def num(v): return D(str(v)) if v is not None else None

def model(d):
    """The rules of docs/community-appraisal.md, written independently of the template."""
    items, cs = d["项目"], d["社区"]
    out = []
    for c in cs:
        raw = {i["编号"]: sum((num(e["次数"]) * num(e["每次分值"]) for e in c["扣分"] if e["项目"] == i["编号"]), D(0)) for i in items}
        n = {i["编号"]: sum(1 for e in c["扣分"] if e["项目"] == i["编号"]) for i in items}
        ded, score = {}, {}
        for i in items:
            k, pts, cap = i["编号"], num(i["分值"]), i.get("扣分上限")
            if i.get("负面清单"): lim = num(cap)
            else: lim = min(pts, num(cap)) if cap is not None else pts
            if i.get("计分方式") == "百分制":
                r = next(r for r in c["评分"] if r["项目"] == k)
                if "分项" in i:
                    pct = sum(num(w["权重"]) * num(x) for w, x in zip(i["分项"], r["分项得分"])) / sum(num(w["权重"]) for w in i["分项"])
                else:
                    pct = num(r["得分"])
                dd = pts - rnd(pct * pts / 100)
            elif i.get("一票否决") and i.get("否决范围", "本项") == "本项" and n[k]: dd = pts
            else: dd = raw[k] if lim is None else min(lim, raw[k])
            ded[k], score[k] = dd, pts - dd
        veto_total = sum(n[i["编号"]] for i in items if i.get("一票否决") and i.get("否决范围", "本项") == "总分")
        vetoed = sum(n[i["编号"]] for i in items if i.get("一票否决")) > 0
        caps = [(k["类别"], num(k["上限"])) for k in d["加分规则"].get("上限", [])]
        if "信息宣传上限" in d["加分规则"]: caps.append(("信息宣传", num(d["加分规则"]["信息宣传上限"])))
        bsum = lambda kind=None: sum((num(b["次数"]) * num(b["每次分值"]) for b in c["加分"] if kind is None or b["类别"] == kind), D(0))
        counted = sum((min(cap, bsum(k)) for k, cap in caps), D(0)) + bsum() - sum((bsum(k) for k, _ in caps), D(0))
        out.append(dict(name=c["名称"], raw=raw, ded=ded, score=score, veto_total=veto_total, vetoed=vetoed,
                        items_base=sum(score.values()), bonus=D(0) if veto_total else min(num(d["加分规则"]["总上限"]), counted)))
    m = d.get("单项名次系数")
    for o in out:
        o["adj"] = D(0)
    if m:
        s = [o["score"][m["项目"]] for o in out]
        for i, o in enumerate(out):
            r = 1 + sum(1 for x in s if x > s[i])
            o["item_rank"], o["item_mult"] = r, next(num(b["系数"]) for b in m["档次"] if r <= b["名次至"])
            o["adj"] = rnd(s[i] * o["item_mult"]) - s[i]
    for o in out:
        o["base"] = D(0) if o["veto_total"] else o["items_base"] + o["adj"]
        o["total"] = o["base"] + o["bonus"]
    tie = d.get("并列处理", "并列")
    order = sorted(range(len(out)), key=lambda i: (out[i]["vetoed"], -out[i]["total"],
                                                   -out[i]["base"] if tie == "基础得分" else 0, i))
    for pos, i in enumerate(order, 1):
        o = out[i]
        if tie == "并列":
            before = sum(1 for x in out if not x["vetoed"]) if o["vetoed"] else 0
            o["rank"] = before + 1 + sum(1 for x in out if x["vetoed"] == o["vetoed"] and x["total"] > o["total"])
        else:
            o["rank"] = pos
        if o["vetoed"]:
            o["mult"], o["grade"] = num(d["一票否决处理"]["系数"]), d["一票否决处理"]["等次"]
        else:
            b = next(b for b in d["系数档次"] if o["rank"] <= b["名次至"])
            o["mult"], o["grade"] = num(b["系数"]), b["等次"]
        o["reward"] = rnd(num(d["奖励基数"]) * o["mult"])
    return {o["name"]: o for o in out}, [out[i] for i in order]

def item_rows(ws, codes):
    """The item table of a community sheet: {编号: (分值, 上限, 扣分, 得分, 得分 formula)} and the
    基础得分 row, located by the header row that holds 扣分上限."""
    head = next(r for r in ws.iter_rows() if any(c.value == "扣分上限" for c in r))
    col = {c.value: c.column for c in head if c.value}
    rows, base = {}, None
    for r in ws.iter_rows(min_row=head[0].row + 1):
        vals = {c.column: c for c in r}
        first = next((c.value for c in r if c.value is not None), None)
        code = vals[col["编号"]].value if col["编号"] in vals else None
        if code in codes:
            rows[code] = tuple(vals[col[k]] for k in ("分值", "扣分上限", "扣分", "得分"))
        if first == "基础得分（各部门小计之和）":
            base = tuple(vals[col[k]] for k in ("分值", "扣分", "得分"))
            break
    return rows, base

def load(path):
    return openpyxl.load_workbook(path, data_only=True), openpyxl.load_workbook(path)

def check_sheets(tag, d, path, exp):
    wv, wf = load(path)
    codes = {i["编号"] for i in d["项目"]}
    bad_rows, bad_formula, bad_model, bad_sum = [], [], [], []
    for c in d["社区"]:
        rows, base = item_rows(wv[c["名称"]], codes)
        frows, _ = item_rows(wf[c["名称"]], codes)
        o = exp[c["名称"]]
        for k, (pts, cap, ded, score) in rows.items():
            if num(pts.value) - num(ded.value) != num(score.value): bad_rows.append(f"{c['名称']} {k}")
            f = str(frows[k][3].value)
            if f != f"={pts.coordinate}-{ded.coordinate}": bad_formula.append(f"{c['名称']} {k} {f}")
            if num(ded.value) != o["ded"][k] or num(score.value) != o["score"][k]: bad_model.append(f"{c['名称']} {k}")
        if num(base[0].value) - num(base[1].value) != num(base[2].value) or num(base[2].value) != o["items_base"]:
            bad_sum.append(c["名称"])
    n = len(d["社区"]) * len(d["项目"])
    check(not bad_rows, f"{tag}: 分值 − 扣分 = 得分 on all {n} item rows (XLSX cached values) {bad_rows[:3]}")
    check(not bad_formula, f"{tag}: every 得分 is the formula 分值 − 扣分 {bad_formula[:3]}")
    check(not bad_model, f"{tag}: every 扣分 and 得分 equals the model's {bad_model[:3]}")
    check(not bad_sum, f"{tag}: Σ分值 − Σ扣分 = 基础得分 on every sheet {bad_sum[:3]}")
    return wv, wf

def summary(wv, n):
    got = []
    for row in wv["考核汇总"].iter_rows(min_row=4, max_row=3 + n):
        v = [c.value for c in row if c.value is not None]
        got.append((v[0], v[1], num(v[2]), num(v[3]), num(v[4]), num(v[5]), v[6], num(v[7])))
    return got

def expected_lines(order):
    return [(o["rank"], o["name"], o["base"], o["bonus"], o["total"], o["mult"], o["grade"], o["reward"]) for o in order]

src_a, src_b, tmp = sys.argv[1:]

# ---- 2023 sample: ties share a rank (并列), 信息宣传 capped at 2 as before.
a = json.load(open(src_a, encoding="utf-8"))
exp, order = model(a)
wv, wf = check_sheets("2023", a, glob.glob(f"{tmp}/a/*.xlsx")[0], exp)
check(summary(wv, len(order)) == expected_lines(order), "2023: summary rows equal the model (ranks shared on ties)")
ranks = [o["rank"] for o in order]
check(ranks.count(7) == 2 and 8 not in ranks, f"2023: two communities share rank 7, rank 8 is skipped {ranks}")
check(exp["东风社区"]["bonus"] == D(5), "2023: 东风社区 加分 5.00 (3 + min(2, 1.5) + 1 = 5.5, total cap 5)")

# ---- events exceeding the points: 扣分 shows what was applied.
over = json.load(open(f"{tmp}/over.json", encoding="utf-8"))
exp_o, _ = model(over)
wv_o, _ = check_sheets("over", over, glob.glob(f"{tmp}/over/*.xlsx")[0], exp_o)
rows, base = item_rows(wv_o["东风社区"], {"CG03", "DJ02"})
check((num(rows["CG03"][2].value), num(rows["CG03"][3].value)) == (D(4), D(0)),
      "over: CG03 (4 分) with 6 分 of events shows 扣分 4.00, 得分 0.00")
check((num(rows["DJ02"][2].value), num(rows["DJ02"][3].value)) == (D(3), D(0)),
      "over: DJ02 (3 分) with 4 分 of events shows 扣分 3.00, 得分 0.00")
check((num(base[1].value), num(base[2].value)) == (D("10.5"), D("89.5")),
      f"over: 东风社区 Σ扣分 10.50 = 100 − 基础得分 89.50 (by hand) ({base[1].value}, {base[2].value})")
txt = open(glob.glob(f"{tmp}/over/*.txt")[0], encoding="utf-8").read()
check("本社区扣分记录合计 13.50 分，按上述规则计入 10.50 分" in txt,
      "over: the raw sum of the events (13.50) is shown beside the applied 10.50")

# ---- 2024-b sample.
b = json.load(open(src_b, encoding="utf-8"))
exp, order = model(b)
check(len(b["部门"]) == 9 and len(b["社区"]) == 14, "2024-b: 9 departments, 14 communities")
check(max(len(i["扣分规则"]) for i in b["项目"]) >= 1000, "2024-b: a rule text of 1,000+ characters")
wv, wf = check_sheets("2024-b", b, glob.glob(f"{tmp}/b/*.xlsx")[0], exp)
got = summary(wv, len(order))
check(got == expected_lines(order), "2024-b: summary rows equal the model")
check([g[0] for g in got] == list(range(1, 15)), f"2024-b: ranks unique 1..14 {[g[0] for g in got]}")
names = [g[1] for g in got]
check(got[-1][1] == "白云社区" and got[-1][6] == "一票否决" and got[-1][4] == 0 and got[-1][7] == 0,
      f"2024-b: the vetoed 白云社区 is last, 总分 0, 等次 一票否决, no reward {got[-1]}")
check(exp["白云社区"]["items_base"] == D("98.5"), "2024-b: 白云社区 would have had 98.50 without the veto")
check(names.index("银杏社区") + 1 == 2 and names.index("青山社区") + 1 == 3
      and exp["银杏社区"]["total"] == exp["青山社区"]["total"] == D(101),
      "2024-b: equal totals 101.00 ordered by 基础得分 (银杏 100.00 2nd, 青山 97.00 3rd)")
check(names.index("桂香社区") + 1 == 4 and names.index("柳岸社区") + 1 == 5
      and exp["桂香社区"]["base"] == exp["柳岸社区"]["base"],
      "2024-b: equal total and 基础得分 ordered by data order (桂香 4th, 柳岸 5th)")
# caps, worked out by hand
q, _ = item_rows(wv["青山社区"], {"CG-1"})
check((num(q["CG-1"][1].value), num(q["CG-1"][2].value), num(q["CG-1"][3].value)) == (D(3), D(3), D(3)),
      "2024-b: 青山 CG-1 own cap: 8 × 0.5 = 4 of events, 扣分上限 3, 扣分 3.00, 得分 3.00")
check(dict((g[1], g[3]) for g in got)["青山社区"] == D(4),
      "2024-b: 青山 加分 4.00 = min(2, 领导批示 3) + 创新工作 1 + 上级表彰 1")
check(dict((g[1], g[3]) for g in got)["绿水社区"] == D("1.5"), "2024-b: 绿水 加分 1.50 = min(1.5, 创新工作 2)")
r, base = item_rows(wv["红枫社区"], {"PA-3"})
check((num(r["PA-3"][0].value), num(r["PA-3"][2].value), num(r["PA-3"][3].value)) == (D(0), D(3), D(-3)),
      "2024-b: 红枫 负面清单 PA-3: 分值 0, 扣分 3.00, 得分 −3.00")
check(num(base[2].value) == D(96), "2024-b: 红枫 基础得分 96.00 = 100 − 1 (DJ-1) − 3 (负面清单)")
# 百分制 items scaled to their 分值, one of them a 70/15/15 mix of sub-scores
w = {n: item_rows(wv[n], {"WS-1", "JJ-2"})[0] for n in ("兰亭社区", "梅园社区", "荷塘社区")}
check((num(w["兰亭社区"]["WS-1"][2].value), num(w["兰亭社区"]["WS-1"][3].value)) == (D("0.14"), D("4.86")),
      "2024-b: 兰亭 WS-1 0.7 × 96 + 0.15 × 100 + 0.15 × 100 = 97.2 of 100 → 4.86 of 5 (扣分 0.14)")
check(num(w["梅园社区"]["WS-1"][3].value) == D(4), "2024-b: 梅园 WS-1 0.7 × 80 + 0.15 × 75 + 0.15 × 85 = 80 → 4.00")
check(num(w["荷塘社区"]["JJ-2"][3].value) == D("4.5"), "2024-b: 荷塘 JJ-2 90 of 100 → 4.50 of 5")
fw = [c.value for row in wf["兰亭社区"].iter_rows() for c in row if isinstance(c.value, str) and c.value.startswith("=SUMPRODUCT(")]
check(len(fw) == 1, f"2024-b: the weighted mix is a live SUMPRODUCT in the XLSX {fw}")
# multiplier on CG-2 only
check(all(o["item_rank"] for o in exp.values()), "2024-b: every community has a CG-2 rank")
s = wv["考核汇总"]
mult_rows = [[c.value for c in row if c.value is not None] for row in s.iter_rows() if
             len([c for c in row if c.value is not None]) == 7 and isinstance(row[0].value, int)
             and row[1].value in exp and row[0].row > 20]
check(len(mult_rows) == 14 and all(num(m[2]) == exp[m[1]]["score"]["CG-2"] and m[3] == exp[m[1]]["item_rank"]
                                   and num(m[4]) == exp[m[1]]["item_mult"] and num(m[6]) == exp[m[1]]["adj"] for m in mult_rows),
      f"2024-b: the CG-2 ranking table (score, rank, multiplier, change) ({len(mult_rows)} rows)")
check(exp["荷塘社区"]["adj"] == D("-0.2") and dict((g[1], g[2]) for g in got)["荷塘社区"] == D("96.3"),
      "2024-b: 荷塘 CG-2 2.00 ranks 14th, × 0.9 = 1.80: 基础得分 96.50 − 0.20 = 96.30")
check(exp["金沙社区"]["adj"] == D("-0.3") and exp["青山社区"]["adj"] == D("0.5") and exp["绿水社区"]["adj"] == 0,
      "2024-b: CG-2 × 0.9 for rank 13 (金沙 −0.30), × 1.1 for rank 1 (青山 +0.50), × 1.0 for rank 10 (绿水)")
f = [c.value for row in wf["荷塘社区"].iter_rows() for c in row if isinstance(c.value, str)
     and re.fullmatch(r"='考核汇总'!\$G\$(\d+)", c.value) and int(c.value.split("$")[-1]) > 3 + 14]
row_of = [r[0].row for r in s.iter_rows() if r[1].value == "荷塘社区" and r[0].row > 20]
check(f == [f"='考核汇总'!$G${row_of[0]}"] and num(s.cell(row=row_of[0], column=7).value) == D("-0.2"),
      f"2024-b: the community sheet takes its CG-2 change from its row of the summary {f}")
# PDF and TXT show the same ranking line for the vetoed community
pdf = open(f"{tmp}/b.pdftxt", encoding="utf-8").read()
line = "14 白云社区 0.00 0.00 0.00 0.00 一票否决 0.00"
check(any(" ".join(l.split()) == line for l in pdf.splitlines()), f"2024-b PDF: '{line}'")
check("一票否决：PA-2信访稳定（否决总分）有扣分记录，总分计0分，名次列最后" in "".join(pdf.split()),
      "2024-b PDF: the veto note on 白云社区's sheet")
txt = open(glob.glob(f"{tmp}/b/*.txt")[0], encoding="utf-8").read()
rows = [[x.strip() for x in l.strip("|").split("|")] for l in txt.splitlines() if l.startswith("|")]
top = [r for r in rows if len(r) == 8 and r[1] in exp][:14]
check([r[0] for r in top] == [str(i) for i in range(1, 15)] and top[-1][1] == "白云社区" and top[-1][6] == "一票否决",
      "2024-b TXT: ranks 1..14, 白云社区 last with 一票否决")
sys.exit(1 if failed else 0)
PY

expect_exit 0 "LibreOffice recalculates every formula of both workbooks to the cached values" \
  $PY "$SRC/tests/e2e/check_xlsx_recalc.py" --require-formulas "$TMP"/a/*.xlsx "$TMP"/b/*.xlsx "$TMP"/over/*.xlsx
contains "no problems" "$OUT" " 0 problems"
finish
