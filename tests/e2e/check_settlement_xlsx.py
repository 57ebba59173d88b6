#!/usr/bin/python3
"""Checks the settlement workbooks: 合计 is a SUM formula over the item
amounts whose cached value equals the data's 合计, 结余 is a formula whose
cached value equals the data's 人社厅资助结余资金, amounts use #,##0.00, and
LibreOffice's recalculation agrees with every cached value (through
check_xlsx_recalc, all workbooks in one LibreOffice call).

Usage: check_settlement_xlsx.py DATA.json OUTDIR
"""
import json
import os
import sys
import tempfile
from decimal import Decimal

import openpyxl

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_xlsx_recalc import formula_cells, recalculate, same  # noqa: E402


def number_formats(path):
    wb = openpyxl.load_workbook(path)
    return {(ws.title, c.coordinate): c.number_format for ws in wb.worksheets for row in ws.iter_rows() for c in row}


def main():
    data, outdir = sys.argv[1], sys.argv[2]
    records = json.load(open(data, encoding="utf-8"))
    paths = [f"{outdir}/{rec['编号']}-经费决算表.xlsx" for rec in records]
    fails = 0
    with tempfile.TemporaryDirectory() as tmp:
        outs, log = recalculate(paths, tmp)
        for rec, path, out in zip(records, paths, outs):
            if not os.path.exists(out):
                print(f"FAIL {path}: LibreOffice did not convert it: {log.strip()}")
                fails += 1
                continue
            re_wb = openpyxl.load_workbook(out, data_only=True)
            fmts = number_formats(path)
            found = {}
            for sheet, coord, formula, cached in formula_cells(path):
                found[formula.split("(")[0]] = (coord, cached, fmts[(sheet, coord)])
                again = re_wb[sheet][coord].value
                if not same(cached, again):
                    print(f"FAIL {path} {coord} {formula}: cached {cached}, LibreOffice {again}")
                    fails += 1
            total = found.get("=SUM")
            if not total or Decimal(str(total[1])) != Decimal(str(rec["合计"])) or total[2] != "#,##0.00":
                print(f"FAIL {path}: 合计 SUM formula missing or wrong: {total}")
                fails += 1
            rest = [v for k, v in found.items() if k != "=SUM" and v[2] == "#,##0.00"]
            if not any(Decimal(str(v[1])) == Decimal(str(rec["人社厅资助结余资金"])) for v in rest):
                print(f"FAIL {path}: no 结余 formula with cached {rec['人社厅资助结余资金']}: {found}")
                fails += 1
    print(f"check_settlement_xlsx: {fails} failures")
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()
