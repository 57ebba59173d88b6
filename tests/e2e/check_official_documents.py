#!/usr/bin/env python3
"""Reads the official documents back from their PDFs (pdftotext -bbox-layout)
and checks the layout rules of issue 3 on the positions of the text:

  notice PDF JSON  GB/T 9704-2012: body text inside the 版心, 22 lines on a full
                   page, no line over 28 Han characters, page numbers "— n —"
                   7 mm below the 版心 (odd right / even left, one character in),
                   附件1 pages each starting with the header row, every 编号 once.
  bao-cao PDF JSON Nghị định 30/2020: the data's text back byte-identical after
                   NFC, margins within the decree's ranges, page numbers from
                   page 2 centred in the top margin.
  kinsoku PDF...   no line starts with closing or ends with opening punctuation.

Prints one line per check and exits 1 when any fails. Units: pt unless named.
"""
import json
import re
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET

MM = 72 / 25.4
NS = "{http://www.w3.org/1999/xhtml}"
CLOSING = set("。，、；：？！）」』》")
OPENING = set("（「『《")
failures = 0


def check(ok, what, detail=""):
    global failures
    print(("ok   " if ok else "FAIL ") + what + ("" if ok else f": {detail}"))
    if not ok:
        failures += 1


class Line:
    """One text line of pdftotext -bbox-layout: its box and text."""

    def __init__(self, el):
        self.x0, self.y0 = float(el.get("xMin")), float(el.get("yMin"))
        self.x1, self.y1 = float(el.get("xMax")), float(el.get("yMax"))
        self.words = [(float(w.get("yMin")), w.text or "") for w in el.iter(NS + "word")]
        self.text = " ".join(t for _, t in self.words)

    def __repr__(self):
        return f"{self.text!r}@({self.x0:.1f},{self.y0:.1f})"


class Page:
    def __init__(self, el):
        self.width, self.height = float(el.get("width")), float(el.get("height"))
        self.lines = [Line(l) for l in el.iter(NS + "line")]

    @property
    def landscape(self):
        return self.width > self.height


def read_pages(pdf):
    xml = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], check=True,
                         capture_output=True).stdout
    return [Page(p) for p in ET.fromstring(xml).iter(NS + "page")]


def page1_content(pdf):
    """The whole file in qpdf's QDF form and page 1's content stream in it."""
    qdf = subprocess.run(["qpdf", "--qdf", "--object-streams=disable", pdf, "-"], check=True,
                         capture_output=True).stdout.decode("latin-1")
    start = qdf.find("%% Contents for page 1")
    end = qdf.find("%% Contents for page 2", start)
    return qdf, qdf[start:end if end > 0 else len(qdf)]


def page1_rules(pdf):
    """The horizontal rules stroked on page 1 as (x0, x1, y) in pt from the
    page's top, read from its content stream."""
    qdf, content = page1_content(pdf)
    height = float(re.search(r"/MediaBox \[\s*0\s+0\s+[\d.]+\s+([\d.]+)", qdf).group(1))
    found = re.findall(r"\n([\d.]+) ([\d.]+) m\n([\d.]+) \2 l S", content)
    return sorted({(min(float(a), float(b)), max(float(a), float(b)), height - float(y))
                   for a, y, b in found}, key=lambda r: r[2])


def page1_footer_fonts(pdf, below_pt):
    """BaseFont names of the text objects on page 1 whose origin is less than
    `below_pt` above the page's bottom edge (the page number)."""
    qdf, content = page1_content(pdf)
    names = {n for n, y in re.findall(r"BT\n/(\S+) [\d.]+ Tf\n[\d.]+ ([\d.]+) Td", content)
             if float(y) < below_pt}
    fonts = set()
    for n in names:
        obj = re.search(r"/" + re.escape(n) + r" (\d+) 0 R", qdf).group(1)
        body = qdf[qdf.find(f"\n{obj} 0 obj"):]
        fonts.add(re.search(r"/BaseFont /(?:[A-Z]{6}\+)?(\S+)", body).group(1))
    return fonts


def gap_above_mm(page, rule):
    """mm from the bottom of the text line just above `rule` (its em box:
    pdftotext's yMax) to the rule, over the rule's width."""
    x0, x1, y = rule
    above = [l for l in page.lines if l.y1 <= y + 0.1 and l.x1 > x0 and l.x0 < x1]
    return (y - max(l.y1 for l in above)) / MM if above else float("nan")


def han_count(s):
    return sum(1 for c in s if "\u3400" <= c <= "\u9fff")


def wide_count(s):
    """Full-width cells: Han and full-width punctuation (East Asian Width W/F)."""
    return sum(1 for c in s if unicodedata.east_asian_width(c) in "WF")


def visual_rows(lines, tol=2.0):
    """Lines grouped by baseline band (table cells of one row side by side)."""
    rows = []
    for l in sorted(lines, key=lambda l: l.y1):
        if rows and abs(rows[-1][0].y1 - l.y1) < tol:
            rows[-1].append(l)
        else:
            rows.append([l])
    return rows


def page_number_lines(page, n):
    """The line(s) showing "— n —"."""
    want = f"— {n} —"
    return [l for l in page.lines if re.sub(r"\s+", " ", l.text).strip() == want]


def check_page_number(page, n, block, distance_mm, indent_pt, outside, what):
    found = page_number_lines(page, n)
    if not found:
        check(False, f"{what}: page {n} shows '— {n} —'", [l.text for l in page.lines[-3:]])
        return
    l = found[0]
    left, top, right, bottom = block
    # GB/T 9704 7.5: the 一字线 (dashes) 7 mm below the 版心. A dash sits at
    # about the middle of the text box pdftotext reports (ascent to descent).
    gap_mm = ((l.y0 + l.y1) / 2 - bottom) / MM
    check(abs(gap_mm - distance_mm) < 1.0,
          f"{what}: page {n} number's dashes {distance_mm} mm below the 版心", f"{gap_mm:.2f} mm")
    if outside and n % 2 == 1:
        off = (right - indent_pt - l.x1) / MM
        check(abs(off) < 1.0, f"{what}: odd page {n} number right, one character in",
              f"{off:.2f} mm off")
    elif outside:
        off = (l.x0 - (left + indent_pt)) / MM
        check(abs(off) < 1.0, f"{what}: even page {n} number left, one character in",
              f"{off:.2f} mm off")


def red_box(pdf, page_no, dpi=72):
    """Bounding box (pt) of the page's red pixels: the seal, the only red
    on a page below the 版头. Read from pdftoppm's PPM (P6) output."""
    ppm = subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page_no), "-l", str(page_no), pdf],
                         capture_output=True, check=True).stdout
    parts = ppm.split(maxsplit=4)
    w, h, data = int(parts[1]), int(parts[2]), parts[4]
    xs, ys = [], []
    for y in range(h):
        row = data[3 * w * y:3 * w * (y + 1)]
        for x in range(w):
            r, g, b = row[3 * x], row[3 * x + 1], row[3 * x + 2]
            if r > 180 and g < 120 and b < 120:
                xs.append(x)
                ys.append(y)
    k = 72 / dpi
    return (min(xs) * k, min(ys) * k, (max(xs) + 1) * k, (max(ys) + 1) * k) if xs else None


def check_sealed_signature(pdf, page_no, page, block, data):
    """GB/T 9704-2012 §7.3.5.1: 成文日期 four characters in from the right,
    署名 centred on it, the seal centred over both with the two lines a
    little below its centre, its top within one line of the text above."""
    em = 16  # 三号
    lines = sorted(page.lines, key=lambda l: l.y0)
    sig = [l for l in lines if l.text.strip() == data["发文机关署名"]]
    date = [l for l in lines if re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", l.text.replace(" ", ""))]
    seal = red_box(pdf, page_no)
    if not (sig and date and seal):
        check(False, "notice: 署名, 成文日期 and seal on the last body page", f"{sig} {date} {seal}")
        return
    s, d = sig[0], date[0]
    check(abs((block[2] - d.x1) - 4 * em) < 2, "notice: sealed 成文日期 four characters in from the right",
          f"{(block[2] - d.x1) / em:.2f} em")
    check(abs((s.x0 + s.x1) / 2 - (d.x0 + d.x1) / 2) < 1 * MM, "notice: 署名 centred on the 成文日期",
          f"{s.x0:.1f}-{s.x1:.1f} vs {d.x0:.1f}-{d.x1:.1f}")
    cx, cy = (seal[0] + seal[2]) / 2, (seal[1] + seal[3]) / 2
    check(abs(cx - (s.x0 + s.x1) / 2) < 1.5 * MM and abs((seal[2] - seal[0]) - 42 * MM) < 1.5 * MM,
          "notice: the 42 mm seal centred over 署名 and 成文日期", f"seal {seal}, 署名 {s}")
    pair = (s.y0 + d.y1) / 2
    check(0 < pair - cy < 6 * MM, "notice: 署名 and 成文日期 a little below the seal's centre",
          f"{(pair - cy) / MM:.1f} mm")
    above = [l for l in lines if l.y1 < s.y0 - 2]
    gap = (seal[1] - above[-1].y1) / MM if above else float("nan")
    check(0 <= gap <= 225 / 22, "notice: the seal's top within one line below the text above",
          f"{gap:.1f} mm")


def check_notice(pdf, data_path):
    data = json.load(open(data_path, encoding="utf-8"))
    pages = read_pages(pdf)
    portrait = [(i + 1, p) for i, p in enumerate(pages) if not p.landscape]
    landscape = [(i + 1, p) for i, p in enumerate(pages) if p.landscape]
    check(len(portrait) >= 2 and len(landscape) >= 2, "notice: body pages then landscape 附件1",
          f"{len(portrait)} portrait, {len(landscape)} landscape")
    # 版心 of the body pages: 天头 37, 订口 28, 156 × 225 mm.
    block = (28 * MM, 37 * MM, 184 * MM, 262 * MM)
    tol = 1 * MM
    max_lines, full_lines, max_han, max_wide = 0, 0, 0, 0
    for n, page in portrait:
        body = [l for l in page.lines if not page_number_lines(page, n) or l.y0 < block[3]]
        outside = [l for l in body if l.x0 < block[0] - tol or l.x1 > block[2] + tol
                   or l.y0 < block[1] - tol or l.y1 > block[3] + tol]
        check(not outside, f"notice: page {n} text inside the 版心 (±1 mm)", outside[:3])
        rows = visual_rows(body)
        max_lines = max(max_lines, len(rows))
        if len(rows) == 22:
            full_lines += 1
        for l in body:
            max_han = max(max_han, han_count(l.text))
            max_wide = max(max_wide, wide_count(l.text))
        check_page_number(page, n, block, 7, 14, True, "notice")
    # 7.5: page numbers in 半角宋体 digits, the song role's own face (as in the DOCX).
    footer = page1_footer_fonts(pdf, 35 * MM)
    check(footer == {"BousungEG-Light-GB"}, "notice: page number '— 1 —' in 宋体 (its 半角 digits)",
          footer)
    # 7.2.4: the red separator 4 mm below the 发文字号.
    first = portrait[0][1]
    rules = page1_rules(pdf)
    red = [r for r in rules if r[1] - r[0] > 150 * MM]
    gap = gap_above_mm(first, red[0]) if red else float("nan")
    check(abs(gap - 4) < 0.3, "notice: the separator 4 mm below the 发文字号", f"{gap:.2f} mm")
    # 7.1: 22 lines a page; page 2 is body text throughout, so a line carried
    # to page 3 by widow control would leave it 21.
    rows2 = visual_rows([l for l in portrait[1][1].lines if l.y0 < block[3]])
    check(len(rows2) == 22, "notice: page 2, all body text, has 22 lines", f"{len(rows2)} lines")
    last_body = portrait[-1][1]
    attach = [l for n, p in portrait for l in p.lines if re.match(r"(附件：)?\d+\.", l.text.strip())
              and p is last_body]
    sig = [l for l in last_body.lines if l.text.strip() == data["发文机关署名"]]
    if data.get("印章"):
        check_sealed_signature(pdf, portrait[-1][0], last_body, block, data)
    # 7.3.5.2: 署名 one blank line below the 附件说明 (two line pitches, 20.5 mm).
    elif attach and sig:
        # The line above the 署名: the 附件说明's last (an item may wrap).
        pitch_mm = (sig[0].y0 - max(l.y0 for l in last_body.lines if l.y0 < sig[0].y0 - 1)) / MM
        check(abs(pitch_mm - 2 * 225 / 22) < 1, "notice: 署名 one blank line below the 附件说明",
              f"{pitch_mm:.1f} mm between line tops")
    else:
        check(False, "notice: 附件说明 and 署名 on the last body page", f"{attach[:1]} {sig[:1]}")
    check(max_lines <= 22 and full_lines >= 1,
          "notice: a full body page has 22 lines (none more)",
          f"max {max_lines} lines, {full_lines} pages with 22")
    check(max_han <= 28, "notice: no body line holds more than 28 Han characters", f"max {max_han}")
    check(max_wide == 28, "notice: a full body line holds 28 full-width characters",
          f"max {max_wide}")
    # 附件1: landscape 版心 (left 37, right 35, top 28, bottom 26 mm).
    lblock = (37 * MM, 28 * MM, (297 - 35) * MM, (210 - 26) * MM)
    seen = {}
    names = {r["编号"]: r["项目名称"] for r in data["附件1"]["项目"]}
    for k, (n, page) in enumerate(landscape):
        check_page_number(page, n, lblock, 7, 14, True, "附件1")
        codes = [(y, t) for l in page.lines for y, t in l.words if re.fullmatch(r"20\d{5}", t)]
        header = [l for l in page.lines if l.text.strip() == "编号"]
        first_code = min((y for y, _ in codes), default=None)
        ok = header and first_code is not None and header[0].y1 < first_code
        check(ok, f"附件1: page {n} begins its table with the header row",
              f"header {header[:1]}, first code at {first_code}")
        text = re.sub(r"\s+", "", "".join(l.text for l in page.lines))
        for _, c in codes:
            seen[c.strip()] = seen.get(c.strip(), 0) + 1
            # A row moved whole: its project name is on the same page.
            if re.sub(r"\s+", "", names.get(c.strip(), "?"))[:6] not in text:
                check(False, f"附件1: row {c.strip()} whole on page {n}", names.get(c.strip()))
    # A phone number wider than its cell is set smaller, never cut inside
    # (issue 11: "0546-8087230/8082 / 273"): every phone of the data is one
    # pdftotext word on some page.
    words = {t for _, page in landscape for l in page.lines for _, t in l.words}
    phones = {p for r in data["附件1"]["项目"] for k in ("申报单位联系电话", "承办单位联系电话")
              for p in (r.get(k) or "").split()}
    cut = sorted(p for p in phones if p not in words)
    check(not cut, f"附件1: each of the {len(phones)} phone numbers is whole on one line",
          f"cut: {cut[:5]}")
    # Column widths follow the content (widths "auto", issue 11): the long
    # project names get the room the phone columns do not need: 47 of 96
    # fit one line, 27 with the former fixed weights.
    lines = [re.sub(r"\s+", "", l.text) for _, page in landscape for l in page.lines]
    names_list = [re.sub(r"\s+", "", r["项目名称"]) for r in data["附件1"]["项目"]]
    whole = sum(any(v in l for l in lines) for v in names_list)
    check(whole * 5 >= len(names_list) * 2, "附件1: at least 40 % of 项目名称 fit one line",
          f"{whole} of {len(names_list)}")
    expected = [f"2016{i:03d}" for i in range(1, 97)]
    check(sorted(seen) == expected and all(v == 1 for v in seen.values()),
          "附件1: all 96 编号 appear exactly once",
          f"{len(seen)} distinct, repeated: {[c for c, v in seen.items() if v > 1][:5]}")
    first = landscape[0][1] if landscape else None
    if first:
        top = min(first.lines, key=lambda l: l.y0)
        check(top.text.strip() == "附件1" and abs(top.x0 - lblock[0]) < tol,
              "附件1: '附件1' flush left on the first line", top)


def strings(v):
    """Every string in a JSON value."""
    if isinstance(v, str):
        yield v
    elif isinstance(v, list):
        for x in v:
            yield from strings(x)
    elif isinstance(v, dict):
        for x in v.values():
            yield from strings(x)


def squash(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", s))


def check_bao_cao(pdf, data_path):
    data = json.load(open(data_path, encoding="utf-8"))
    pages = read_pages(pdf)
    text = squash("".join(l.text for p in pages for l in p.lines))
    raw = "".join(l.text for p in pages for l in p.lines)
    check(unicodedata.is_normalized("NFC", raw), "bao-cao: extracted text is NFC")
    missing = [s for s in strings(data) if s and not re.fullmatch(r"[\d-]+", s)
               and squash(s) not in text and s not in ("BÁO CÁO",)]
    # Field values that are codes or enumerations print transformed.
    missing = [s for s in missing if not re.fullmatch(r"(I|II|III|IV)/\d{4}", s)]
    check(not missing, "bao-cao: every text of the data comes back (NFC, spacing aside)",
          missing[:5])
    for ch in "ơưếộữ":
        check(ch in raw, f"bao-cao: '{ch}' extracted as itself")
    left, right, top, bottom = 30 * MM, (210 - 15) * MM, 20 * MM, (297 - 20) * MM
    for n, page in enumerate(pages, 1):
        numbers = [l for l in page.lines if l.text.strip() == str(n) and l.y1 < top]
        body = [l for l in page.lines if l not in numbers]
        x0 = min(l.x0 for l in body) / MM
        x1 = max(l.x1 for l in body) / MM
        y0 = min(l.y0 for l in body) / MM
        y1 = max(l.y1 for l in body) / MM
        check(30 - 0.5 <= x0 and 210 - x1 >= 15 - 0.5 and y0 >= 20 - 0.5 and 297 - y1 >= 20 - 0.5,
              f"bao-cao: page {n} margins within Nghị định 30 (left ≥ 30, right ≥ 15, "
              f"top ≥ 20, bottom ≥ 20 mm)", f"text box x {x0:.1f}–{x1:.1f}, y {y0:.1f}–{y1:.1f} mm")
        if n == 1:
            # The short rules under the agency name, the quốc hiệu's motto and the
            # trích yếu stand clear of the text (1.5–3 mm), not as underlines.
            for rule in page1_rules(pdf):
                gap = gap_above_mm(page, rule)
                check(1.5 <= gap <= 3, f"bao-cao: rule at {rule[2] / MM:.1f} mm clear of the text "
                      "above (1.5–3 mm)", f"{gap:.2f} mm")
            check(not numbers, "bao-cao: no page number on page 1", numbers)
            check(x0 <= 35.5 and 210 - x1 <= 20.5, "bao-cao: page 1 uses the text width "
                  "(left 30–35, right 15–20 mm)", f"{x0:.1f}, {210 - x1:.1f}")
        else:
            ok = numbers and abs((numbers[0].x0 + numbers[0].x1) / 2 - (left + right) / 2) < 1 * MM
            check(bool(ok), f"bao-cao: page {n} number centred in the top margin", numbers)


def check_kinsoku(pdfs):
    bad = []
    for pdf in pdfs:
        for n, page in enumerate(read_pages(pdf), 1):
            for l in page.lines:
                t = l.text.strip()
                if t and (t[0] in CLOSING or t[-1] in OPENING):
                    bad.append(f"{pdf.split('/')[-1]} p{n}: {t[:20]}…{t[-5:]}")
    check(not bad, f"kinsoku: no line starts with closing or ends with opening punctuation "
          f"({len(pdfs)} PDFs)", bad[:5])


# Date and total labels spaced out on purpose (年　月　日, 合　计).
SPACED_LABELS = set("年月日合计")


def check_runts(pdfs):
    """No line of a form's cells holds one Han character alone (有限公/司,
    拨/款): the line before gives it a character (issue 11)."""
    bad = []
    for pdf in pdfs:
        for n, page in enumerate(read_pages(pdf), 1):
            for l in page.lines:
                t = re.sub(r"\s+", "", l.text)
                if len(t) != 1 or not "\u4e00" <= t <= "\u9fff" or t in SPACED_LABELS:
                    continue
                # A runt continues the line just above it in the same cell
                # (same left edge or same centre); a one-character cell
                # (优) has no such line.
                h = l.y1 - l.y0
                for a in page.lines:
                    above = a is not l and 0 <= l.y0 - a.y1 < 0.8 * h
                    same_cell = abs(a.x0 - l.x0) < 2 or abs((a.x0 + a.x1) - (l.x0 + l.x1)) < 4
                    if above and same_cell and len(re.sub(r"\s+", "", a.text)) >= 2:
                        bad.append(f"{pdf.split('/')[-1]} p{n}: {a.text}/{t} at y {l.y0:.0f}")
                        break
    check(not bad, f"runts: no cell line holds one Han character alone ({len(pdfs)} PDFs)", bad[:5])


def check_hanging(pdf, data_path):
    """The 年度主要工作内容 items (一、 … 十四、) hang: every further line of an
    item starts after its number, at least 1.5 line heights right of it."""
    data = json.load(open(data_path, encoding="utf-8"))
    items = [re.sub(r"\s+", "", t) for t in data["年度主要工作内容"]]
    bad, continued = [], 0
    for n, page in enumerate(read_pages(pdf), 1):
        marks = {}
        for l in page.lines:
            m = re.match(r"^([一二三四五六七八九十]+)、(.*)", re.sub(r"\s+", "", l.text))
            if m and any(t.startswith(m.group(2)[:6]) for t in items if m.group(2)):
                marks[l.y0] = l
        if not marks:
            continue
        x_mark = min(l.x0 for l in marks.values())
        h = max(l.y1 - l.y0 for l in marks.values())
        for l in page.lines:
            t = re.sub(r"\s+", "", l.text)
            if l.y0 in marks or len(t) < 2 or not any(t in item and not item.startswith(t) for item in items):
                continue
            if abs(l.x0 - x_mark) > 10 * h:
                continue  # another column
            continued += 1
            if l.x0 < x_mark + 1.5 * h:
                bad.append(f"p{n}: {t[:12]}… at x {l.x0:.1f}, numbers at {x_mark:.1f}")
    check(continued > 0 and not bad,
          f"numbered items hang after their numbers ({continued} further lines)", bad[:5])


def check_appraisal(pdf):
    """绩效考核表 (issue 11): one page that starts 25 mm from the top with no
    more than 30 mm left unused at its foot, and its first-column labels
    (项目名称, 指标内容) at least 1.5 mm clear of the table's left border (the
    22 mm margin)."""
    pages = read_pages(pdf)
    check(len(pages) == 1, "绩效考核表: one page", f"{len(pages)} pages")
    page = pages[0]
    top = min(l.y0 for l in page.lines) / MM
    free = (page.height - max(l.y1 for l in page.lines)) / MM
    check(top >= 24, "绩效考核表: the text starts below a 25 mm top margin", f"{top:.1f} mm")
    check(free <= 30, "绩效考核表: no more than 30 mm unused at the foot", f"{free:.1f} mm")
    for label in ("项目名称", "指标内容"):
        xs = [l.x0 for l in page.lines if l.text.strip().startswith(label)]
        gap = (min(xs) / MM - 22) if xs else -1
        check(gap >= 1.5, f"绩效考核表: {label} clear of its cell's left border", f"{gap:.2f} mm")


def check_project(pdf):
    """项目支出绩效自评表 (issue 11): every page of the indicator table shows
    the 绩效指标 label in its first column (no empty grey strip), and the
    budget label's （万元） is whole on one line."""
    pages = read_pages(pdf)
    shown = 0
    for n, page in enumerate(pages, 1):
        heads = [l for l in page.lines if l.text.strip().startswith("一级指标")]
        if not heads:
            continue
        label = [l for l in page.lines if l.text.strip() in ("绩效", "绩效指标")
                 and l.x1 <= heads[0].x0 and l.y0 > heads[0].y1]  # in the strip, below the header
        check(bool(label), f"项目支出绩效自评表: page {n} shows the 绩效指标 label beside its indicators")
        shown += 1
    check(shown >= 1, "项目支出绩效自评表: the indicator table was found", f"{len(pages)} pages")
    lines = [l.text.strip() for l in pages[0].lines]
    check("（万元）" in lines, "项目支出绩效自评表: （万元） whole on one line",
          [t for t in lines if "万" in t][:3])


def check_min_size(pdf, least):
    """No text of the PDF is set below `least` pt (issue 11: an 8 pt note in a
    17 mm column of the 部门整体 form): every Tf size of every page."""
    qdf = subprocess.run(["qpdf", "--qdf", "--object-streams=disable", pdf, "-"],
                         capture_output=True, check=True).stdout
    sizes = sorted({float(m) for m in re.findall(rb"/F\w+ ([0-9.]+) Tf", qdf)})
    check(sizes and sizes[0] >= least, f"{pdf.split('/')[-1]}: no text below {least:g} pt",
          f"sizes {sizes[:6]}")


def red_rule_top_pt(pdf, dpi=300):
    """pt from page 1's top of the first pixel row more than half red across
    the page: the separator, however a renderer paints it (a stroked line in
    ours, a paragraph border in LibreOffice's)."""
    ppm = subprocess.run(["pdftoppm", "-r", str(dpi), "-f", "1", "-l", "1", pdf],
                         capture_output=True, check=True).stdout
    parts = ppm.split(maxsplit=4)
    w, h, data = int(parts[1]), int(parts[2]), parts[4]
    for y in range(h):
        row = data[3 * w * y:3 * w * (y + 1)]
        red = sum(1 for x in range(0, w, 4)
                  if row[3 * x] > 180 and row[3 * x + 1] < 120 and row[3 * x + 2] < 120)
        if red > w / 4 / 2:
            return y * 72 / dpi
    return None


def check_separator_parity(ours, office):
    """The red separator stands as far below the 发文字号 in the office
    suite's rendering of the DOCX as in our PDF (GB/T 9704-2012 §7.2.4: 4 mm)."""
    gaps = []
    for pdf in (ours, office):
        y = red_rule_top_pt(pdf)
        page = read_pages(pdf)[0]
        gaps.append(gap_above_mm(page, (0, 10000, y)) if y is not None else float("nan"))
    check(abs(gaps[0] - gaps[1]) < 0.5 and abs(gaps[1] - 4) < 0.5,
          "notice: the separator as far below the 发文字号 in LibreOffice's DOCX as in the PDF",
          f"PDF {gaps[0]:.2f} mm, DOCX {gaps[1]:.2f} mm")


def main():
    what = sys.argv[1]
    if what == "notice":
        check_notice(sys.argv[2], sys.argv[3])
    elif what == "bao-cao":
        check_bao_cao(sys.argv[2], sys.argv[3])
    elif what == "kinsoku":
        check_kinsoku(sys.argv[2:])
    elif what == "runts":
        check_runts(sys.argv[2:])
    elif what == "min-size":
        check_min_size(sys.argv[2], float(sys.argv[3]))
    elif what == "project":
        check_project(sys.argv[2])
    elif what == "appraisal":
        check_appraisal(sys.argv[2])
    elif what == "hanging":
        check_hanging(sys.argv[2], sys.argv[3])
    elif what == "separator":
        check_separator_parity(sys.argv[2], sys.argv[3])
    else:
        sys.exit(f"unknown check {what}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
