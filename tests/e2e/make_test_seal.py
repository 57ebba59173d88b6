#!/usr/bin/python3
"""Writes the test seal: 200 × 200 pixels, a red ring and dot (#E60012,
opaque) on a fully transparent ground (RGBA, colour type 6), with zlib and
struct only. The colour is red everywhere; alpha alone draws the shape.

Usage: make_test_seal.py OUT.png [PIXELS_PER_METRE]
With PIXELS_PER_METRE a pHYs chunk gives the resolution (11811 = 300 dpi),
which libxlsxwriter sizes an image by and the writer must undo.
"""
import math
import struct
import sys
import zlib

n = 200
raw = bytearray()
for y in range(n):
    raw.append(0)  # filter type None
    for x in range(n):
        d = math.hypot(x - (n - 1) / 2, y - (n - 1) / 2) / n
        raw += bytes((230, 0, 18, 255 if 0.40 < d < 0.48 or d < 0.08 else 0))


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


phys = b""
if len(sys.argv) > 2:
    ppm = int(sys.argv[2])
    phys = chunk(b"pHYs", struct.pack(">IIB", ppm, ppm, 1))
png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", n, n, 8, 6, 0, 0, 0)) + phys
       + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))
open(sys.argv[1], "wb").write(png)
