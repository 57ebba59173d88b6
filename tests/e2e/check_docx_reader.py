#!/usr/bin/python3
"""Checks the DOCX reader against LibreOffice on real .docx files.

For each DOCX: LibreOffice prints it to PDF (soffice headless, a private
profile); formwork reads it (docx/docx_reader.h) and prints the model
through its own PDF writer (the RENDER command: tests/e2e/office_reader_render,
or later the CLI). The check passes when
  * pdftotext of both PDFs gives the same characters in the same order,
    whitespace ignored, Unicode NFKC-folded, with header and footer lines
    and page numbers left out (each program paints them at another point of
    a page, and pages break differently), repeated table header rows kept
    once, and text boxes left out of LibreOffice's text when formwork warns
    it does not print them;
  * the model's tables, written back to DOCX by formwork's writer, have the
    same number of rows and grid columns as the input's top-level tables
    (python-docx reads both).
Differences are printed as short excerpts around each mismatch.

Usage: check_docx_reader.py RENDER WORK_DIR DOCX...
Exit status: 0 all passed, 1 a check failed, 2 a tool is missing.
"""
import difflib
import os
import re
import shutil
import subprocess
import sys
import unicodedata

# A footer/header line that only numbers pages: "第 3 页 共 5 页", "— 3 —",
# "- 3 -", "3 / 5", "Page 3 of 5"; and a bare number at the top or bottom of
# a page (Nghị định 30 numbers pages "3" at the top centre).
N = r"\d{1,4}"
PAGE_LINE = re.compile(
    rf"^\s*(第\s*{N}\s*页(\s*[,，/]?\s*共\s*{N}\s*页)?|[—–-]\s*{N}\s*[—–-]|{N}\s*/\s*{N}|"
    rf"page\s+{N}(\s+of\s+{N})?|trang\s+{N})\s*$",
    re.IGNORECASE)
BARE_NUMBER = re.compile(rf"^\s*{N}\s*$")


def page_lines(page):
    """The lines of one page of pdftotext output without page-number lines."""
    lines = [l for l in page.splitlines() if l.strip() and not PAGE_LINE.match(l)]
    while lines and BARE_NUMBER.match(lines[0]):
        lines.pop(0)
    while lines and BARE_NUMBER.match(lines[-1]):
        lines.pop()
    return lines


# List bullets: LibreOffice paints them from OpenSymbol without text, formwork
# prints them as characters; they are decoration, not words.
BULLETS = re.compile("[\u2022\u25aa\u25cf\u25a0\u25c6\u2756\u27a2\u2794\u2713\u2611"
                     "\u25cb\u25a1\ue000-\uf8ff]")


def pdf_text(pdf, repeated, margins, boxes=()):
    """The PDF's text in content order (pdftotext -raw), without whitespace,
    page-number lines and bullets, NFKC-folded; every occurrence but the
    first of each string in `repeated` (table header rows, which each
    program repeats on the pages its own pagination gives) removed, every
    occurrence of each of `margins` (header and footer lines, which each
    program paints before or after a page's body) removed, and one
    occurrence of each of `boxes` (text boxes, which formwork warns about
    and LibreOffice prints) removed."""
    out = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", pdf, "-"], check=True,
                         capture_output=True, text=True).stdout
    lines = [l for page in out.split("\f") for l in page_lines(page)]
    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", "".join(lines)))
    text = BULLETS.sub("", text)
    for margin in margins:
        text = text.replace(margin, "")
    for box in boxes:
        text = text.replace(box, "", 1)
    for header in repeated:
        first = text.find(header)
        if first >= 0:
            head = text[:first + len(header)]
            text = head + text[first + len(header):].replace(header, "")
    return text


def excerpts(a, b, limit=6):
    """Short descriptions of where `b` (formwork) differs from `a` (LibreOffice)."""
    out = []
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            continue
        ctx = a[max(0, i1 - 12):i1]
        out.append(f"  {tag} after …{ctx}: LibreOffice «{a[i1:i2][:60]}» formwork «{b[j1:j2][:60]}»")
        if len(out) >= limit:
            out.append("  …")
            break
    return out, sm.ratio()


TABLES_SCRIPT = r"""
import sys, docx, re, unicodedata
from docx.oxml.ns import qn
d = docx.Document(sys.argv[1])
for t in d.tables:
    print("shape", len(t.rows), len(t.columns))
    for r in t.rows:
        pr = r._tr.trPr
        if pr is not None and pr.find(qn("w:tblHeader")) is not None:
            seen, text = set(), ""
            for c in r.cells:
                if id(c._tc) not in seen:
                    seen.add(id(c._tc))
                    text += c.text
            text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
            if text:
                print("header", text)
def norm(t):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", t))
for s in d.sections:
    for part in (s.header, s.footer, s.first_page_header, s.first_page_footer,
                 s.even_page_header, s.even_page_footer):
        if part.is_linked_to_previous:
            continue
        for para in part.paragraphs:
            text = norm(para.text)
            if len(text) >= 4 and not re.fullmatch(r"[\d\W]*", text):
                print("margin", text)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
def boxes(el, out):
    for c in el:
        if c.tag == MC + "Fallback":
            continue
        if c.tag == W + "txbxContent":
            out.append(norm("".join(t.text or "" for t in c.iter(W + "t"))))
        else:
            boxes(c, out)
found = []
boxes(d.element.body, found)
for text in found:
    if text:
        print("textbox", text)
"""


def docx_info(path):
    """What python-docx reads in the DOCX: (rows, columns) of each top-level
    table, and texts by kind: "header" (table header rows), "margin"
    (header and footer lines) and "textbox" (text box contents)."""
    out = subprocess.run(["/usr/bin/python3", "-c", TABLES_SCRIPT, path], check=True,
                         capture_output=True, text=True).stdout
    shapes, texts = [], {"header": [], "margin": [], "textbox": []}
    for line in out.splitlines():
        kind, _, rest = line.partition(" ")
        if kind == "shape":
            shapes.append(tuple(int(x) for x in rest.split()))
        else:
            texts[kind].append(rest)
    return shapes, texts


def libreoffice_pdfs(docs, out_dir):
    profile = os.path.join(out_dir, "lo-profile")
    subprocess.run(["soffice", "--headless", "--norestore",
                    f"-env:UserInstallation=file://{profile}", "--convert-to", "pdf",
                    "--outdir", out_dir, *docs],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=600)


def main():
    if len(sys.argv) < 4:
        print(__doc__)
        return 2
    render, work, docs = sys.argv[1], sys.argv[2], sys.argv[3:]
    for tool in ("soffice", "pdftotext"):
        if shutil.which(tool) is None:
            print(f"check_docx_reader: {tool} is not installed")
            return 2
    lo_dir = os.path.join(work, "libreoffice")
    os.makedirs(lo_dir, exist_ok=True)
    libreoffice_pdfs(docs, lo_dir)
    failed = 0
    for doc in docs:
        name = os.path.splitext(os.path.basename(doc))[0]
        prefix = os.path.join(work, name)
        run = subprocess.run([render, doc, prefix], capture_output=True, text=True)
        if run.returncode != 0:
            print(f"FAIL {name}: formwork could not read it: {run.stderr.strip()}")
            failed += 1
            continue
        warnings = [l for l in run.stderr.splitlines() if l.startswith("warning:")]
        want, texts = docx_info(doc)
        got, _ = docx_info(prefix + ".docx")
        ours = pdf_text(prefix + ".pdf", texts["header"], texts["margin"])
        theirs = pdf_text(os.path.join(lo_dir, name + ".pdf"), texts["header"], texts["margin"],
                          texts["textbox"] if any("text boxes" in w for w in warnings) else ())
        if ours == theirs:
            print(f"ok   {name}: same text as LibreOffice ({len(ours)} characters)")
        else:
            diffs, ratio = excerpts(theirs, ours)
            print(f"FAIL {name}: text differs from LibreOffice (similarity {ratio:.4f})")
            print("\n".join(diffs))
            failed += 1
        if want == got:
            print(f"ok   {name}: tables (rows, columns) {want}")
        else:
            print(f"FAIL {name}: tables (rows, columns) {got}, LibreOffice/python-docx read {want}")
            failed += 1
        for w in warnings:
            print(f"     {name}: {w}")
    print(f"{len(docs) * 2 - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
