#!/usr/bin/python3
"""Builds DOCX templates the way an author's tools leave them, for the DOCX
template tests (tests/unit/docx/docx_template_python_test.cpp, and the CLI
end-to-end test): python-docx documents with tags typed into the text,
some split over runs with different formatting as Word saves them.

Usage: make_docx_templates.py OUTDIR
Writes into OUTDIR:
  差旅费报销单.docx   travel expense claim (data: samples/travel-expense-2024.json)
  行程明细.docx       nested lists (data: tests/fixtures/docx/行程明细.json)
  seal.png            the picture {{%image "seal.png"}} shows
"""
import math
import os
import struct
import sys
import zlib

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from make_docx_fixtures import add_field  # beside this file


def east_asian_font(style_or_run, name):
    """Sets the East Asian face (w:rFonts/@w:eastAsia) python-docx leaves out."""
    rpr = style_or_run.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), name)


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def field(paragraph, instruction):
    """A complex field (ECMA-376 §17.16.18) showing a cached '1'."""
    add_field(paragraph, instruction, "1")


def proof_err(paragraph, kind):
    """A spell-check mark between runs, as Word writes them inside tags."""
    e = OxmlElement("w:proofErr")
    e.set(qn("w:type"), kind)
    paragraph._p.append(e)


def set_cell(cell, text, bold=False, align=None):
    p = cell.paragraphs[0]
    p.text = ""
    run = p.add_run(text)
    run.bold = bold
    if align is not None:
        p.alignment = align
    return p


def seal_png(path, size=120):
    """A red ring on a transparent ground (RGBA PNG, no PIL needed)."""
    rows = []
    c = (size - 1) / 2
    for y in range(size):
        row = bytearray(b"\0")
        for x in range(size):
            d = math.hypot(x - c, y - c)
            on = size * 0.36 <= d <= size * 0.48 or (abs(x - c) < size * 0.08 and abs(y - c) < size * 0.08)
            row += bytes((200, 20, 20, 255)) if on else bytes((255, 255, 255, 0))
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def base_document(landscape):
    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(10.5)
    east_asian_font(normal, "仿宋")
    s = d.sections[0]
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Mm(297), Mm(210)
    else:
        s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin = s.bottom_margin = Mm(15 if landscape else 20)
    s.left_margin = s.right_margin = Mm(22)
    s.header_distance = s.footer_distance = Mm(8 if landscape else 12)
    return d


def title(d, text):
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(text)
    run.bold = True
    run.font.size = Pt(18)
    east_asian_font(run, "黑体")
    return p


def travel_expense(out):
    d = base_document(landscape=True)

    # Header: the unit (a tag) and a QR code of the claim number; footer:
    # page x of y as fields.
    s = d.sections[0]
    hp = s.header.paragraphs[0]
    hp.add_run("{{单位}}").bold = True
    hp.add_run("　　单据编号：{{单据编号}}　")
    hp.add_run("{{%qrcode 单据编号 size=12}}")
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("第 ")
    field(fp, "PAGE")
    fp.add_run(" 页 共 ")
    field(fp, "NUMPAGES")
    fp.add_run(" 页")

    title(d, "差旅费报销单")
    p = d.add_paragraph("报销日期：{{报销日期}}")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    # Who and why: 姓名 typed as Word saves it after spell-check and a
    # bold/italic edit inside the tag; 部门 split between two sizes.
    info = d.add_table(rows=2, cols=4)
    info.style = "Table Grid"
    info.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(info.cell(0, 0), "姓名", bold=True)
    p = info.cell(0, 1).paragraphs[0]
    p.add_run("{{")
    proof_err(p, "spellStart")
    p.add_run("姓").bold = True
    p.add_run("名").italic = True
    proof_err(p, "spellEnd")
    p.add_run("}}")
    set_cell(info.cell(0, 2), "部门", bold=True)
    p = info.cell(0, 3).paragraphs[0]
    p.add_run("{{部").font.size = Pt(12)
    p.add_run("门}}").font.color.rgb = RGBColor(0xC0, 0, 0)
    set_cell(info.cell(1, 0), "出差事由", bold=True)
    reason = info.cell(1, 1).merge(info.cell(1, 3))
    set_cell(reason, "{{出差事由}}")
    d.add_paragraph()

    # The trips: a row per trip ({{#each 行程}} … {{/each}} in its first and
    # last cells) beside a 行程 column merged down to the 合计 row.
    heads = ["行程", "日期", "起止地点", "交通工具", "交通费", "住宿费", "伙食补助", "其他", "小计"]
    t = d.add_table(rows=4, cols=len(heads))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(heads):
        set_cell(t.cell(0, i), h, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        shade(t.cell(0, i), "D9D9D9")
    money = "{{%s | default(0) | money}}"
    cells = [
        "{{#each 行程}}{{出发日期}}至{{到达日期}}",
        "{{起点}}—{{终点}}",
        "{{交通工具}}",
        money % "交通费",
        money % "住宿费",
        money % "伙食补助",
        money % "其他",
        "{{sum([交通费 | default(0), 住宿费 | default(0), 伙食补助 | default(0), 其他 | default(0)])"
        " | money}}{{/each}}",
    ]
    for i, text in enumerate(cells):
        set_cell(t.cell(1, i + 1), text, align=WD_ALIGN_PARAGRAPH.RIGHT if i >= 3 else None)
    total_label = t.cell(2, 1).merge(t.cell(2, 7))
    set_cell(total_label, "合计", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_cell(t.cell(2, 8), "{{合计 | money}}", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    merged = t.cell(1, 0).merge(t.cell(2, 0))
    set_cell(merged, "出差明细", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    upper_label = t.cell(3, 0).merge(t.cell(3, 2))
    set_cell(upper_label, "人民币（大写）", bold=True)
    upper = t.cell(3, 3).merge(t.cell(3, 8))
    set_cell(upper, "{{合计 | rmb_upper}}")
    d.add_paragraph()

    # Advance and settlement: nested if/else over paragraphs.
    d.add_paragraph("{{#if 预借金额 | default(0)}}")
    d.add_paragraph("预借金额：{{预借金额 | money}} 元")
    d.add_paragraph("{{#if 预借金额 > 合计}}")
    d.add_paragraph("应退金额：{{预借金额 - 合计 | money}} 元")
    d.add_paragraph("{{else}}")
    d.add_paragraph("应补金额：{{合计 - 预借金额 | money}} 元")
    d.add_paragraph("{{/if}}")
    d.add_paragraph("{{else}}")
    d.add_paragraph("应补金额：{{合计 | money}} 元（无预借）")
    d.add_paragraph("{{/if}}")
    d.add_paragraph("附单据 {{附件张数 | default(0)}} 张")

    d.add_paragraph("说明：按实际发生额凭票报销。", style="List Number")
    d.add_paragraph("伙食补助按出差自然天数计算。", style="List Number")

    # Signatures: the approval cell holds a picture.
    sign = d.add_table(rows=2, cols=4)
    sign.style = "Table Grid"
    for i, h in enumerate(["报销人", "部门负责人", "财务审核", "单位审批"]):
        set_cell(sign.cell(0, i), h, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_cell(sign.cell(1, 0), "{{姓名}}", align=WD_ALIGN_PARAGRAPH.CENTER)
    set_cell(sign.cell(1, 3), '{{%image "seal.png" width=15}}', align=WD_ALIGN_PARAGRAPH.CENTER)
    d.core_properties.title = "差旅费报销单"
    d.save(os.path.join(out, "差旅费报销单.docx"))


def trip_details(out):
    d = base_document(landscape=False)
    title(d, "{{姓名}}的行程明细")
    d.add_paragraph("{{#each 行程}}")
    d.add_heading("{{index}}. {{起点}} → {{终点}}（{{日期}}）", level=2)
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    set_cell(t.cell(0, 0), "费用项目", bold=True)
    set_cell(t.cell(0, 1), "金额", bold=True)
    shade(t.cell(0, 0), "DDEBF7")
    shade(t.cell(0, 1), "DDEBF7")
    set_cell(t.cell(1, 0), "{{#each 费用}}{{名称}}")
    set_cell(t.cell(1, 1), "{{金额 | money}}{{/each}}", align=WD_ALIGN_PARAGRAPH.RIGHT)
    d.add_paragraph("本段小计：{{sum(费用.金额) | money}} 元")
    d.add_paragraph("{{/each}}")
    d.add_paragraph("备注：")
    d.add_paragraph("{{#each 备注}}{{this}}{{/each}}", style="List Bullet")
    d.add_paragraph("总计：{{sum([sum(t.费用.金额) for t in 行程]) | money}} 元")
    d.save(os.path.join(out, "行程明细.docx"))


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    seal_png(os.path.join(out, "seal.png"))
    travel_expense(out)
    trip_details(out)


if __name__ == "__main__":
    main()
