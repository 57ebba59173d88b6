#!/usr/bin/env python3
"""Writes the workbook tests/e2e/test_xlsx_reader.sh reads: a 差旅费报销单 as a
finance office keeps it in Excel (openpyxl, then two things openpyxl 3.0
cannot write patched into the XML: a rich-text cell and the cached value of
a formula, as Excel stores them after a recalculation).

    make_xlsx_reader_fixture.py OUT.xlsx SEAL.png

A third patch (openpyxl needs Pillow to place pictures) draws SEAL.png as
the 印章 over the signature row, as a twoCellAnchor picture 30 × 30 mm.
"""
import re
import sys
import zipfile
from datetime import date

from openpyxl import Workbook
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

out, seal = sys.argv[1], sys.argv[2]
wb = Workbook()
ws = wb.active
ws.title = "差旅费报销单"
thin = Side(style="thin", color="FF000000")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
grey = PatternFill("solid", fgColor="FFD9D9D9")
song = "宋体"

for col, width in zip("ABCDEF", (8, 16, 16, 14, 14, 16)):
    ws.column_dimensions[col].width = width
ws.column_dimensions["G"].hidden = True  # a helper column, never printed

ws.merge_cells("A1:F1")
ws["A1"] = "差旅费报销单"
ws["A1"].font = Font(name=song, size=18, bold=True)
ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
ws.row_dimensions[1].height = 32

ws["A2"] = "单位：示例市财政局"
ws["D2"] = "报销日期："
ws["E2"] = date(2024, 5, 20)
ws["E2"].number_format = 'yyyy"年"m"月"d"日"'
for ref in ("A2", "D2", "E2"):
    ws[ref].font = Font(name=song, size=11)
ws["G2"] = "隐藏列文字"

header = ["序号", "起点", "终点", "交通费", "住宿费", "小计"]
for i, text in enumerate(header):
    c = ws.cell(row=4, column=i + 1, value=text)
    c.font = Font(name="黑体", size=11, bold=True)
    c.fill = grey
    c.alignment = Alignment(horizontal="center", vertical="center")
trips = [(1, "北京", "上海", 1234.565, 800, 2034.57),
         (2, "北京", "天津", 54.5, 0, 54.5),
         (3, "天津", "北京", 612.43, 0, 612.43)]
for r, trip in enumerate(trips, start=5):
    for i, value in enumerate(trip):
        c = ws.cell(row=r, column=i + 1, value=value)
        c.font = Font(name=song, size=11)
        if i >= 3:
            c.number_format = "#,##0.00"
ws.merge_cells("B5:B6")  # both trips start in 北京
ws["A8"] = "合计"
ws["A8"].fill = grey
ws["A8"].alignment = Alignment(horizontal="center")
ws.merge_cells("A8:C8")
ws["D8"] = -1500
ws["D8"].number_format = '"¥"#,##0.00;"¥"-#,##0.00'
ws["E8"] = 0.875
ws["E8"].number_format = "0.0%"
ws["F8"] = "=SUM(F5:F7)"
ws["F8"].number_format = '"¥"#,##0.00'
ws["A9"] = "大写"
ws["A9"].fill = grey
ws.merge_cells("B9:F9")
ws["B9"] = "RICH_TEXT_CELL"
for row in ws.iter_rows(min_row=4, max_row=9, max_col=6):
    for c in row:
        c.border = box
ws.row_dimensions[10].hidden = True
ws["A10"] = "隐藏行文字"
ws["A12"] = "报销人：张三        审核人：李四"
ws["A12"].font = Font(name=song, size=11)

ws.print_area = "A1:F12"
ws.print_options.horizontalCentered = True
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.oddFooter.center.text = "第 &P 页 共 &N 页"
ws.oddHeader.right.text = "示例市财政局"
ws.conditional_formatting.add("F5:F7", CellIsRule(operator="greaterThan", formula=["1000"],
                                                   fill=PatternFill("solid", fgColor="FFFFC7CE")))
dv = DataValidation(type="list", formula1='"北京,上海,天津"')
dv.add("B5:C7")
ws.add_data_validation(dv)

notes = wb.create_sheet("说明")
notes["A1"] = "填表说明：金额单位为元。"
notes.page_setup.orientation = "portrait"
notes.page_setup.paperSize = notes.PAPERSIZE_A4

hidden = wb.create_sheet("内部")
hidden["A1"] = "不打印的内部数据"
hidden.sheet_state = "hidden"
wb.properties.title = "差旅费报销单"
wb.save(out)

# Patch in what openpyxl 3.0 cannot write: the rich-text cell as a shared
# string (Excel keeps every string there), and the formula's cached value.
RICH = ('<si><r><t>人民币</t></r><r><rPr><b/><sz val="12"/><color rgb="FFFF0000"/>'
        '<rFont val="楷体"/></rPr><t>贰仟柒佰零壹元伍角整</t></r></si>')
SST = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
       '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" '
       'uniqueCount="1">' + RICH + '</sst>')
with zipfile.ZipFile(out) as z:
    parts = {n: z.read(n) for n in z.namelist()}
sheet = parts["xl/worksheets/sheet1.xml"].decode()
sheet, n = re.subn(r'(<c r="B9"[^>]*?) t="inlineStr"><is><t>RICH_TEXT_CELL</t></is>',
                   r'\1 t="s"><v>0</v>', sheet)
assert n == 1, "rich-text cell not found"
sheet, n = re.subn(r"(<f>SUM\(F5:F7\)</f>)(<v\s*/>|<v></v>)?", r"\1<v>2701.5</v>", sheet)
assert n == 1, "formula cell not found"
parts["xl/worksheets/sheet1.xml"] = sheet.encode()
parts["xl/sharedStrings.xml"] = SST.encode()
rels = parts["xl/_rels/workbook.xml.rels"].decode()
parts["xl/_rels/workbook.xml.rels"] = rels.replace(
    "</Relationships>",
    '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>').encode()
types = parts["[Content_Types].xml"].decode()
parts["[Content_Types].xml"] = types.replace(
    "</Types>",
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>').encode()
NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
MM = 36000  # EMU
DRAWING = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="' + NS_REL + '">'
    '<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff>'
    '<xdr:row>10</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>4</xdr:col>'
    '<xdr:colOff>0</xdr:colOff><xdr:row>13</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>'
    '<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="印章" descr="电子印章"/><xdr:cNvPicPr/>'
    '</xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch>'
    '</xdr:blipFill><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
    '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/>'
    '</xdr:twoCellAnchor></xdr:wsDr>' % (30 * MM, 30 * MM))
sheet = parts["xl/worksheets/sheet1.xml"].decode()
sheet = sheet.replace("</worksheet>", '<drawing r:id="rIdSeal"/></worksheet>')
if "xmlns:r=" not in sheet[:400]:
    sheet = sheet.replace("<worksheet ", '<worksheet xmlns:r="' + NS_REL + '" ', 1)
parts["xl/worksheets/sheet1.xml"] = sheet.encode()
parts["xl/worksheets/_rels/sheet1.xml.rels"] = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="' + NS_PKG + '">'
    '<Relationship Id="rIdSeal" Type="' + NS_REL + '/drawing" Target="../drawings/drawing1.xml"/>'
    '</Relationships>').encode()
parts["xl/drawings/drawing1.xml"] = DRAWING.encode()
parts["xl/drawings/_rels/drawing1.xml.rels"] = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="' + NS_PKG + '">'
    '<Relationship Id="rId1" Type="' + NS_REL + '/image" Target="../media/image1.png"/>'
    '</Relationships>').encode()
parts["xl/media/image1.png"] = open(seal, "rb").read()
types = parts["[Content_Types].xml"].decode()
parts["[Content_Types].xml"] = types.replace(
    "</Types>",
    '<Default Extension="png" ContentType="image/png"/><Override PartName="/xl/drawings/'
    'drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>'
    '</Types>').encode()
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in parts.items():
        z.writestr(name, data)
