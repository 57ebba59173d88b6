#!/usr/bin/python3
"""Copies an XLSX workbook with the cached result of one formula cell of its
first worksheet replaced: a workbook whose formula and cached value
disagree, which formwork itself refuses to write. Used to prove that
check_xlsx_recalc.py (LibreOffice) catches such a file.

Usage: set_cached_value.py SRC.xlsx DST.xlsx CELL VALUE   (CELL like D3)
Exit status: 0 written; 1 the cell is not a formula cell with a cached value.
"""
import re
import sys
import zipfile


def main():
    src, dst, cell, value = sys.argv[1:5]
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                pattern = r'(<c r="%s"[^>]*>\s*<f>[^<]*</f>\s*<v>)[^<]*(</v>)' % cell
                xml, n = re.subn(pattern, lambda m: m.group(1) + value + m.group(2), data.decode("utf-8"))
                if n != 1:
                    print("cell %s not found" % cell)
                    return 1
                data = xml.encode("utf-8")
            zout.writestr(item, data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
