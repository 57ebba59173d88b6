#!/usr/bin/python3
"""Reads rendered outputs back with real readers and checks that every data
value of each record appears in each format.

Usage: read_back.py DATA.json OUTDIR NAME_PATTERN
  NAME_PATTERN is a Python format string over the record, e.g. "{编号}-验收表".
Prints one line per failure and exits 1 if any; prints a summary otherwise.
Fields that templates print as pictures are not text: a seal's file name is
skipped, and a 核验码 must decode from the PDF's QR code with zbarimg.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

import docx
import openpyxl

WS = re.compile(r"\s+")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def squash(s):
    return WS.sub("", s)


PICTURE_FIELDS = {"印章", "con_dấu"}  # file names of seals: never printed as text
QR_FIELDS = {"核验码"}  # printed only as a QR code (TXT: its alt text)


def qr_values(pdf):
    """The values of the QR codes on the PDF's first page (zbarimg at 300 dpi)."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", "300", "-f", "1", "-l", "1", "-png", pdf, f"{tmp}/p"],
                       check=True)
        pages = [f"{tmp}/{name}" for name in os.listdir(tmp)]
        out = subprocess.run(["zbarimg", "--raw", "-q", *pages], capture_output=True).stdout
    return out.decode("utf-8").splitlines()


def scalars(value):
    """Every scalar of the record as the text a form prints (strings as is,
    numbers as the money or integer text the templates use)."""
    if isinstance(value, dict):
        for k, v in value.items():
            if k not in PICTURE_FIELDS and k not in QR_FIELDS:
                yield from scalars(v)
    elif isinstance(value, list):
        for v in value:
            yield from scalars(v)
    elif isinstance(value, bool) or value is None:
        return
    elif isinstance(value, int):
        yield str(value) if abs(value) < 1000 else f"{value:,.2f}"
    elif isinstance(value, float):
        yield f"{value:,.2f}"
    elif ISO_DATE.match(value):
        y, m, d = value.split("-")
        yield f"{int(y)}年{int(m)}月{int(d)}日"  # the templates print dates this way
    else:
        yield value


def pdf_text(path):
    return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], check=True,
                          capture_output=True, text=True).stdout


def docx_text(path):
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    parts = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                v = c.value
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    parts.append(str(v) if float(v).is_integer() and abs(v) < 1000 else f"{v:,.2f}")
                else:
                    parts.append(str(v))
    return "\n".join(parts)


def txt_text(path):
    """Plain text with table cells put back together: within one bordered
    row block (between +---+ rules) a wrapped cell continues on the next
    line in the same column, so each column's pieces are joined."""
    parts, block = [], []

    def flush():
        columns = {}
        for line in block:
            for i, piece in enumerate(line.strip().strip("|").split("|")):
                columns.setdefault(i, []).append(piece.strip())
        parts.extend("".join(v) for _, v in sorted(columns.items()))
        block.clear()

    for line in open(path, encoding="utf-8").read().splitlines():
        if line.startswith("|"):
            block.append(line)
            continue
        flush()
        if not line.startswith("+"):
            parts.append(line)
    flush()
    return "\n".join(parts)


READERS = {"pdf": pdf_text, "docx": docx_text, "xlsx": xlsx_text, "txt": txt_text}


def main():
    data, outdir, pattern = sys.argv[1], sys.argv[2], sys.argv[3]
    records = json.load(open(data, encoding="utf-8"))
    if isinstance(records, dict):
        records = [records]
    failures = checked = 0
    for rec in records:
        base = f"{outdir}/{pattern.format(**rec)}"
        for k in QR_FIELDS & rec.keys():
            checked += 1
            if rec[k] not in qr_values(f"{base}.pdf"):
                failures += 1
                print(f"FAIL {base}.pdf: no QR code decodes to {k} {rec[k]!r}")
        for fmt, reader in READERS.items():
            text = squash(reader(f"{base}.{fmt}"))
            for value in scalars(rec):
                checked += 1
                if squash(str(value)) not in text:
                    failures += 1
                    print(f"FAIL {base}.{fmt}: value {value!r} not found")
    print(f"read_back: {len(records)} records × 4 formats, {checked} values checked, "
          f"{failures} missing")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
