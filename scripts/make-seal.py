#!/usr/bin/python3
"""Draw a specimen electronic seal (电子印章 样章) as a transparent RGBA PNG.

The picture is sample data for formwork: templates use it to show where a
unit's seal sits over the signature and date of an official document
(GB/T 9704-2012 §7.3.5.1, 加盖印章的公文).  It follows the classic layout of
a Chinese official seal -- a red ring, a five-pointed star in the middle,
the unit name along the upper arc and a line of text under the star -- but
it is deliberately a *specimen*:

* the ring text names no real body ("示例单位电子印章专用", "sample unit,
  for electronic seals only") and the centre text is "样章" (specimen);
* it carries no seal code (印章编码) along the lower arc, as a real one
  would;
* it is drawn from an ordinary installed font (AR PL SungtiL GB), thickened,
  not from a cut seal face.

Do not replace the texts with the name of an existing agency.

Everything is drawn in #E60012 with full opacity; edges are anti-aliased
(the coverage of each pixel, computed exactly across and on --samples
sub-scanlines down, becomes its alpha) and all other pixels have alpha 0.
The colour channels are red everywhere, so that scaling the image never
produces dark fringes.

Glyph outlines are read with fontTools, flattened into polygons, placed
(scaled, rotated, translated) and filled with a nonzero-winding scanline
rasteriser written here; the PNG (colour type 6, 8 bits, with a pHYs chunk
for the resolution and no time stamp) is written with zlib and struct, so
the output is byte-identical on every run.  Only the standard library and
fontTools are used.

Usage:
    make-seal.py OUT.png [--text 示例单位电子印章专用] [--centre 样章]
                 [--diameter-mm 42] [--dpi 300]
"""

import argparse
import logging
import math
import os
import struct
import subprocess
import sys
import zlib

from fontTools.pens.basePen import BasePen
from fontTools.ttLib import TTFont

# DroidSansFallbackFull.ttf makes fontTools warn about padding in its glyf
# table; the glyphs read fine.
logging.getLogger("fontTools").setLevel(logging.ERROR)

RED = (0xE6, 0x00, 0x12)

FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf",
    ("fc-match", "AR PL SungtiL GB"),
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    ("fc-match", "Droid Sans Fallback"),
]

# Layout, in millimetres for the default 42 mm seal; scaled with the diameter.
REF_DIAMETER = 42.0
MARGIN = 0.25           # between the image edge and the outside of the ring
RING_WIDTH = 1.2
STAR_ACROSS = 14.0      # diameter of the circle through the star's points
STAR_CENTRE_Y = -0.3    # star centre, below (+) or above (-) the seal centre
RING_TEXT_HEIGHT = 6.6
RING_TEXT_MAX_WIDTH = 5.4
RING_TEXT_GAP = 0.9     # between the inside of the ring and the glyph tops
RING_SPREAD = 240.0     # degrees covered by the ring text, glyph edge to edge
CENTRE_TEXT_HEIGHT = 4.6
CENTRE_TEXT_WIDTH = 4.6
CENTRE_TEXT_SPACING = 1.0
CENTRE_TEXT_Y = 9.6     # centre of the centre text, below the seal centre
STROKE = 0.30           # extra stroke width added around every glyph outline
STROKE_FULL_WIDTH = 4.5 # glyphs narrower than this get a thinner stroke


# ---------------------------------------------------------------- fonts --

def find_fonts():
    """Return the usable font files, best first."""
    seen = []
    for cand in FONT_CANDIDATES:
        path = cand
        if isinstance(cand, tuple):
            try:
                path = subprocess.run(
                    ["fc-match", "-f", "%{file}", cand[1]],
                    capture_output=True, text=True, timeout=10).stdout.strip()
            except (OSError, subprocess.SubprocessError):
                continue
        if path and os.path.isfile(path) and path not in seen:
            seen.append(path)
    return seen


class Font:
    def __init__(self, path):
        self.path = path
        self.tt = TTFont(path, lazy=True)
        self.cmap = self.tt.getBestCmap() or {}
        self.glyphs = self.tt.getGlyphSet()
        # Reference box: the ink box of 国 (an ideograph that fills its
        # cell) gives the height to scale to and the vertical centre.
        ref = self.cmap.get(ord("国"))
        box = self.bounds(ref) if ref else None
        if box:
            self.ref_bottom, self.ref_top = box[1], box[3]
        else:
            upm = self.tt["head"].unitsPerEm
            self.ref_bottom, self.ref_top = -0.12 * upm, 0.88 * upm

    def has(self, ch):
        return ord(ch) in self.cmap

    def bounds(self, name):
        from fontTools.pens.boundsPen import BoundsPen
        pen = BoundsPen(self.glyphs)
        self.glyphs[name].draw(pen)
        return pen.bounds


class FlattenPen(BasePen):
    """Collect contours as polygons, mapped through `xf` and flattened."""

    def __init__(self, glyphset, xf, tol):
        super().__init__(glyphset)
        self.xf = xf
        self.tol = tol
        self.contours = []
        self.cur = None
        self.last = None

    def _moveTo(self, p):
        self._finish()
        self.cur = [self.xf(p)]
        self.last = p

    def _lineTo(self, p):
        self.cur.append(self.xf(p))
        self.last = p

    def _steps(self, pts):
        # number of segments from the control polygon's length in pixels
        q = [self.xf(p) for p in pts]
        length = sum(math.hypot(q[i + 1][0] - q[i][0], q[i + 1][1] - q[i][1])
                     for i in range(len(q) - 1))
        return max(2, min(64, int(math.ceil(math.sqrt(length / self.tol)))))

    def _qCurveToOne(self, p1, p2):
        p0 = self.last
        n = self._steps((p0, p1, p2))
        for i in range(1, n + 1):
            t = i / n
            a, b, c = (1 - t) ** 2, 2 * t * (1 - t), t * t
            self.cur.append(self.xf((a * p0[0] + b * p1[0] + c * p2[0],
                                     a * p0[1] + b * p1[1] + c * p2[1])))
        self.last = p2

    def _curveToOne(self, p1, p2, p3):
        p0 = self.last
        n = self._steps((p0, p1, p2, p3))
        for i in range(1, n + 1):
            t = i / n
            u = 1 - t
            a, b, c, d = u ** 3, 3 * u * u * t, 3 * u * t * t, t ** 3
            self.cur.append(self.xf((
                a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0],
                a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1])))
        self.last = p3

    def _closePath(self):
        self._finish()

    def _endPath(self):
        self._finish()

    def _finish(self):
        if self.cur and len(self.cur) > 2:
            self.contours.append(self.cur)
        self.cur = None


class FontList:
    """The candidate fonts, each opened only when a character needs it."""

    def __init__(self, paths):
        self.paths = paths
        self.opened = {}

    def for_char(self, ch):
        for path in self.paths:
            if path not in self.opened:
                try:
                    self.opened[path] = Font(path)
                except Exception as exc:        # unreadable font: skip it
                    print("make-seal: skipping %s: %s" % (path, exc),
                          file=sys.stderr)
                    self.opened[path] = None
            font = self.opened[path]
            if font is not None and font.has(ch):
                return font
        return None


def glyph_polygons(fonts, ch, cx, cy, width, height, angle, tol):
    """Outline of `ch`, its cell centred on (cx, cy) pixels, `height` pixels
    tall (reference ink height) and squeezed to `width`, turned by `angle`
    radians clockwise.  Returns a list of polygons (image coordinates)."""
    font = fonts.for_char(ch)
    if font is None:
        sys.exit("make-seal: no installed font has the character %r" % ch)
    name = font.cmap[ord(ch)]
    adv = font.glyphs[name].width or font.tt["head"].unitsPerEm
    ref_h = font.ref_top - font.ref_bottom
    sy = height / ref_h
    sx = width / ref_h          # the reference cell is square
    gx = adv / 2.0
    gy = (font.ref_top + font.ref_bottom) / 2.0
    cos_a, sin_a = math.cos(angle), math.sin(angle)

    def xf(p):
        u = (p[0] - gx) * sx            # right, pixels
        v = (p[1] - gy) * sy            # up, pixels
        # image axes: x right, y down; "right" = (cos, sin), "up" = (sin, -cos)
        return (cx + u * cos_a + v * sin_a, cy + u * sin_a - v * cos_a)

    pen = FlattenPen(font.glyphs, xf, tol)
    font.glyphs[name].draw(pen)
    pen._finish()
    return pen.contours


def stroke_polygons(contours, half):
    """Polygons (all counter-clockwise on screen) that thicken the outlines
    by `half` pixels on each side: a quad per edge and a disc per vertex."""
    out = []
    disc = [(half * math.cos(2 * math.pi * k / 8 + math.pi / 8),
             half * math.sin(2 * math.pi * k / 8 + math.pi / 8)) for k in range(8)]
    for poly in contours:
        n = len(poly)
        for i in range(n):
            x0, y0 = poly[i]
            x1, y1 = poly[(i + 1) % n]
            dx, dy = x1 - x0, y1 - y0
            d = math.hypot(dx, dy)
            out.append([(x0 + ox, y0 + oy) for ox, oy in disc])
            if d < 1e-9:
                continue
            nx, ny = -dy / d * half, dx / d * half
            quad = [(x0 + nx, y0 + ny), (x1 + nx, y1 + ny),
                    (x1 - nx, y1 - ny), (x0 - nx, y0 - ny)]
            if signed_area(quad) < 0:
                quad.reverse()
            out.append(quad)
    return out


def signed_area(poly):
    s = 0.0
    n = len(poly)
    for i in range(n):
        x0, y0 = poly[i]
        x1, y1 = poly[(i + 1) % n]
        s += x0 * y1 - x1 * y0
    return s / 2.0


# ----------------------------------------------------------- rasteriser --

class Canvas:
    """Coverage in [0, 1] per pixel; shapes are merged by taking the max."""

    def __init__(self, size, samples):
        self.size = size
        self.samples = samples
        self.cov = [[0.0] * size for _ in range(size)]

    def fill(self, polys):
        """Fill `polys` (lists of (x, y) pixel points, implicitly closed)
        with the nonzero winding rule."""
        S = self.samples
        N = self.size
        buckets = {}
        kmin, kmax = None, None
        xmin, xmax = float("inf"), float("-inf")
        for poly in polys:
            n = len(poly)
            for i in range(n):
                x0, y0 = poly[i]
                x1, y1 = poly[(i + 1) % n]
                if y0 == y1:
                    continue
                w = 1
                if y0 > y1:
                    x0, y0, x1, y1 = x1, y1, x0, y0
                    w = -1
                # sub-scanline k samples y = (k + 0.5) / S
                k0 = max(0, math.ceil(y0 * S - 0.5))
                k1 = min(N * S, math.ceil(y1 * S - 0.5))   # exclusive
                if k0 >= k1:
                    continue
                slope = (x1 - x0) / (y1 - y0) / S
                xs = x0 + ((k0 + 0.5) / S - y0) * (x1 - x0) / (y1 - y0)
                buckets.setdefault(k0, []).append([k1, xs, slope, w])
                kmin = k0 if kmin is None else min(kmin, k0)
                kmax = k1 if kmax is None else max(kmax, k1)
                xmin = min(xmin, x0, x1)
                xmax = max(xmax, x0, x1)
        if kmin is None:
            return
        c0 = max(0, int(math.floor(xmin)))
        c1 = min(N, int(math.ceil(xmax)) + 1)
        width = c1 - c0
        active = []
        row = kmin // S
        direct = [0.0] * (width + 2)
        diff = [0.0] * (width + 2)
        inv = 1.0 / S
        for k in range(kmin, kmax):
            if k // S != row:
                self._flush(row, c0, width, direct, diff)
                row = k // S
                direct = [0.0] * (width + 2)
                diff = [0.0] * (width + 2)
            if k in buckets:
                active.extend(buckets.pop(k))
            active = [e for e in active if e[0] > k]
            if not active:
                continue
            xs = sorted((e[1], e[3]) for e in active)
            for e in active:
                e[1] += e[2]
            wind = 0
            start = 0.0
            for x, w in xs:
                before = wind
                wind += w
                if before == 0 and wind != 0:
                    start = x
                elif before != 0 and wind == 0:
                    a = min(max(start - c0, 0.0), width)
                    b = min(max(x - c0, 0.0), width)
                    if b <= a:
                        continue
                    ia, ib = int(a), int(b)
                    if ia == ib:
                        direct[ia] += (b - a) * inv
                    else:
                        direct[ia] += (ia + 1 - a) * inv
                        direct[ib] += (b - ib) * inv
                        diff[ia + 1] += inv
                        diff[ib] -= inv
        self._flush(row, c0, width, direct, diff)

    def _flush(self, row, c0, width, direct, diff):
        if row >= self.size:
            return
        line = self.cov[row]
        run = 0.0
        for i in range(width):
            run += diff[i]
            v = run + direct[i]
            if v > 1e-9:
                j = c0 + i
                if v > line[j]:
                    line[j] = v if v < 1.0 else 1.0


# ------------------------------------------------------------------ png --

def png_bytes(cov, dpi):
    r, g, b = RED
    raw = bytearray()
    for line in cov:
        raw.append(0)                       # filter type: none
        for v in line:
            a = int(v * 255.0 + 0.5)
            raw += bytes((r, g, b, 255 if a > 255 else a))

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data +
                struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    n = len(cov)
    ppm = int(round(dpi / 0.0254))
    return (b"\x89PNG\r\n\x1a\n" +
            chunk(b"IHDR", struct.pack(">IIBBBBB", n, n, 8, 6, 0, 0, 0)) +
            chunk(b"pHYs", struct.pack(">IIB", ppm, ppm, 1)) +
            chunk(b"IDAT", zlib.compress(bytes(raw), 9)) +
            chunk(b"IEND", b""))


# ----------------------------------------------------------------- seal --

def circle(cx, cy, r, n, clockwise=False):
    pts = [(cx + r * math.cos(2 * math.pi * i / n),
            cy + r * math.sin(2 * math.pi * i / n)) for i in range(n)]
    if clockwise:
        pts.reverse()
    return pts


def star(cx, cy, r):
    inner = r * math.cos(math.radians(72)) / math.cos(math.radians(36))
    pts = []
    for i in range(10):
        rr = r if i % 2 == 0 else inner
        a = math.radians(-90 + 36 * i)
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    return pts


def draw_seal(text, centre, diameter_mm, dpi, samples, fonts):
    size = int(round(diameter_mm / 25.4 * dpi))
    px = size / diameter_mm                 # pixels per mm of this seal
    k = diameter_mm / REF_DIAMETER          # layout scale
    mm = lambda v: v * k * px               # layout millimetres -> pixels
    c = size / 2.0
    canvas = Canvas(size, samples)
    tol = 0.08                              # flattening tolerance, pixels

    # ring
    r_out = c - mm(MARGIN)
    r_in = r_out - mm(RING_WIDTH)
    canvas.fill([circle(c, c, r_out, 1024), circle(c, c, r_in, 1024, True)])

    # star
    canvas.fill([star(c, c + mm(STAR_CENTRE_Y), mm(STAR_ACROSS) / 2)])

    half = mm(STROKE) / 2

    def put_glyph(ch, x, y, w, h, angle):
        contours = glyph_polygons(fonts, ch, x, y, w, h, angle, tol)
        if contours:
            canvas.fill(contours)
            # squeezed glyphs (long texts) get a proportionally thinner
            # stroke so that their counters stay open
            hw = half * min(1.0, w / mm(STROKE_FULL_WIDTH))
            if hw > 0:
                canvas.fill(stroke_polygons(contours, hw))

    # ring text, along the upper arc, reading clockwise
    chars = [ch for ch in text if not ch.isspace()]
    if chars:
        h = mm(RING_TEXT_HEIGHT)
        r_text = r_in - mm(RING_TEXT_GAP) - h / 2
        n = len(chars)
        spread = math.radians(RING_SPREAD)
        # each glyph gets an equal share of the spread; centres at the
        # middle of their shares
        step = spread / n
        w = min(mm(RING_TEXT_MAX_WIDTH), 0.82 * step * r_text)
        for i, ch in enumerate(chars):
            theta = -spread / 2 + step * (i + 0.5)   # clockwise from the top
            x = c + r_text * math.sin(theta)
            y = c - r_text * math.cos(theta)
            put_glyph(ch, x, y, w, h, theta)

    # centre text, horizontal, under the star
    chars = [ch for ch in centre if not ch.isspace()]
    if chars:
        h = mm(CENTRE_TEXT_HEIGHT)
        w = mm(CENTRE_TEXT_WIDTH)
        gap = mm(CENTRE_TEXT_SPACING)
        total = len(chars) * w + (len(chars) - 1) * gap
        max_total = 2 * math.sqrt(max(r_in ** 2 - (mm(CENTRE_TEXT_Y) + h) ** 2, 0)) * 0.8
        if total > max_total:               # long centre text: squeeze
            f = max_total / total
            w, gap, total = w * f, gap * f, max_total
        y = c + mm(CENTRE_TEXT_Y)
        for i, ch in enumerate(chars):
            x = c - total / 2 + w / 2 + i * (w + gap)
            put_glyph(ch, x, y, w, h, 0.0)

    return canvas.cov


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="Draw a specimen electronic seal (样章) as a transparent PNG.")
    ap.add_argument("out", metavar="OUT.png")
    ap.add_argument("--text", default="示例单位电子印章专用",
                    help="ring text along the upper arc (default: %(default)s)")
    ap.add_argument("--centre", default="样章",
                    help="text under the star (default: %(default)s)")
    ap.add_argument("--diameter-mm", type=float, default=42.0)
    ap.add_argument("--dpi", type=float, default=300.0)
    ap.add_argument("--samples", type=int, default=4,
                    help="sub-scanlines per pixel row for anti-aliasing")
    args = ap.parse_args(argv)
    if args.diameter_mm <= 0 or args.dpi <= 0 or args.samples < 1:
        ap.error("diameter, dpi and samples must be positive")
    paths = find_fonts()
    if not paths:
        sys.exit("make-seal: no CJK font found (install fonts-arphic-gbsn00lp)")
    fonts = FontList(paths)
    cov = draw_seal(args.text, args.centre, args.diameter_mm, args.dpi,
                    args.samples, fonts)
    data = png_bytes(cov, args.dpi)
    out_dir = os.path.dirname(os.path.abspath(args.out))
    os.makedirs(out_dir, exist_ok=True)
    tmp = args.out + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, args.out)


if __name__ == "__main__":
    main()
