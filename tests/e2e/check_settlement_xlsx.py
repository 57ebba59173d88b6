#!/usr/bin/python3
"""Checks the settlement workbooks: 合计 is a SUM formula over the item
amounts whose cached value equals the data's 合计, 结余 is a formula whose
cached value equals the data's 人社厅资助结余资金, amounts use #,##0.00, and
LibreOffice's recalculation agrees with every cached value.

Usage: check_settlement_xlsx.py DATA.json OUTDIR
"""
import json
import os
import subprocess
import sys
import tempfile
from decimal import Decimal

import openpyxl


def formulas(path):
    wf = openpyxl.load_workbook(path)
    wv = openpyxl.load_workbook(path, data_only=True)
    for ws in wf.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str) and c.value.startswith("="):
                    yield ws.title, c.coordinate, c.value, wv[ws.title][c.coordinate].value, c.number_format


RECALC_ALWAYS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def recalculated(path, tmp):
    """Values after LibreOffice recalculates every formula on load. By default
    LibreOffice trusts the cached values of an XLSX, which would make this
    check vacuous, so the profile sets OOXMLRecalcMode 0 (always recalculate)."""
    os.makedirs(f"{tmp}/profile/user", exist_ok=True)
    with open(f"{tmp}/profile/user/registrymodifications.xcu", "w") as fh:
        fh.write(RECALC_ALWAYS)
    subprocess.run(["soffice", "--headless", "--norestore",
                    f"-env:UserInstallation=file://{tmp}/profile",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", f"{tmp}/re", path],
                   check=True, capture_output=True, timeout=300)
    return openpyxl.load_workbook(f"{tmp}/re/{os.path.basename(path)}", data_only=True)


def main():
    data, outdir = sys.argv[1], sys.argv[2]
    fails = 0
    for rec in json.load(open(data, encoding="utf-8")):
        path = f"{outdir}/{rec['编号']}-经费决算表.xlsx"
        found = {}
        with tempfile.TemporaryDirectory() as tmp:
            re_wb = recalculated(path, tmp)
            for sheet, coord, formula, cached, fmt in formulas(path):
                found[formula.split("(")[0]] = (coord, cached, fmt)
                again = re_wb[sheet][coord].value
                if cached is None or again is None or abs(Decimal(str(again)) - Decimal(str(cached))) > Decimal("0.005"):
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
