#!/usr/bin/python3
"""Writes the spreadsheet and CSV samples from the JSON samples, as a finance
office keeps them: samples/plan-2016.xlsx (the 2016 plan list, one sheet),
samples/plan-2016-gbk.csv (the same list in GB18030, as Excel saves "CSV" on
a Chinese Windows) and samples/settlement-2016.xlsx (决算 sheet with dates
and amounts as real cells, 费用 sheet with one row per expense item keyed by
编号). Run it after changing the JSON samples; the files are committed."""
import csv
import datetime
import decimal
import json
import pathlib

import openpyxl
from openpyxl.styles import Font

SAMPLES = pathlib.Path(__file__).resolve().parent.parent / "samples"


def load(name):
    return json.loads((SAMPLES / name).read_text(encoding="utf-8"), parse_float=decimal.Decimal)


def cell(value, key):
    if isinstance(value, decimal.Decimal):
        return float(value)
    if key.endswith("日期") and isinstance(value, str):
        return datetime.date.fromisoformat(value)
    return value


def sheet(ws, keys, rows, money=()):
    ws.append(keys)
    for c in ws[1]:
        c.font = Font(bold=True)
    for r in rows:
        ws.append([cell(r.get(k), k) for k in keys])
    for col in ws.iter_cols(min_row=2):
        for c in col:
            if isinstance(c.value, datetime.date):
                c.number_format = "yyyy-mm-dd"
            elif ws.cell(1, c.column).value in money:
                c.number_format = "#,##0.00"


def columns(rows):
    keys = []
    for r in rows:
        keys += [k for k, v in r.items() if k not in keys and not isinstance(v, (list, dict))]
    return keys


plan = load("plan-2016.json")
keys = columns(plan)
wb = openpyxl.Workbook()
sheet(wb.active, keys, plan)
wb.active.title = "计划"
wb.save(SAMPLES / "plan-2016.xlsx")
with open(SAMPLES / "plan-2016-gbk.csv", "w", encoding="gb18030", newline="") as f:
    w = csv.writer(f, lineterminator="\r\n")
    w.writerow(keys)
    for r in plan:
        w.writerow([r.get(k, "") for k in keys])

settlement = load("settlement-2016.json")
money = {"合计", "人社厅拨付资金", "人社厅资助金额", "单位自筹资金", "人社厅资助结余资金", "金额"}
wb = openpyxl.Workbook()
sheet(wb.active, columns(settlement), settlement, money)
wb.active.title = "决算"
items = [dict(编号=r["编号"], **f) for r in settlement for f in r["费用"]]
sheet(wb.create_sheet("费用"), ["编号", "项目", "金额", "备注"], items, money)
wb.save(SAMPLES / "settlement-2016.xlsx")
