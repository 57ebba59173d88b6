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
  form's.

Usage: performance_forms_a.py SAMPLES_DIR OUTDIR
OUTDIR holds appraisal/, project-self-eval/ and self-eval-report/.
"""
import json
import os
import sys
from decimal import Decimal

import openpyxl

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


def main():
    samples, outdir = sys.argv[1], sys.argv[2]
    fails, checked = check_outputs(outdir)
    fails += check_consistency(samples, outdir)
    print(f"performance_forms_a: {len(EXPECT)} outputs × 4 formats, {checked} figures, {fails} failures")
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()
