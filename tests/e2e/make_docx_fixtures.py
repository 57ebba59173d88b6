#!/usr/bin/python3
"""Writes the .docx files the DOCX reader is checked on (check_docx_reader.py):

  word-style.docx  python-docx on Word's own default template (theme fonts,
                   Normal/Heading/Title/List styles, numbering.xml, "Table
                   Grid"), with what a Word user adds: runs in 仿宋_GB2312
                   and 黑体, bold/italic/underline, bullet and numbered lists,
                   a table with merged cells (gridSpan, vMerge) and a header
                   row, a picture, a page-number footer (PAGE / NUMPAGES
                   fields), a page break and a landscape second section.
  lo-html.docx     LibreOffice's DOCX export of an HTML page (its own
                   styles.xml, table grid and cell borders, rowspan/colspan).
  wps-style.docx   a Chinese notice written as WPS writes one (raw XML):
                   theme and style fonts, headings numbered through their
                   styles (一、 （一）), the header rule, the page number in a
                   footer text box aligned outside with numberInDash, a
                   merged-cell table, a floating seal, a text box.
  lo-roundtrip.docx  LibreOffice's DOCX export of word-style.docx (the same
                   content as LibreOffice writes it: w:sdt, its field markup).

Usage: make_docx_fixtures.py OUT_DIR [SEAL_PNG]
"""
import os
import subprocess
import sys
import tempfile
import zipfile

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor


def set_fonts(run, east_asia, latin=None):
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), east_asia)
    if latin:
        fonts.set(qn("w:ascii"), latin)
        fonts.set(qn("w:hAnsi"), latin)


def add_field(paragraph, code, cached):
    """A complex field (begin, instrText, separate, result, end), as Word writes PAGE."""
    def fld(kind):
        r = paragraph.add_run()
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        r._element.append(el)
    fld("begin")
    r = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {code} "
    r._element.append(instr)
    fld("separate")
    paragraph.add_run(cached)
    fld("end")


def word_style(path, seal):
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    footer = sec.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("第 ")
    add_field(footer, "PAGE", "1")
    footer.add_run(" 页 共 ")
    add_field(footer, "NUMPAGES", "2")
    footer.add_run(" 页")
    d.add_paragraph("关于开展2024年度专项检查的通知", style="Title")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("鲁检字〔2024〕12号")
    set_fonts(r, "仿宋_GB2312", "Times New Roman")
    r.font.size = Pt(16)
    d.add_heading("一、总体要求", level=1)
    body = d.add_paragraph()
    body.paragraph_format.first_line_indent = Pt(32)
    body.paragraph_format.line_spacing = Pt(28)
    for text, bold, italic in (("为贯彻落实", False, False), ("有关部署", True, False),
                               ("，现就 Annual Review 2024 ", False, True),
                               ("有关事项通知如下。", False, False)):
        r = body.add_run(text)
        r.bold, r.italic = bold, italic
        set_fonts(r, "仿宋_GB2312", "Times New Roman")
        r.font.size = Pt(16)
    u = body.add_run("请各单位高度重视。")
    u.underline = True
    u.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    d.add_heading("二、检查内容", level=2)
    for item in ("制度建设情况", "经费使用情况", "档案管理情况"):
        d.add_paragraph(item, style="List Number")
    for item in ("自查阶段", "抽查阶段"):
        d.add_paragraph(item, style="List Bullet")
    t = d.add_table(rows=5, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    head = ["序号", "单位", "金额（元）", "备注"]
    for c, text in enumerate(head):
        t.cell(0, c).text = text
    hdr = t.rows[0]._tr.get_or_add_trPr()
    hdr.append(OxmlElement("w:tblHeader"))
    rows = [["1", "济南市", "12,000.00", "按期完成"],
            ["2", "青岛市", "8,500.00", ""],
            ["3", "烟台市", "6,000.00", ""],
            ["合计", "", "26,500.00", ""]]
    for r_i, row in enumerate(rows, start=1):
        for c, text in enumerate(row):
            if text:
                t.cell(r_i, c).text = text
    t.cell(1, 3).merge(t.cell(3, 3))   # vMerge over three rows
    t.cell(4, 0).merge(t.cell(4, 1))   # gridSpan 2
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), "D9D9D9")
    t.cell(0, 0)._tc.get_or_add_tcPr().append(shd)
    d.add_paragraph("以上数据截至2024年6月30日。")
    if seal:
        pic = d.add_paragraph()
        pic.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        pic.add_run().add_picture(seal, width=Mm(30))
    d.add_paragraph("山东省检查工作领导小组办公室").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("2024年7月1日").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    br = d.add_paragraph().add_run()
    br.add_break(WD_BREAK.PAGE)
    d.add_paragraph("附件1", style="Heading 3")
    d.add_paragraph("第二页的正文：检查工作安排表见下一节。")
    new = d.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Mm(297), Mm(210)
    t2 = d.add_table(rows=3, cols=6)
    t2.style = "Table Grid"
    for c in range(6):
        t2.cell(0, c).text = f"第{c + 1}周"
    for r_i in (1, 2):
        for c in range(6):
            t2.cell(r_i, c).text = f"任务{r_i}-{c + 1}"
    d.add_paragraph("（横向附表结束）")
    d.core_properties.title = "专项检查通知"
    d.save(path)


HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Biểu mẫu</title></head>
<body>
<h1>BÁO CÁO KẾT QUẢ THỰC HIỆN</h1>
<p style="text-align:center"><b>Kỳ báo cáo: tháng 5 năm 2023</b></p>
<h2>1. Tình hình chung</h2>
<p style="text-align:justify">Thực hiện Kế hoạch số 12/KH-UBND ngày 10 tháng 01 năm 2023 của Ủy ban
nhân dân tỉnh, các sở, ban, ngành đã triển khai đầy đủ các nhiệm vụ được giao.</p>
<ul><li>Hoàn thành đúng tiến độ</li><li>Bảo đảm chất lượng</li></ul>
<ol><li>Rà soát hồ sơ</li><li>Tổng hợp số liệu</li><li>Báo cáo kết quả</li></ol>
<table border="1" cellspacing="0" cellpadding="4" style="width:100%">
<tr><th>STT</th><th>Đơn vị</th><th colspan="2">Kết quả</th></tr>
<tr><td rowspan="2">1</td><td>Sở Tài chính</td><td>95%</td><td>Đạt</td></tr>
<tr><td>Sở Nội vụ</td><td>90%</td><td>Đạt</td></tr>
<tr><td>2</td><td>Sở Y tế</td><td colspan="2">Đang tổng hợp</td></tr>
</table>
<p>汉字与越南文混排：检查 kiểm tra 2023。</p>
<p style="text-align:right"><i>Hà Nội, ngày 31 tháng 5 năm 2023</i></p>
</body></html>
"""


W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable=""')

WPS_STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W_NS}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:cstheme="minorBidi"/>
<w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
<w:pPrDefault/></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="1"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr>
<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 1"/><w:basedOn w:val="1"/><w:next w:val="1"/><w:qFormat/>
<w:pPr><w:keepNext/><w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:line="560" w:lineRule="exact"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="3"><w:name w:val="heading 2"/><w:basedOn w:val="1"/><w:next w:val="1"/><w:qFormat/>
<w:pPr><w:keepNext/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:spacing w:line="560" w:lineRule="exact"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="4"><w:name w:val="footer"/><w:basedOn w:val="1"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4153"/><w:tab w:val="right" w:pos="8306"/></w:tabs><w:snapToGrid w:val="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="5"><w:name w:val="header"/><w:basedOn w:val="1"/><w:pPr><w:pBdr><w:bottom w:val="single" w:color="auto" w:sz="6" w:space="1"/></w:pBdr><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="6"><w:name w:val="Title"/><w:basedOn w:val="1"/><w:pPr><w:spacing w:line="700" w:lineRule="exact"/><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:ascii="方正小标宋简体" w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/></w:rPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="7"><w:name w:val="Default Paragraph Font"/></w:style>
<w:style w:type="table" w:default="1" w:styleId="8"><w:name w:val="Normal Table"/><w:tblPr><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="9"><w:name w:val="Table Grid"/><w:basedOn w:val="8"/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr>
<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>"""

WPS_NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W_NS}>
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="2"/><w:suff w:val="nothing"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="3"/><w:suff w:val="nothing"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>
</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"""

WPS_THEME = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office"><a:themeElements><a:fontScheme name="Office">
<a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Hans" typeface="宋体"/></a:majorFont>
<a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Hans" typeface="宋体"/></a:minorFont>
</a:fontScheme></a:themeElements></a:theme>"""


def p(text="", ppr="", rpr=""):
    run = f'<w:r>{"<w:rPr>" + rpr + "</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{text}</w:t></w:r>' if text else ""
    return f'<w:p>{"<w:pPr>" + ppr + "</w:pPr>" if ppr else ""}{run}</w:p>'


def tc(text, tcpr="", ppr='<w:jc w:val="center"/>'):
    content = p(text, ppr, '<w:sz w:val="24"/>')
    return f'<w:tc><w:tcPr>{tcpr}<w:vAlign w:val="center"/></w:tcPr>{content}</w:tc>'


def wps_style(path, seal):
    """A Chinese government notice as WPS writes one: theme and style fonts,
    headings numbered through their styles (一、 （一）), the header line, a
    page number in a footer text box, a merged-cell table, a floating seal,
    a text box and a TOC-like field."""
    seal_run = ""
    if seal:
        seal_run = ('<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
                    '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>3200000</wp:posOffset></wp:positionH>'
                    '<wp:positionV relativeFrom="paragraph"><wp:posOffset>-500000</wp:posOffset></wp:positionV><wp:extent cx="1440000" cy="1440000"/>'
                    '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="5" name="图片 5" descr="印章"/>'
                    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="5" name="seal.png"/><pic:cNvPicPr/></pic:nvPicPr>'
                    '<pic:blipFill><a:blip r:embed="rIdSeal"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1440000" cy="1440000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>')
    text_box = ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="3" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
                '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
                '<wp:extent cx="1800000" cy="400000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="7" name="文本框 7"/>'
                '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:spPr/><wps:txbx><w:txbxContent>'
                + p("批注框") + '</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
                '<mc:Fallback><w:pict><v:shape style="position:absolute;width:141.7pt;height:31.5pt"><v:textbox><w:txbxContent>' + p("批注框")
                + '</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    body = (
        p("关于做好2024年度专业技术人员继续教育工作的通知", '<w:pStyle w:val="6"/>')
        + p("各市人力资源社会保障局，省直各有关部门：", '<w:spacing w:line="560" w:lineRule="exact"/>')
        + p("为贯彻落实《专业技术人员继续教育规定》，现就有关事项通知如下。",
            '<w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/>')
        + p("总体要求", '<w:pStyle w:val="2"/>')
        + p("指导思想", '<w:pStyle w:val="3"/>')
        + p("坚持以人为本，服务发展大局。", '<w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/>')
        + p("目标任务", '<w:pStyle w:val="3"/>')
        + f'<w:p><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>'
          f'<w:r><w:t>全年培训</w:t></w:r><w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t>“</w:t></w:r><w:r><w:t>10</w:t></w:r>'
          f'<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t>”万人次</w:t></w:r>{text_box}<w:r><w:t>，详见</w:t></w:r>'
          f'<w:hyperlink w:anchor="_附件"><w:r><w:rPr><w:color w:val="0000FF"/><w:u w:val="single"/></w:rPr><w:t>附件</w:t></w:r></w:hyperlink><w:r><w:t>。</w:t></w:r></w:p>'
        + p("工作安排", '<w:pStyle w:val="2"/>')
        + '<w:tbl><w:tblPr><w:tblStyle w:val="9"/><w:tblW w:w="8844" w:type="dxa"/><w:jc w:val="center"/><w:tblLayout w:type="fixed"/></w:tblPr>'
          '<w:tblGrid><w:gridCol w:w="1200"/><w:gridCol w:w="2800"/><w:gridCol w:w="2444"/><w:gridCol w:w="2400"/></w:tblGrid>'
          '<w:tr><w:trPr><w:tblHeader/><w:trHeight w:val="567" w:hRule="atLeast"/></w:trPr>'
          + tc("阶段") + tc("时间") + tc("内容") + tc("责任单位") + '</w:tr>'
          '<w:tr>' + tc("一", '<w:vMerge w:val="restart"/>') + tc("1月—3月") + tc("制定计划") + tc("各市", '<w:vMerge w:val="restart"/>') + '</w:tr>'
          '<w:tr>' + tc("", '<w:vMerge/>') + tc("4月—6月") + tc("组织实施") + tc("", '<w:vMerge/>') + '</w:tr>'
          '<w:tr>' + tc("二") + tc("7月—12月", '<w:gridSpan w:val="2"/>') + tc("省厅") + '</w:tr>'
          '<w:tr>' + tc("合计", '<w:gridSpan w:val="2"/><w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/>') + tc("1,280.50") + tc("万元") + '</w:tr>'
          '</w:tbl>'
        + p("", '<w:spacing w:line="560" w:lineRule="exact"/>')
        + f'<w:p><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:right="640"/><w:jc w:val="right"/></w:pPr>{seal_run}<w:r><w:t>山东省人力资源和社会保障厅</w:t></w:r></w:p>'
        + p("2024年3月1日", '<w:spacing w:line="560" w:lineRule="exact"/><w:ind w:right="960"/><w:jc w:val="right"/>')
        + p("（此件主动公开）", '<w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/>')
        + '<w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/><w:footerReference w:type="default" r:id="rIdF1"/>'
          '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="1417" w:gutter="0"/>'
          '<w:pgNumType w:fmt="numberInDash"/><w:cols w:space="425"/><w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/></w:sectPr>')
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W_NS}><w:body>{body}</w:body></w:document>'
    footer_box = ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
                  '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>outside</wp:align></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
                  '<wp:extent cx="700000" cy="300000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="1" name="文本框 1"/>'
                  '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:spPr/><wps:txbx><w:txbxContent>'
                  '<w:p><w:pPr><w:pStyle w:val="4"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
                  '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/></w:rPr><w:instrText xml:space="preserve"> PAGE  \\* MERGEFORMAT </w:instrText></w:r>'
                  '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>'
                  '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/></w:rPr><w:t>1</w:t></w:r>'
                  '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r></w:p>'
                  '</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
                  '<mc:Fallback><w:pict><v:shape style="position:absolute;mso-position-horizontal:outside;mso-position-horizontal-relative:margin;width:55pt;height:23pt"><v:textbox><w:txbxContent>'
                  '<w:p><w:pPr><w:pStyle w:val="4"/></w:pPr><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>'
                  '</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    footer = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {W_NS}>'
              f'<w:p><w:pPr><w:pStyle w:val="4"/></w:pPr>{footer_box}</w:p></w:ftr>')
    header = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {W_NS}>'
              + p("山东省人力资源和社会保障厅文件", '<w:pStyle w:val="5"/>') + '</w:hdr>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/>'
            '<Relationship Id="rIdH1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
            '<Relationship Id="rIdF1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
            + ('<Relationship Id="rIdSeal" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>' if seal else '')
            + '</Relationships>')
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
             '<Default Extension="png" ContentType="image/png"/>'
             '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
             '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
             '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
             '<Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
             '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
             '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>')
    package_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", package_rels)
        z.writestr("word/document.xml", document)
        z.writestr("word/styles.xml", WPS_STYLES)
        z.writestr("word/numbering.xml", WPS_NUMBERING)
        z.writestr("word/theme/theme1.xml", WPS_THEME)
        z.writestr("word/header1.xml", header)
        z.writestr("word/footer1.xml", footer)
        z.writestr("word/_rels/document.xml.rels", rels)
        if seal:
            z.write(seal, "word/media/image1.png")


def soffice_convert(sources, out_dir, target, profile):
    subprocess.run(["soffice", "--headless", "--norestore",
                    f"-env:UserInstallation=file://{profile}", "--convert-to", target,
                    "--outdir", out_dir, *sources],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=300)


def main():
    out = sys.argv[1]
    seal = sys.argv[2] if len(sys.argv) > 2 else None
    os.makedirs(out, exist_ok=True)
    word_style(os.path.join(out, "word-style.docx"), seal)
    wps_style(os.path.join(out, "wps-style.docx"), seal)
    with tempfile.TemporaryDirectory() as tmp:
        html = os.path.join(tmp, "lo-html.html")
        with open(html, "w", encoding="utf-8") as f:
            f.write(HTML)
        profile = os.path.join(tmp, "profile")
        soffice_convert([html], out, "docx:MS Word 2007 XML", profile)
        src = os.path.join(tmp, "lo-roundtrip.docx")
        with open(os.path.join(out, "word-style.docx"), "rb") as f, open(src, "wb") as g:
            g.write(f.read())
        lo_dir = os.path.join(tmp, "lo")
        os.makedirs(lo_dir)
        soffice_convert([src], lo_dir, "docx:MS Word 2007 XML", profile)
        os.replace(os.path.join(lo_dir, "lo-roundtrip.docx"), os.path.join(out, "lo-roundtrip.docx"))


if __name__ == "__main__":
    main()
