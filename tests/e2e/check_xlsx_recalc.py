#!/usr/bin/python3
"""Recalculates XLSX workbooks with LibreOffice and checks every formula's
cached value (the engine's result, written into the file) against it.

For each workbook, every formula cell's cached value is read with openpyxl
(data_only=True; formulas with data_only=False). All workbooks are then
recalculated in ONE headless LibreOffice call with a private profile whose
OOXMLRecalcMode is 0 ("always recalculate"): by default LibreOffice trusts
the cached values of an XLSX, which would make the check vacuous. Numbers
must agree to the cent (|a - b| < 0.005), text and booleans exactly; a
missing cached value or an error result is a mismatch.

Usage: check_xlsx_recalc.py [--require-formulas] FILE.xlsx...
Exit status: 0 all agree; 1 a mismatch, a workbook LibreOffice could not
convert, or (with --require-formulas) a workbook without formulas;
2 usage.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal

import openpyxl

RECALC_ALWAYS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""
CENT = Decimal("0.005")
# Spreadsheet error values (ECMA-376 Part 1 §18.17.4.3.1 ST_CellError), as
# openpyxl returns them for t="e" cells: never a correct result.
ERRORS = {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"}


def formula_cells(path):
    """[(sheet, coordinate, formula text, cached value)] of one workbook."""
    wf = openpyxl.load_workbook(path)
    wv = openpyxl.load_workbook(path, data_only=True)
    out = []
    for ws in wf.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.data_type != "f":
                    continue
                formula = c.value if isinstance(c.value, str) else getattr(c.value, "text", str(c.value))
                out.append((ws.title, c.coordinate, formula, wv[ws.title][c.coordinate].value))
    return out


def recalculate(paths, tmp):
    """Recalculated copies of `paths`, in order, from one soffice call. Each
    input is linked under a unique name first, since LibreOffice names its
    output after the input's base name."""
    os.makedirs(f"{tmp}/profile/user", exist_ok=True)
    with open(f"{tmp}/profile/user/registrymodifications.xcu", "w") as fh:
        fh.write(RECALC_ALWAYS)
    os.makedirs(f"{tmp}/in", exist_ok=True)
    links = []
    for i, p in enumerate(paths):
        link = f"{tmp}/in/{i:05d}.xlsx"
        os.symlink(os.path.abspath(p), link)
        links.append(link)
    proc = subprocess.run(["soffice", "--headless", "--norestore",
                           f"-env:UserInstallation=file://{tmp}/profile",
                           "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", f"{tmp}/out"] + links,
                          capture_output=True, text=True, timeout=1800)
    outs = [f"{tmp}/out/{i:05d}.xlsx" for i in range(len(paths))]
    return outs, proc.stdout + proc.stderr


def same(cached, again):
    """Whether a recalculated value equals the cached one (see module doc)."""
    if cached is None or again is None:
        return False
    if isinstance(cached, bool) or isinstance(again, bool):
        return type(cached) is type(again) and cached == again
    if isinstance(cached, (int, float)) and isinstance(again, (int, float)):
        return abs(Decimal(str(cached)) - Decimal(str(again))) < CENT
    if isinstance(cached, str) and isinstance(again, str):
        return cached == again and cached not in ERRORS
    return False


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--require-formulas", action="store_true",
                    help="fail for a workbook that holds no formula")
    ap.add_argument("files", nargs="+", metavar="FILE.xlsx")
    args = ap.parse_args()
    if shutil.which("soffice") is None:
        print("check_xlsx_recalc: soffice (LibreOffice) is not installed")
        return 1
    cells = {p: formula_cells(p) for p in args.files}
    problems = 0
    total = 0
    with tempfile.TemporaryDirectory(prefix="xlsx-recalc.") as tmp:
        outs, log = recalculate(args.files, tmp)
        for path, out in zip(args.files, outs):
            if args.require_formulas and not cells[path]:
                print(f"NO FORMULAS {path}")
                problems += 1
            if not os.path.exists(out):
                print(f"NOT CONVERTED {path}: {log.strip()}")
                problems += 1
                continue
            re_wb = openpyxl.load_workbook(out, data_only=True)
            for sheet, coord, formula, cached in cells[path]:
                total += 1
                again = re_wb[sheet][coord].value
                if not same(cached, again):
                    print(f"MISMATCH {path} {sheet}!{coord} {formula}: cached {cached!r}, recalculated {again!r}")
                    problems += 1
    print(f"check_xlsx_recalc: {len(args.files)} files, {total} formula cells, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
