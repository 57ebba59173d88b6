#!/usr/bin/python3
"""Writes a one-page PDF (120 × 60 pt) of two colour bands, by hand with no
library, for the picture tests to turn into a JPEG logo with pdftoppm.

Usage: make_test_band_pdf.py OUT.pdf
"""
import sys

content = b"0.1 0.3 0.8 rg 0 30 120 30 re f 0.95 0.6 0.1 rg 0 0 120 30 re f"
objs = [b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 120 60]/Contents 4 0 R/Resources<<>>>>",
        b"<</Length %d>>stream\n" % len(content) + content + b"\nendstream"]
out, offsets = bytearray(b"%PDF-1.4\n"), []
for i, o in enumerate(objs, 1):
    offsets.append(len(out))
    out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
xref = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
out += b"trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
open(sys.argv[1], "wb").write(out)
