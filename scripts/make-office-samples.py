#!/usr/bin/python3
"""Writes the Office-authored sample template templates/travel-expense.docx,
a 差旅费报销单 (travel expense claim) laid out as a finance office lays it out
in Word: title, a header line, a table of the traveller, a trips table
whose one data row repeats per trip ({{#each 行程}}), the 合计 in figures
and in 大写, the 预借/应退/应补 settlement, sign-off boxes, the unit in the
page header and "第 N 页" (a PAGE field) in the footer.

Tags are typed as a person types them in Word: the script puts some of
them over several runs with different formatting (Word's spell-check and
revision marks do the same), which the template reader must handle.

Run from the repository root with /usr/bin/python3 (python3-docx). The file
is committed, so rendering the samples does not need python-docx.
Usage: scripts/make-office-samples.py [OUT.docx]
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


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else "templates/travel-expense.docx")
