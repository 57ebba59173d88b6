#!/usr/bin/env python3
"""DOCX parity of the official documents (issue 3), read with python3-docx
and from the OOXML parts (ECMA-376 Part 1):

  notice FILE.docx   two sections, the second landscape; GB/T 9704 margins;
                     odd/even footers (w:evenAndOddHeaders) with a PAGE field
                     in "— X —", odd right and even left; 附件1 header row
                     marked w:tblHeader; runs name w:eastAsia and w:ascii fonts;
                     heading styles; the red rule as a paragraph border.
  bao-cao FILE.docx  Nghị định 30 margins; page number header with a
                     different (empty) first page (w:titlePg); the header
                     blocks a borderless table; Liberation Serif / Times.
Prints one line per check; exit 1 when any fails.
"""
import re
import sys
import zipfile

import docx
from docx.shared import Mm

failures = 0
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def check(ok, what, detail=""):
    global failures
    print(("ok   " if ok else "FAIL ") + what + ("" if ok else f": {detail}"))
    failures += 0 if ok else 1


def parts(path, prefix):
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n).decode("utf-8") for n in z.namelist() if n.startswith(prefix)}


def near(a, b_mm, tol_mm=0.6):
    return a is not None and abs(a - Mm(b_mm)) <= Mm(tol_mm)


def footer_field_checks(path):
    settings = parts(path, "word/settings.xml")["word/settings.xml"]
    check("evenAndOddHeaders" in settings, "notice: settings.xml has w:evenAndOddHeaders")
    footers = parts(path, "word/footer")
    odd_even = {"right": False, "left": False}
    for xml in footers.values():
        if "PAGE" in xml and "—" in xml:
            for jc in ("right", "left"):
                if f'w:jc w:val="{jc}"' in xml:
                    odd_even[jc] = True
    check(any("PAGE" in x and "—" in x for x in footers.values()),
          "notice: a footer holds '—' PAGE '—'", list(footers))
    check(odd_even["right"] and odd_even["left"], "notice: one footer right-aligned, one left",
          odd_even)


def check_notice(path):
    d = docx.Document(path)
    check(len(d.sections) == 2, "notice: two sections", len(d.sections))
    s0 = d.sections[0]
    check(near(s0.top_margin, 37) and near(s0.left_margin, 28) and near(s0.page_width, 210),
          "notice: section 1 A4 portrait, 天头 37 mm, 订口 28 mm",
          (s0.top_margin, s0.left_margin, s0.page_width))
    if len(d.sections) > 1:
        s1 = d.sections[1]
        check(s1.orientation == 1 and near(s1.page_width, 297), "notice: 附件1 section landscape",
              (s1.orientation, s1.page_width))
    footer_field_checks(path)
    body = parts(path, "word/document.xml")["word/document.xml"]
    check("<w:tblHeader" in body, "notice: 附件1 header row marked w:tblHeader")
    check(re.search(r'w:eastAsia="[^"]+"', body) and re.search(r'w:ascii="[^"]+"', body),
          "notice: runs name w:eastAsia and w:ascii fonts")
    check(re.search(r'<w:pBdr>.*?w:color="FF0000"', body, re.S) is not None,
          "notice: the red 版头 rule is a red paragraph border")
    styles = {p.style.name for p in d.paragraphs}
    check(any(n.lower().startswith("heading 1") for n in styles),
          "notice: level-1 headings use the Heading 1 style", sorted(styles))
    text = "\n".join(p.text for p in d.paragraphs)
    check("鲁人社字〔2016〕135号" in text and "（此件主动公开）" in text,
          "notice: 发文字号 and 附注 read back")
    codes = re.findall(r"\b20160\d\d\b", "\n".join(c.text for t in d.tables for r in t.rows
                                                     for c in r.cells))
    check(len(set(codes)) == 96, "notice: all 96 编号 in the 附件1 table", len(set(codes)))


def check_bao_cao(path):
    d = docx.Document(path)
    s = d.sections[0]
    check(near(s.top_margin, 20) and near(s.bottom_margin, 20) and near(s.left_margin, 30)
          and near(s.right_margin, 15), "bao-cao: margins 20/20/30/15 mm",
          (s.top_margin, s.bottom_margin, s.left_margin, s.right_margin))
    check(s.different_first_page_header_footer, "bao-cao: different first page (w:titlePg)")
    headers = parts(path, "word/header")
    check(any("PAGE" in x and 'w:jc w:val="center"' in x for x in headers.values()),
          "bao-cao: a centred PAGE field in the header", list(headers))
    body = parts(path, "word/document.xml")["word/document.xml"]
    first_tbl = body[body.find("<w:tbl>"):body.find("</w:tbl>")]
    borders = re.search(r"<w:tblBorders>(.*?)</w:tblBorders>", first_tbl, re.S)
    check(borders is None or not re.search(r'w:val="(single|double|thick)"', borders.group(1)),
          "bao-cao: header blocks are a borderless table")
    check("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in body and "Độc lập - Tự do - Hạnh phúc" in body,
          "bao-cao: Quốc hiệu and Tiêu ngữ")
    check(re.search(r'w:ascii="(Liberation Serif|Times New Roman)"', body) is not None,
          "bao-cao: Times-metric serif font")


if __name__ == "__main__":
    {"notice": check_notice, "bao-cao": check_bao_cao}[sys.argv[1]](sys.argv[2])
    sys.exit(1 if failures else 0)
