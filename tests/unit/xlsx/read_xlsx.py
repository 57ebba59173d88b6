"""Dumps what the XLSX tests check, read back with openpyxl, as key=value lines.

Usage: read_xlsx.py FILE.xlsx [SHEET]   (SHEET: 0-based index, default 0)
"""
import sys

import openpyxl

path = sys.argv[1]
wb = openpyxl.load_workbook(path)
cached = openpyxl.load_workbook(path, data_only=True)
index = int(sys.argv[2]) if len(sys.argv) > 2 else 0
ws = wb.worksheets[index]
wc = cached.worksheets[index]
out = []
out.append(("sheets", ",".join(wb.sheetnames)))
out.append(("merged", " ".join(sorted(str(r) for r in ws.merged_cells.ranges))))
for row in ws.iter_rows():
    for c in row:
        if c.value is None:
            continue
        out.append(("value." + c.coordinate, str(c.value)))
        out.append(("type." + c.coordinate, c.data_type))
        out.append(("format." + c.coordinate, c.number_format))
        out.append(("font." + c.coordinate, "%s/%s/%s" % (c.font.name, c.font.sz, bool(c.font.b))))
        out.append(("fill." + c.coordinate, str(c.fill.fgColor.rgb) if c.fill.fill_type else "none"))
        out.append(("cached." + c.coordinate, str(wc[c.coordinate].value)))
        out.append(("cachedtype." + c.coordinate, type(wc[c.coordinate].value).__name__))
for row in ws.iter_rows():
    for c in row:
        b = c.border
        sides = (b.left.style, b.right.style, b.top.style, b.bottom.style)
        out.append(("border." + c.coordinate, ",".join(str(x) for x in sides)))
        if b.bottom.style:
            out.append(("bottomcolor." + c.coordinate, str(b.bottom.color.rgb if b.bottom.color else None)))
for r, dim in sorted(ws.row_dimensions.items()):
    if dim.height is not None:
        out.append(("height.%d" % r, "%.2f" % dim.height))
for col, dim in sorted(ws.column_dimensions.items()):
    out.append(("width." + col, "%.2f" % dim.width))
ps = ws.page_setup
out.append(("paperSize", str(ps.paperSize)))
out.append(("orientation", str(ps.orientation)))
out.append(("fitToWidth", str(ps.fitToWidth)))
out.append(("fitToHeight", str(ps.fitToHeight)))
out.append(("fitToPage", str(ws.sheet_properties.pageSetUpPr.fitToPage)))
out.append(("print_title_rows", str(ws.print_title_rows)))
out.append(("horizontalCentered", str(ws.print_options.horizontalCentered)))
out.append(("gridLines", str(ws.print_options.gridLines)))
out.append(("margin.left", "%.4f" % ws.page_margins.left))
out.append(("margin.top", "%.4f" % ws.page_margins.top))
out.append(("rowBreaks", ",".join(str(b.id) for b in ws.row_breaks.brk)))
out.append(("footer", str(ws.oddFooter.center.text)))
out.append(("footer.left", str(ws.oddFooter.left.text)))
out.append(("footer.right", str(ws.oddFooter.right.text)))
out.append(("header", str(ws.oddHeader.center.text)))
out.append(("header.left", str(ws.oddHeader.left.text)))
out.append(("header.right", str(ws.oddHeader.right.text)))
out.append(("margin.header", "%.4f" % ws.page_margins.header))
out.append(("margin.footer", "%.4f" % ws.page_margins.footer))
out.append(("title", str(wb.properties.title)))
out.append(("created", wb.properties.created.isoformat()))
for k, v in out:
    print("%s=%s" % (k, v.replace("\n", "\\n")))
