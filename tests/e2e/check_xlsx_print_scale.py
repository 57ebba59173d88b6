#!/usr/bin/env python3
"""Checks that a formwork workbook prints at 100 % in LibreOffice (issue 11).

Usage: check_xlsx_print_scale.py BOOK.xlsx LIBREOFFICE.pdf

- The Normal style's font, the unit of every column width (ECMA-376 Part 1
  §18.3.1.13), is Times New Roman without a theme scheme, whose digits are as
  wide as the widths were planned with wherever the workbook is opened.
- The columns of the first worksheet add up to less than the page's printable
  width (slack for rounding), so fit-to-width has nothing to shrink.
- In the PDF LibreOffice printed, the most used font size equals the most used
  cell font size of the workbook (within 3 %): the sheet was not scaled down.
Exits 1 with one line per failed point.
"""
import collections
import re
import subprocess
import sys

import openpyxl

MM_PER_INCH = 25.4
PX_PER_INCH = 96


def column_px(width):
    # formwork stores px / 7 (the width with Excel's 5 px cell padding in it)
    return width * 7


def main(book_path, pdf_path):
    problems = []
    wb = openpyxl.load_workbook(book_path)
    normal = wb._fonts[0]
    if normal.name != "Times New Roman" or normal.sz != 10.5 or normal.scheme:
        problems.append(f"Normal font is {normal.name!r} {normal.sz} pt (scheme {normal.scheme!r}), "
                        "not Times New Roman 10.5 pt")
    ws = wb.worksheets[0]
    widths = [d.width for key, d in ws.column_dimensions.items() if d.width]
    total = sum(column_px(w) for w in widths)
    margins = ws.page_margins
    paper_w = 297 if ws.page_setup.orientation == "landscape" else 210
    printable = (paper_w / MM_PER_INCH - margins.left - margins.right) * PX_PER_INCH
    if total > printable:
        problems.append(f"columns add up to {total} px, the printable width is {printable:.1f} px")
    sizes = collections.Counter()
    for row in ws.iter_rows():
        for cell in row:
            if cell.value not in (None, "") and cell.font and cell.font.sz:
                sizes[float(cell.font.sz)] += 1
    cell_size = sizes.most_common(1)[0][0]
    qdf = subprocess.run(["qpdf", "--qdf", "--object-streams=disable", pdf_path, "-"],
                         capture_output=True, check=True).stdout
    printed = collections.Counter(float(m) for m in re.findall(rb"([0-9.]+) Tf", qdf))
    printed_size = printed.most_common(1)[0][0]
    scale = printed_size / cell_size
    if abs(scale - 1) > 0.03:
        problems.append(f"LibreOffice printed the sheet at {scale:.1%}: {cell_size} pt cells as {printed_size} pt")
    for p in problems:
        print(f"{book_path}: {p}")
    if not problems:
        print(f"{book_path}: Normal font Times New Roman 10.5 pt, columns {total:.0f} of {printable:.0f} px, "
              f"printed at {scale:.1%}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
