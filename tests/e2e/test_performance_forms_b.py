#!/usr/bin/python3
"""Reads back the 部门整体支出绩效自评表 and the 社区综合考核 workbook (issue 4
forms 3 and 5) from PDF (pdftotext), DOCX (python3-docx), XLSX (openpyxl) and
TXT, and compares their key figures with values computed here, independently of
the engine, from the sample data: the 万元 figures with a largest-remainder
rounding of our own, the appraisal's scores, caps, ranks and multipliers.

Usage: test_performance_forms_b.py SOURCE_DIR DEPT_OUT_DIR APPRAISAL_OUT_DIR
Prints "ok …" / "FAIL …" lines; exits 1 when anything failed.
"""
import glob
import json
import re
import subprocess
import sys
from decimal import ROUND_HALF_UP, Decimal

import docx
import openpyxl

failed = 0
CENT = Decimal("0.01")


def ok(what):
    print(f"ok   {what}")


def bad(what):
    global failed
    failed += 1
    print(f"FAIL {what}")


def check(cond, what):
    ok(what) if cond else bad(what)


def rnd(x, places=2):
    """Half away from zero, as the engine rounds (ROUND_HALF_UP on Decimal)."""
    return x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def parts_rounded(parts, places=2):
    """Largest remainder: parts rounded so that they add up to the rounded sum.
    Written here without looking at the engine's round_parts."""
    unit = Decimal(1).scaleb(-places)
    plain = [rnd(p, places) for p in parts]
    short = int((rnd(sum(parts), places) - sum(plain)) / unit)
    order = sorted(range(len(parts)), key=lambda i: -(parts[i] - plain[i]) * (1 if short > 0 else -1))
    for i in order[:abs(short)]:
        plain[i] += unit if short > 0 else -unit
    return plain


def money(x):
    return f"{x:,.2f}"


def one(pattern):
    files = glob.glob(pattern)
    if len(files) != 1:
        bad(f"expected one file for {pattern}, found {len(files)}")
        return None
    return files[0]


def pdf_text(path, layout=False):
    args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [path, "-"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def docx_tables(path):
    return [[[c.text for c in row.cells] for row in t.rows] for t in docx.Document(path).tables]


def docx_text(path):
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in docx_tables(path):
        for row in t:
            parts.extend(row)
    return "\n".join(parts)


def squash(s):
    return re.sub(r"\s+", "", s)


def txt_rows(path):
    """Table lines of a TXT file as lists of cell texts ('|'-separated)."""
    rows = []
    for line in open(path, encoding="utf-8"):
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip().strip("|").split("|")])
    return rows


def runs(labels):
    """Consecutive equal labels as (label, length) pairs: the merges a person expects."""
    out = []
    for label in labels:
        if out and out[-1][0] == label:
            out[-1] = (label, out[-1][1] + 1)
        else:
            out.append((label, 1))
    return out


def docx_column_merges(table, col):
    """(text, rows) for each cell starting in grid column `col` of a python-docx
    table: a w:vMerge="restart" cell and the "continue" cells below it count as
    one cell over their rows (ECMA-376 Part 1 §17.4.85)."""
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    out = []
    for tr in table._tbl.tr_lst:
        at = 0
        for tc in tr.tc_lst:
            if at == col:
                text = "".join(t.text or "" for t in tc.iter(W + "t"))
                if tc.vMerge == "continue" and out:
                    out[-1] = (out[-1][0], out[-1][1] + 1)
                else:
                    out.append((text, 1))
            at += tc.grid_span
    return out


def xlsx_rows_spanned(ws, cell):
    """Rows the merged range starting at `cell` spans (1 when not merged)."""
    for r in ws.merged_cells.ranges:
        if r.min_row == cell.row and r.min_col == cell.column:
            return r.max_row - r.min_row + 1
    return 1


# ---------------------------------------------------------------- form 3
INCOME = ("上年结转", "公共财政拨款", "政府基金拨款", "纳入专户管理的非税收入拨款", "其他收入")
SPEND = ("人员支出", "公用支出", "项目支出")
SANGONG = ("公务接待费", "公务用车运维费", "公务用车购置费", "因公出国费")
ASSETS = ("在用固定资产", "出租固定资产", "其他")
SUMMARY = "局机关及二级机构汇总"


def unit_rows(u):
    """One 机构's four rows in 万元 ([total, items…], None for a blank cell):
    its given items rounded together, a missing item left blank, totals the
    sum of the given items, balances when both 收入 and 支出 have figures."""
    w = lambda x: Decimal(str(x)) / 10000

    def table(group, keys):
        g = u.get(group) or {}
        given = [g.get(k) is not None for k in keys]
        r = parts_rounded([w(g[k]) if ok else Decimal(0) for k, ok in zip(keys, given)])
        items = [x if ok else None for x, ok in zip(r, given)]
        shown = [x for x in items if x is not None]
        return (sum(shown) if shown else None), items

    in_total, income = table("收入", INCOME)
    _, spend = table("支出", SPEND)
    basic = [x for x in spend[:2] if x is not None]
    basic = sum(basic) if basic else None
    given = [x for x in spend if x is not None]
    total_spend = sum(given) if given else None
    stated = u.get("支出") or {}
    if (in_total is not None and total_spend is not None) or stated.get("当年结余") is not None \
            or stated.get("累计结余") is not None:
        carry = income[0] or Decimal(0)
        year = (in_total or 0) - carry - (total_spend or 0)
        balances = [year, year + carry]
    else:
        balances = [None, None]
    sg_total, sangong = table("三公经费", SANGONG)
    fa_total, assets = table("固定资产", ASSETS)
    return {"income": [in_total] + income,
            "spend": [total_spend, basic] + spend + balances,
            "sangong": [sg_total] + sangong,
            "assets": [fa_total] + assets}


def dept_expected(d):
    """Rows per table: the 汇总 row (each column the sum of the 机构 rows' shown
    figures, blank when all are blank), then each 机构 as "n、名称"."""
    units = [unit_rows(u) for u in d["机构"]]
    labels = [f"{i}、{u['名称']}" for i, u in enumerate(d["机构"], 1)]
    tables = {}
    for key in ("income", "spend", "sangong", "assets"):
        cols = list(zip(*[u[key] for u in units]))
        summary = [sum(x for x in c if x is not None) if any(x is not None for x in c) else None
                   for c in cols]
        tables[key] = [(SUMMARY, summary)] + [(l, u[key]) for l, u in zip(labels, units)]
    score = Decimal(str(d["综合得分"]))
    grade = "优" if score >= 90 else "良" if score >= 80 else "中" if score >= 60 else "差"
    return {"tables": tables, "score": score, "grade": grade}


def texts(cells, blank=""):
    return [blank if x is None else money(x) for x in cells]


def check_dept(src, out):
    d = json.load(open(f"{src}/samples/dept-self-eval-2021.json", encoding="utf-8"))
    e = dept_expected(d)
    t = e["tables"]
    # Seed 002 prints the 分局's figures in its 二级机构 row, the 局机关 row blank;
    # the 汇总 row adds them up, so it shows the same figures.
    seed = {
        "income": ["255.18", "0.06", "235.12", "0.00", "0.00", "20.00"],
        "spend": ["242.93", "197.47", "172.33", "25.14", "45.46", "12.19", "12.25"],
        "sangong": ["0.00"] * 5,
        "assets": ["46.48", "46.48", "0.00", "0.00"],
    }
    labels = [SUMMARY, "1、局机关", "2、" + d["单位简称"]]
    for key, seed_texts in seed.items():
        check([l for l, _ in t[key]] == labels, f"dept: {key} rows {[l for l, _ in t[key]]}")
        check(texts(t[key][2][1]) == seed_texts, f"dept: computed {key} of the 分局 = seed 002 {seed_texts}")
        check(texts(t[key][0][1]) == seed_texts, f"dept: computed {key} 汇总 = seed 002 {seed_texts}")
        check(texts(t[key][1][1]) == [""] * len(seed_texts), f"dept: the 局机关 {key} row is blank")
    # every table as rows of (label, non-blank figure texts), in order
    expected = [[(l, [x for x in texts(v) if x]) for l, v in t[key]]
                for key in ("income", "spend", "sangong", "assets")]
    expected_flat = [row for table in expected for row in table]
    wanted = {l for l, _ in expected_flat}

    pdf = one(f"{out}/*.pdf")
    docx_path = one(f"{out}/*.docx")
    xlsx = one(f"{out}/*.xlsx")
    txt = one(f"{out}/*.txt")
    if not all((pdf, docx_path, xlsx, txt)):
        return

    # PDF: each 汇总 and 机构 row as a line of the layout text, in order.
    lines = [re.split(r"\s{2,}", l.strip()) for l in pdf_text(pdf, layout=True).splitlines()]
    got = [(l[0], l[1:]) for l in lines if l and l[0] in wanted]
    check(got == expected_flat, f"dept PDF: the 汇总 and 机构 rows of the four 万元 tables read back {got}")
    text = squash(pdf_text(pdf))
    check(f"绩效自评综合得分{e['score']}" in text and f"评价等次{e['grade']}" in text,
          f"dept PDF: 综合得分 {e['score']} and 评价等次 {e['grade']}")
    check(text.count("（签章）") == 2 and text.count("年月日") == 3,
          "dept PDF: two （签章） lines and three 年 月 日 in the opinion boxes")

    # DOCX: the same rows from the tables, blank cells empty; evaluators' signature cells empty.
    rows = [r for tb in docx_tables(docx_path) for r in tb]
    got = [(r[0], r[1:]) for r in rows if r and r[0] in wanted]
    want = [(l, texts(v)) for key in ("income", "spend", "sangong", "assets") for l, v in t[key]]
    check(got == want, f"dept DOCX: the 汇总 and 机构 rows read back {got}")
    signers = [r for r in rows if r and r[0] in {p["姓名"] for p in d["评价人员"]}]
    check(len(signers) == len(d["评价人员"]) and all(r[-1] == "" for r in signers),
          f"dept DOCX: {len(signers)} evaluators with empty signature cells")
    grade_rows = [dedupe(r) for r in rows if r and r[0] == "评价等次"]
    check(grade_rows == [["评价等次", e["grade"]]], f"dept DOCX: 评价等次 row {grade_rows}")

    # XLSX: the rows' cached values; SUM formulas on the 汇总 rows and the 机构 totals.
    wf = openpyxl.load_workbook(xlsx)
    wv = openpyxl.load_workbook(xlsx, data_only=True)
    ws, vs = wf.worksheets[0], wv.worksheets[0]
    got, formulas = [], 0
    for row in ws.iter_rows():
        if row[0].value in wanted:
            vals = [vs[c.coordinate].value for c in row[1:] if vs[c.coordinate].value is not None]
            got.append((row[0].value, [money(Decimal(str(v))) for v in vals]))
            formulas += sum(1 for c in row if c.data_type == "f")
    check(got == expected_flat, f"dept XLSX: the 汇总 and 机构 rows hold {got}")
    # 汇总: 6 + 7 + 5 + 4 column SUMs; the 分局: 收入合计, 支出合计, 基本支出, two
    # balances, 三公经费合计, 固定资产合计; the blank 局机关 row: none.
    check(formulas == 22 + 7, f"dept XLSX: 29 formulas in the 汇总 and 机构 rows ({formulas})")
    grade_cells = [vs[c.coordinate].value for row in ws.iter_rows() for c in row
                   if c.data_type == "f" and "IF(" in str(c.value)]
    check(grade_cells == [e["grade"]], f"dept XLSX: grade formula caches {grade_cells}")

    # TXT: the table lines of the rows.
    got = [(r[0], [c for c in r[1:] if c]) for r in txt_rows(txt) if r and r[0] in wanted]
    check(got == expected_flat, f"dept TXT: the 汇总 and 机构 rows read back {got}")

    # 五、评价报告综述: the seed's report follows the form, its headings numbered in order.
    heads = [s["标题"] for s in d["评价报告综述"]]
    nums = "一二三四五六"
    ok_heads = all(f"{nums[i]}、{h}" in text for i, h in enumerate(heads))
    check(len(heads) == 6 and ok_heads and text.index("五、评价报告综述") > text.index("填报人（签名）"),
          f"dept PDF: 五、评价报告综述 after the form with headings 一、 … 六、 ({len(heads)})")

    check_dept_merges(d, docx_path, xlsx)


def check_dept_merges(d, docx_path, xlsx):
    """一级/二级指标 labels merged over their groups: w:vMerge in DOCX, merged
    ranges in XLSX, each as long as the run of rows in the data."""
    first = runs([x["一级指标"] for x in d["定量指标"]])
    second = runs([(x["一级指标"], x["二级指标"]) for x in d["定量指标"]])
    second = [(k[1], n) for k, n in second]
    check([n for _, n in first] == [14, 4], f"dept: 一级指标 groups of the sample {first}")

    tables = [t for t in docx.Document(docx_path).tables
              if t.rows[0].cells[0].text == "整体支出绩效定量目标及实施计划完成情况"]
    if len(tables) != 1:
        bad(f"dept DOCX: {len(tables)} 定量 tables")
        return
    n = len(d["定量指标"])
    col0 = docx_column_merges(tables[0], 0)[2:2 + len(first)]
    got = [(t[:len(label)], rows) for (t, rows), (label, _) in zip(col0, first)]
    check(got == first, f"dept DOCX: 一级指标 vMerge {got}")
    col1 = docx_column_merges(tables[0], 1)[:len(second)]  # rows 0–1 span column 1
    check(col1 == second, f"dept DOCX: 二级指标 vMerge {col1}")
    check(sum(rows for _, rows in col1) == n, f"dept DOCX: 二级 merges cover the {n} rows")

    ws = openpyxl.load_workbook(xlsx).worksheets[0]
    head = [c for row in ws.iter_rows() for c in row if c.value == "评价内容"]
    end = [c for row in ws.iter_rows() for c in row if c.value == "绩效自评综合得分"]
    if len(head) != 1 or len(end) != 1:
        bad("dept XLSX: 评价内容 / 绩效自评综合得分 rows not found")
        return
    cells = [c for row in ws.iter_rows(min_row=head[0].row + 1, max_row=end[0].row - 1) for c in row
             if isinstance(c.value, str)]
    got = [(label, xlsx_rows_spanned(ws, c)) for c in cells for label in ("产出目标", "效益目标")
           if c.value.startswith(label)]
    check(got == first, f"dept XLSX: 一级指标 merged ranges {got}")
    names = {label for label, _ in second}
    got = [(c.value, xlsx_rows_spanned(ws, c)) for c in cells if c.value in names]
    check(got == second, f"dept XLSX: 二级指标 merged ranges {got}")


def dedupe(cells):
    """python-docx repeats a merged cell's text once per grid column it spans."""
    out = []
    for c in cells:
        if not out or out[-1] != c or c == "":
            out.append(c)
    return out


# ---------------------------------------------------------------- form 5
def appraisal_expected(d):
    D = lambda x: Decimal(str(x))
    points = {i["编号"]: D(i["分值"]) for i in d["项目"]}
    rows = []
    for c in d["社区"]:
        lost = {}
        for e in c["扣分"]:
            lost[e["项目"]] = lost.get(e["项目"], 0) + e["次数"] * D(e["每次分值"])
        base = sum(max(Decimal(0), p - lost.get(k, 0)) for k, p in points.items())
        pub = sum(b["次数"] * D(b["每次分值"]) for b in c["加分"] if b["类别"] == "信息宣传")
        other = sum(b["次数"] * D(b["每次分值"]) for b in c["加分"] if b["类别"] != "信息宣传")
        bonus = min(D(d["加分规则"]["总上限"]), min(D(d["加分规则"]["信息宣传上限"]), pub) + other)
        rows.append({"name": c["名称"], "base": base, "bonus": bonus, "total": base + bonus})
    totals = [r["total"] for r in rows]
    for r in rows:
        r["rank"] = 1 + sum(1 for t in totals if t > r["total"])
        band = next(b for b in d["系数档次"] if r["rank"] <= b["名次至"])
        r["mult"], r["grade"] = D(band["系数"]), band["等次"]
        r["reward"] = rnd(D(d["奖励基数"]) * r["mult"])
    return sorted(rows, key=lambda r: -r["total"])  # stable: ties keep data order


def summary_line(r):
    return [str(r["rank"]), r["name"], money(r["base"]), money(r["bonus"]), money(r["total"]),
            money(r["mult"]), r["grade"], money(r["reward"])]


def check_appraisal(src, out):
    d = json.load(open(f"{src}/samples/community-appraisal-2023.json", encoding="utf-8"))
    exp = appraisal_expected(d)
    lines = [summary_line(r) for r in exp]
    print("     ranking: " + "; ".join(f"{l[0]} {l[1]} {l[4]} ×{l[5]} {l[6]}" for l in lines))
    check(len(d["社区"]) >= 12 and len(d["项目"]) >= 30,
          f"appraisal sample: {len(d['社区'])} communities, {len(d['项目'])} items")

    pdf = one(f"{out}/*.pdf")
    docx_path = one(f"{out}/*.docx")
    xlsx = one(f"{out}/*.xlsx")
    txt = one(f"{out}/*.txt")
    if not all((pdf, docx_path, xlsx, txt)):
        return

    # PDF page 1: the ranking lines.
    page1 = subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", "-f", "1", "-l", "1", pdf, "-"],
                           check=True, capture_output=True, text=True).stdout
    got = [l.split() for l in page1.splitlines() if len(l.split()) == 8 and l.split()[1] in
           {c["名称"] for c in d["社区"]}]
    check(got == lines, f"appraisal PDF: summary ranking lines ({len(got)})")
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(
        ["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))
    text = pdf_text(pdf)
    heads = [c["名称"] for c in d["社区"] if f"{c['名称']} {d['年度']}年度综合工作考核评分表" in text]
    check(len(heads) == len(d["社区"]), f"appraisal PDF: a score sheet per community ({len(heads)}, {pages} pages)")

    # DOCX: the ranking table.
    t = docx_tables(docx_path)[0]
    got = [r for r in t[1:len(exp) + 1]]
    check(got == lines, "appraisal DOCX: summary ranking rows")

    # XLSX: 1 + N sheets; summary rows; each community sheet's total and rank.
    wf = openpyxl.load_workbook(xlsx)
    wv = openpyxl.load_workbook(xlsx, data_only=True)
    names = [c["名称"] for c in d["社区"]]
    check(wv.sheetnames == ["考核汇总"] + names, f"appraisal XLSX: {len(wv.sheetnames)} sheets {wv.sheetnames}")
    vs = wv["考核汇总"]
    got = []
    for row in vs.iter_rows(min_row=4, max_row=3 + len(exp)):
        vals = [c.value for c in row if c.value is not None]
        got.append([str(vals[0]), vals[1], money(Decimal(str(vals[2]))), money(Decimal(str(vals[3]))),
                    money(Decimal(str(vals[4]))), money(Decimal(str(vals[5]))), vals[6],
                    money(Decimal(str(vals[7])))])
    check(got == lines, "appraisal XLSX: summary rows (cached formula values)")
    fs = wf["考核汇总"]
    kinds = {re.match(r"=([A-Z]+)", str(c.value)).group(1) for row in fs.iter_rows(min_row=4, max_row=3 + len(exp))
             for c in row if c.data_type == "f" and re.match(r"=[A-Z]+\(", str(c.value))}
    check({"RANK", "LOOKUP", "ROUND"} <= kinds, f"appraisal XLSX: ranking uses {sorted(kinds)}")
    cross = sum(1 for row in fs.iter_rows() for c in row if c.data_type == "f" and "社区'!" in str(c.value))
    check(cross == 2 * len(exp), f"appraisal XLSX: {cross} cross-sheet references to community sheets")
    by_name = {r["name"]: r for r in exp}
    sheet_ok = []
    for n in names:
        ws, sv = wf[n], wv[n]
        cells = [c for row in sv.iter_rows() for c in row]
        total_head = [c for c in cells if c.value == "总分"][-1]
        total = sv.cell(row=total_head.row + 1, column=total_head.column).value
        rank_cell = [c for row in ws.iter_rows() for c in row if c.data_type == "f"
                     and str(c.value).startswith("='考核汇总'!$A$")]
        rank = sv[rank_cell[0].coordinate].value if len(rank_cell) == 1 else None
        sheet_ok.append(Decimal(str(total)) == by_name[n]["total"] and rank == by_name[n]["rank"])
    check(all(sheet_ok), f"appraisal XLSX: each community sheet's 总分 and 名次 ({sum(sheet_ok)}/{len(names)})")

    # TXT: the ranking lines of the summary table.
    rows = [r for r in txt_rows(txt) if len(r) == 8 and r[1] in by_name][:len(exp)]
    check(rows == lines, "appraisal TXT: summary ranking rows")

    check_appraisal_merges(d, docx_path, wf)


def check_appraisal_merges(d, docx_path, wf):
    """Each department's name merged over its items on every community's score
    sheet: w:vMerge in DOCX, a merged range in XLSX."""
    counts = [(dep["名称"], sum(1 for i in d["项目"] if i["部门"] == dep["名称"])) for dep in d["部门"]]
    column = [x for name, n in counts for x in ((name, n), ("小计", 1))]
    item_tables = [t for t in docx.Document(docx_path).tables if t.rows[0].cells[0].text == "考核部门"]
    got = [docx_column_merges(t, 0)[1:1 + len(column)] for t in item_tables]
    check(len(got) == len(d["社区"]) and all(g == column for g in got),
          f"appraisal DOCX: department vMerge on {sum(g == column for g in got)} of "
          f"{len(d['社区'])} score sheets ({column[:4]} …)")
    ok_sheets = 0
    for c in d["社区"]:
        ws = wf[c["名称"]]
        spans = []
        for name, _ in counts:
            cell = next((x for row in ws.iter_rows() for x in row if x.value == name), None)
            spans.append((name, xlsx_rows_spanned(ws, cell) if cell else 0))
        ok_sheets += spans == counts
    check(ok_sheets == len(d["社区"]),
          f"appraisal XLSX: department merged over its items on {ok_sheets} of {len(d['社区'])} sheets")


def main():
    if len(sys.argv) != 4:
        print(__doc__)
        return 2
    src, dept_out, appraisal_out = sys.argv[1:]
    check_dept(src, dept_out)
    check_appraisal(src, appraisal_out)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
