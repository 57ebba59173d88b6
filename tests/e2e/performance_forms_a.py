#!/usr/bin/python3
"""Reads the issue-4 forms 1, 2 and 4 back from their rendered outputs and
checks the key computed figures in every format:

- PDF (pdftotext), DOCX (python3-docx), TXT (tables put back together): the
  figures as printed ("96.80", "40.87%", "合格");
- XLSX (openpyxl): each figure is the cached value of a FORMULA cell (so the
  totals, scores, ratios and grades are live formulas), numbers to the cent,
  ratios to 0.005 %;
- across forms: the report's data equals the settlement and appraisal
  samples for the same project, its computed 合计 / 结余 / 自筹 equal the
  settlement sheet's stated ones, and its 绩效总分 equals the appraisal
  form's;
- merged cells: each group label spans exactly its group, as a w:vMerge run
  in DOCX (python3-docx) and as a merged range in XLSX (openpyxl); the
  项目支出绩效自评表's quantitative cells are numbers whose number format
  shows the sign and unit (≥95%).

Usage: performance_forms_a.py SAMPLES_DIR OUTDIR
OUTDIR holds appraisal/, project-self-eval/ and self-eval-report/.
"""
import json
import os
import sys
from decimal import Decimal

import openpyxl
from docx import Document
from docx.oxml.ns import qn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from read_back import docx_text, pdf_text, squash, txt_text  # noqa: E402

PE = "project-self-eval/2021-科学技术普及（科普活动）-项目支出绩效自评表"
# base name → (figures as printed, formula values in XLSX: numbers or strings)
EXPECT = {
    "appraisal/2016002-绩效考核表": (
        ["96.80", "合格", "9.25", "4.60", "97.22%", "72", "20.00"],
        [Decimal("96.8"), "合格", Decimal("9.25"), Decimal("0.972222"), 72, 20]),
    "appraisal/2016008-绩效考核表": (
        ["78.05", "合格", "3.75", "50", "未考核"],
        [Decimal("78.05"), "合格", Decimal("3.75"), 50, 0]),
    PE: (
        ["40.87%", "4.09", "92.29", "优", "26.57", "65.00", "265,675.22", "650,000.00", "100"],
        [Decimal("0.408731"), Decimal("4.09"), Decimal("92.29"), "优", Decimal("26.57"), 65, 100]),
    "self-eval-report/2016002-经费绩效评价自评报告": (
        ["186,432.50", "98.12%", "3,567.50", "96.80", "合格", "项目绩效总分96.80分，考核结果为合格",
         "资助资金执行率98.12%；结余资金3,567.50元"],
        [Decimal("186432.50"), Decimal("0.981224"), Decimal("3567.50"), Decimal("96.8"), "合格", 1]),
    "self-eval-report/2016008-经费绩效评价自评报告": (
        ["128,760.75", "28,760.75", "100.00%", "78.05", "合格", "超出资助的28,760.75元由单位自筹"],
        [Decimal("128760.75"), Decimal("28760.75"), Decimal("78.05"), "合格", 1]),
}


def formula_values(path):
    """Cached values of every formula cell of the workbook."""
    wf = openpyxl.load_workbook(path)
    wv = openpyxl.load_workbook(path, data_only=True)
    out = []
    for ws in wf.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str) and c.value.startswith("="):
                    out.append(wv[ws.title][c.coordinate].value)
    return out


def matches(expected, cached):
    if isinstance(expected, str):
        return cached == expected
    if isinstance(cached, bool) or not isinstance(cached, (int, float)):
        return False
    tolerance = Decimal("0.0000005") if abs(expected) < 1 and expected != 0 else Decimal("0.005")
    return abs(Decimal(str(cached)) - Decimal(expected)) <= tolerance


def check_outputs(outdir):
    fails = checked = 0
    for base, (printed, formulas) in EXPECT.items():
        path = f"{outdir}/{base}"
        for fmt, reader in (("pdf", pdf_text), ("docx", docx_text), ("txt", txt_text)):
            text = squash(reader(f"{path}.{fmt}"))
            for figure in printed:
                checked += 1
                if squash(figure) not in text:
                    fails += 1
                    print(f"FAIL {base}.{fmt}: {figure!r} not found")
        cached = formula_values(f"{path}.xlsx")
        for value in formulas:
            checked += 1
            if not any(matches(value, c) for c in cached):
                fails += 1
                print(f"FAIL {base}.xlsx: no formula cell caching {value!r} (formula values: {cached})")
    return fails, checked


def labelled(path, label, nth=0):
    """Cached value of the nth (0-based) formula cell to the right of the
    cell that reads `label` on the same row (None when there is none)."""
    wf = openpyxl.load_workbook(path)
    wv = openpyxl.load_workbook(path, data_only=True)
    for ws in wf.worksheets:
        for row in ws.iter_rows():
            if not any(c.value == label for c in row):
                continue
            after = False
            for c in row:
                if c.value == label:
                    after = True
                elif after and isinstance(c.value, str) and c.value.startswith("="):
                    if nth == 0:
                        return wv[ws.title][c.coordinate].value
                    nth -= 1
    return None


def check_consistency(samples, outdir):
    fails = 0
    settlement = {r["编号"]: r for r in json.load(open(f"{samples}/settlement-2016.json", encoding="utf-8"))}
    appraisal = {r["编号"]: r for r in json.load(open(f"{samples}/appraisal-2016.json", encoding="utf-8"))}
    for rep in json.load(open(f"{samples}/self-eval-report-2016.json", encoding="utf-8")):
        no = rep["编号"]
        s, a = settlement[no], appraisal[no]
        facts = {k: a[k] for k in rep["绩效考核"]}
        same = [rep["资金"]["费用"] == s["费用"], rep["资金"]["拨付资金"] == s["人社厅拨付资金"],
                rep["绩效考核"] == facts, rep["项目名称"] == s["项目名称"]]
        if not all(same):
            fails += 1
            print(f"FAIL {no}: report data differs from the settlement/appraisal samples {same}")
        report = f"{outdir}/self-eval-report/{no}-经费绩效评价自评报告.xlsx"
        form = f"{outdir}/appraisal/{no}-绩效考核表.xlsx"
        pairs = [("合计", labelled(report, "合　计"), s["合计"]),
                 ("结余", labelled(report, "人社厅资助结余资金"), s["人社厅资助结余资金"]),
                 ("单位自筹", labelled(report, "单位自筹资金"), s["单位自筹资金"]),
                 ("绩效总分", labelled(report, "绩效总分", 1), labelled(form, "绩效总分"))]
        for name, got, want in pairs:
            if got is None or want is None or abs(Decimal(str(got)) - Decimal(str(want))) > Decimal("0.005"):
                fails += 1
                print(f"FAIL {no}: report {name} {got} != {want}")
    return fails


# base name → (first-cell text, rows) of every vertical merge the form must
# have (the 绩效指标 label spans every indicator row).
SPANS = {
    PE: [("绩效指标", 35), ("产出指标", 26), ("效益指标", 7), ("满意度指标", 2), ("数量指标", 6),
         ("质量指标", 13), ("时效指标", 4), ("成本指标", 3), ("社会效益指标", 5),
         ("可持续影响指标", 2), ("服务对象满意度指标", 2)],
    "appraisal/2016002-绩效考核表": [("项目质量", 7), ("项目效益", 8), ("项目反馈", 2),
                                  ("教学评价（20分）", 3), ("培训人数（10分）", 5)],
    "self-eval-report/2016002-经费绩效评价自评报告": [("资金到位", 3), ("资金使用", 5)],
}
# 项目支出绩效自评表: 三级指标 → (年度指标值, its format, 实际完成值, its format) in XLSX.
FORMATS = {
    "大讲堂培训合格率": (95, '"≥"General"%"', 95, 'General"%"'),
    "开展流动科技馆展览次数": (1, '"≥"General"次"', 1, 'General"次"'),
    "展览活动参与率": (80, '"≤"General"%"', 80, 'General"%"'),
    "三公经费控制数": (0.67, '"<"General"万元"', 0.62, 'General"万元"'),
}


def docx_vertical_spans(path):
    """[(text, rows)] of every vertical merge in the DOCX: a w:vMerge
    "restart" cell and the continuing cells below it in the same grid
    column (ECMA-376 Part 1 §17.4.85), columns counted with w:gridSpan."""
    spans = []
    for table in Document(path).tables:
        open_at = {}  # grid column → index into spans of the merge running there
        for tr in table._tbl.tr_lst:
            col = 0
            for tc in tr.tc_lst:
                pr = tc.tcPr
                merge = pr.find(qn("w:vMerge")) if pr is not None else None
                span = pr.find(qn("w:gridSpan")) if pr is not None else None
                width = int(span.get(qn("w:val"))) if span is not None else 1
                if merge is None:
                    open_at.pop(col, None)
                elif merge.get(qn("w:val")) == "restart":
                    text = "".join(t.text or "" for t in tc.iter(qn("w:t")))
                    spans.append([text, 1])
                    open_at[col] = len(spans) - 1
                elif col in open_at:
                    spans[open_at[col]][1] += 1
                col += width
    return [tuple(s) for s in spans]


def xlsx_vertical_spans(path):
    """[(text, rows)] of every merged range taller than one row."""
    ws = openpyxl.load_workbook(path).worksheets[0]
    out = []
    for r in ws.merged_cells.ranges:
        if r.max_row > r.min_row:
            v = ws.cell(r.min_row, r.min_col).value
            out.append(("" if v is None else str(v).replace("\n", ""), r.max_row - r.min_row + 1))
    return out


def check_merges(outdir):
    fails = checked = 0
    for base, expected in SPANS.items():
        for fmt, reader in (("docx", docx_vertical_spans), ("xlsx", xlsx_vertical_spans)):
            found = reader(f"{outdir}/{base}.{fmt}")
            for text, rows in expected:
                checked += 1
                if (text, rows) not in found:
                    fails += 1
                    print(f"FAIL {base}.{fmt}: no merge of {rows} rows reading {text!r} (found {found})")
    ws = openpyxl.load_workbook(f"{outdir}/{PE}.xlsx").worksheets[0]
    for name, (target, target_fmt, actual, actual_fmt) in FORMATS.items():
        checked += 1
        row = next((r for r in ws.iter_rows() if any(c.value == name for c in r)), None)
        cells = [] if row is None else [c for c in row if c.value is not None]
        i = next((k for k, c in enumerate(cells) if c.value == name), None)
        got = [(c.value, c.number_format) for c in cells[i + 1:i + 3]] if i is not None else []
        if got != [(target, target_fmt), (actual, actual_fmt)]:
            fails += 1
            print(f"FAIL {PE}.xlsx {name}: {got}, expected {[(target, target_fmt), (actual, actual_fmt)]}")
    return fails, checked


def main():
    samples, outdir = sys.argv[1], sys.argv[2]
    fails, checked = check_outputs(outdir)
    fails += check_consistency(samples, outdir)
    merge_fails, merge_checked = check_merges(outdir)
    fails += merge_fails
    checked += merge_checked
    print(f"performance_forms_a: {len(EXPECT)} outputs × 4 formats, {checked} figures, {fails} failures")
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()
