#!/usr/bin/python3
"""Writes the Office-authored sample templates templates/travel-expense.docx
and templates/travel-expense.xlsx, a 差旅费报销单 (travel expense claim) laid
out as a finance office lays it out in Word and in Excel: title, a header
line, the traveller, a trips table whose one data row repeats per trip
({{#each 行程}}), the 合计 in figures and in 大写, the 预借/应退/应补
settlement, sign-off boxes, the unit in the page header and the page
number in the footer. In the workbook the 小计 and 合计 are the author's
own formulas (=SUM(F7:I7), =SUM(J7:J7)), which grow with the trips.

Tags are typed as a person types them in Word: the script puts some of
them over several runs with different formatting (Word's spell-check and
revision marks do the same), which the template reader must handle.

Run from the repository root with /usr/bin/python3 (python3-docx,
python3-openpyxl). The files are committed, so rendering the samples needs
neither; the workbook is saved once more by LibreOffice (soffice).
Usage: scripts/make-office-samples.py [OUT.docx [OUT.xlsx]]
"""
import sys

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

SONG, HEI = "宋体", "黑体"


def font(run, name=SONG, size=10.5, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)
    return run


def para(container, text="", size=10.5, bold=False, align=None, name=SONG, space_after=0):
    p = container.add_paragraph() if hasattr(container, "add_paragraph") else container
    if text:
        font(p.add_run(text), name, size, bold)
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    p.paragraph_format.space_before = Pt(0)
    return p


def split_tag(p, pieces, size=10.5):
    """One tag typed over several runs, e.g. ["{{", "姓", "名}}"], the middle
    one bold: as Word stores a tag whose characters were retyped."""
    for i, piece in enumerate(pieces):
        font(p.add_run(piece), SONG, size, bold=(i == 1))


def cell_text(cell, text, size=10.5, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    para(p, text, size, bold, align)
    return p


def shade(cell, fill="F2F2F2"):
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def page_field(p):
    """第 {PAGE} 页: a PAGE field as Word writes it (fldChar begin/instr/end)."""
    font(p.add_run("第 "), SONG, 9)
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"),
                       ("end", None)):
        r = font(p.add_run(), SONG, 9)
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        elif text.strip() == "PAGE":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            r._element.append(it)
        else:
            r.text = text
    font(p.add_run(" 页"), SONG, 9)


def build(out):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.top_margin = sec.bottom_margin = Mm(18)
    sec.left_margin = sec.right_margin = Mm(20)
    para(sec.header.paragraphs[0], "{{单位}}", 9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    page_field(sec.footer.paragraphs[0])
    sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    para(doc, "差旅费报销单", 20, True, WD_ALIGN_PARAGRAPH.CENTER, HEI, space_after=6)
    p = para(doc, "单位：{{单位}}　　单据编号：{{单据编号 | default('')}}　　报销日期：", 10.5)
    font(p.add_run("{{报销日期 | date}}"), SONG, 10.5)
    font(p.add_run("　　附件 {{附件张数 | default(0)}} 张"), SONG, 10.5)
    p.paragraph_format.space_after = Pt(4)

    who = doc.add_table(rows=2, cols=4)
    who.style = "Table Grid"
    who.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(who.cell(0, 0), "出差人", bold=True)
    split_tag(who.cell(0, 1).paragraphs[0], ["{{", "姓", "名}}"])
    who.cell(0, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    cell_text(who.cell(0, 2), "部　门", bold=True)
    cell_text(who.cell(0, 3), "{{部门}}")
    cell_text(who.cell(1, 0), "出差事由", bold=True)
    reason = who.cell(1, 1).merge(who.cell(1, 3))
    cell_text(reason, "{{出差事由}}", align=WD_ALIGN_PARAGRAPH.LEFT)
    for r in range(2):
        shade(who.cell(r, 0))
    shade(who.cell(0, 2))
    para(doc, "", 6)

    heads = ["出发日期", "到达日期", "起点", "终点", "交通工具", "交通费", "住宿费", "伙食补助",
             "其他", "小计"]
    trips = doc.add_table(rows=5, cols=len(heads))
    trips.style = "Table Grid"
    trips.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(heads):
        cell_text(trips.cell(0, i), h, bold=True)
        shade(trips.cell(0, i))
    money = "{{%s | default(0) | money}}"
    row = ["{{#each 行程}}{{出发日期 | date}}", "{{到达日期 | date}}", "{{起点}}", "{{终点}}",
           "{{交通工具}}", money % "交通费", money % "住宿费", money % "伙食补助", money % "其他",
           "{{ ((交通费 | default(0)) + (住宿费 | default(0)) + (伙食补助 | default(0))"
           " + (其他 | default(0))) | money }}{{/each}}"]
    for i, t in enumerate(row):
        cell_text(trips.cell(1, i), t, align=WD_ALIGN_PARAGRAPH.RIGHT if i >= 5 else
                  WD_ALIGN_PARAGRAPH.CENTER)
    total = trips.cell(2, 0).merge(trips.cell(2, 1))
    cell_text(total, "合计（大写）", bold=True)
    shade(total)
    upper = trips.cell(2, 2).merge(trips.cell(2, 7))
    cell_text(upper, "{{合计 | rmb_upper(true)}}", align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(trips.cell(2, 8), "¥", bold=True)
    cell_text(trips.cell(2, 9), "{{合计 | money}}", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    # The advance and what is refunded or still paid: only when there was one.
    adv = trips.cell(3, 0).merge(trips.cell(3, 1))
    cell_text(adv, "{{#if (预借金额 | default(0)) > 0}}预借金额", bold=True)
    shade(adv)
    cell_text(trips.cell(3, 2).merge(trips.cell(3, 3)), "{{预借金额 | money}}",
              align=WD_ALIGN_PARAGRAPH.RIGHT)
    back = trips.cell(3, 4).merge(trips.cell(3, 5))
    cell_text(back, "{{ if(预借金额 >= 合计, '应退金额', '应补金额') }}", bold=True)
    shade(back)
    cell_text(trips.cell(3, 6).merge(trips.cell(3, 9)),
              "{{ abs(预借金额 - 合计) | money }}{{/if}}", align=WD_ALIGN_PARAGRAPH.LEFT)
    signs = ["单位负责人", "财务审核", "部门负责人", "出差人"]
    sign = [trips.cell(4, 0).merge(trips.cell(4, 1)), trips.cell(4, 2).merge(trips.cell(4, 4)),
            trips.cell(4, 5).merge(trips.cell(4, 7)), trips.cell(4, 8).merge(trips.cell(4, 9))]
    for c, s in zip(sign, signs):
        cell_text(c, s + "：", align=WD_ALIGN_PARAGRAPH.LEFT)
    trips.rows[4].height = Mm(14)
    widths = [24, 24, 26, 26, 26, 24, 24, 24, 20, 26]
    for r in trips.rows:
        for c, w in zip(r.cells, widths):
            c.width = Mm(w)
    core = doc.core_properties
    core.title = "差旅费报销单"
    core.author = "formwork sample"
    doc.save(out)


def build_xlsx(out):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.worksheet.properties import PageSetupProperties

    wb = Workbook()
    ws = wb.active
    ws.title = "差旅费报销单"
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    grey = PatternFill("solid", fgColor="F2F2F2")
    money_fmt, date_fmt = "#,##0.00", "yyyy-mm-dd"

    def put(ref, value, bold=False, size=10.5, align="center", fmt=None, name=SONG, border=True,
            shaded=False, merge=None):
        c = ws[ref]
        c.value = value
        c.font = Font(name=name, size=size, bold=bold)
        c.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
        if fmt:
            c.number_format = fmt
        if merge:
            ws.merge_cells(merge)
        cells = ws[merge] if merge else ((c,),)
        for row in cells:
            for cell in row:
                if border:
                    cell.border = box
                if shaded:
                    cell.fill = grey
        return c

    put("A1", "差旅费报销单", True, 20, name=HEI, border=False, merge="A1:J1")
    put("A2", "单位：{{单位}}", align="left", border=False, merge="A2:D2")
    put("E2", "单据编号：{{单据编号 | default('')}}", align="left", border=False, merge="E2:G2")
    put("H2", "报销日期：{{报销日期 | date}}", align="right", border=False, merge="H2:J2")
    put("A3", "出差人", True, shaded=True)
    put("B3", "{{姓名}}", merge="B3:C3")
    put("D3", "部　门", True, shaded=True)
    put("E3", "{{部门}}", merge="E3:G3")
    put("H3", "附件张数", True, shaded=True)
    put("I3", "{{附件张数 | default(0)}}", fmt="0")
    put("J3", "张")
    put("A4", "出差事由", True, shaded=True)
    put("B4", "{{出差事由}}", align="left", merge="B4:J4")
    heads = ["出发日期", "到达日期", "起点", "终点", "交通工具", "交通费", "住宿费", "伙食补助",
             "其他", "小计"]
    for i, h in enumerate(heads):
        put(f"{chr(65 + i)}6", h, True, shaded=True)
    # Row 7 repeats per trip: the block tags sit in column K, outside the
    # print area, so every printed cell keeps one typed value.
    # An amount a trip does not have leaves its cell empty.
    row = ["{{出发日期}}", "{{到达日期}}", "{{起点}}", "{{终点}}", "{{交通工具}}"]
    row += ["{{%s | default('')}}" % k for k in ("交通费", "住宿费", "伙食补助", "其他")]
    row += ["=SUM(F7:I7)"]
    for i, t in enumerate(row):
        put(f"{chr(65 + i)}7", t, align="right" if i >= 5 else "center",
            fmt=money_fmt if i >= 5 else (date_fmt if i < 2 else None))
    ws["K7"] = "{{#each 行程}}{{/each}}"
    put("A8", "合计（大写）", True, shaded=True, merge="A8:B8")
    put("C8", "{{合计 | rmb_upper(true)}}", align="left", merge="C8:H8")
    put("I8", "¥", True)
    put("J8", "=SUM(J7:J7)", True, align="right", fmt=money_fmt)
    # The advance and what is refunded or still paid: only when there was one.
    put("A9", "{{#if (预借金额 | default(0)) > 0}}预借金额{{/if}}", True, shaded=True,
        merge="A9:B9")
    put("C9", "{{预借金额}}", align="right", fmt=money_fmt, merge="C9:D9")
    put("E9", "=IF(C9>=J8,\"应退金额\",\"应补金额\")", True, shaded=True, merge="E9:F9")
    put("G9", "=ABS(C9-J8)", align="right", fmt=money_fmt, merge="G9:J9")
    for ref, text, merge in (("A10", "单位负责人：", "A10:B10"), ("C10", "财务审核：", "C10:E10"),
                             ("F10", "部门负责人：", "F10:H10"), ("I10", "出差人：", "I10:J10")):
        put(ref, text, align="left", merge=merge)
    ws.row_dimensions[1].height = 30
    ws.row_dimensions[5].height = 6
    ws.row_dimensions[10].height = 40
    for col, w in zip("ABCDEFGHIJK", [12, 12, 12, 12, 13, 11, 11, 11, 10, 12, 24]):
        ws.column_dimensions[col].width = w
    ws.column_dimensions["K"].hidden = True
    ws.print_area = "A1:J10"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.79
    ws.page_margins.top = ws.page_margins.bottom = 0.71
    ws.oddHeader.right.text = "{{单位}}"
    ws.oddHeader.right.size = 9
    ws.oddFooter.center.text = "第 &P 页 共 &N 页"
    ws.oddFooter.center.size = 9
    wb.properties.title = "差旅费报销单"
    wb.properties.creator = "formwork sample"
    saved_by_office(wb, out)


def saved_by_office(wb, out):
    """Saves the workbook as an office suite does (shared strings, cached
    formula values, its own styles part): openpyxl's file is opened and
    saved again by LibreOffice, as a user's Excel or WPS file would be."""
    import os
    import shutil
    import subprocess
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "template.xlsx")
        wb.save(src)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                        "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir",
                        os.path.join(tmp, "out"), src], check=True, capture_output=True)
        restore_faces(os.path.join(tmp, "out", "template.xlsx"), out)


def restore_faces(src, out):
    """LibreOffice writes the installed font it substituted (AR PL KaitiM
    GB) in place of 宋体 and 黑体 it does not have; an office's Excel has
    them, so the template names them again: the 20 pt title 黑体, the rest
    宋体."""
    import re
    import zipfile
    with zipfile.ZipFile(src) as zi, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for item in zi.infolist():
            data = zi.read(item)
            if item.filename == "xl/styles.xml":
                def face(m):
                    font = m.group(0)
                    name = HEI if '<sz val="20"/>' in font else SONG
                    return font.replace('val="AR PL KaitiM GB"', f'val="{name}"')
                data = re.sub(r"<font>.*?</font>", face, data.decode()).encode()
            zo.writestr(item, data)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else "templates/travel-expense.docx")
    build_xlsx(sys.argv[2] if len(sys.argv) > 2 else "templates/travel-expense.xlsx")
