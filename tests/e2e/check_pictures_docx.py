#!/usr/bin/env python3
"""Pictures in DOCX (ECMA-376 Part 1 §20.4 DrawingML pictures), for
test_pictures_docx.sh:

  files DIR          writes DIR/seal.png (a 200 × 200 RGBA seal: red ring
                     and star on a transparent ground, written with zlib +
                     struct: no PIL needed) and DIR/logo.pdf (a 120 × 80 pt
                     page the shell turns into logo.jpg with pdftoppm).
  docx FILE.docx DIR VALUE
                     reads FILE with python3-docx and zipfile: the inline
                     logo (30 × 20 mm), QR code (25 mm, in a table cell) and
                     small seal (12 mm) sizes in EMU, the floating seal's
                     wp:anchor (in front
                     of the text, wrapNone, 40 × 40 mm, offsets), each image
                     part's bytes equal to its source file, stored once,
                     content types and relationships.
  lo FILE.pdf SIGNATURE
                     LibreOffice's PDF of that DOCX, read with pdftohtml
                     -xml and pdftoppm: the seal sits over the signature
                     text, where the template puts it, and the text shows
                     through the seal's transparent ground.
Prints one line per check; exit 1 when any fails.
"""
import math
import re
import struct
import subprocess
import sys
import zipfile
import zlib

failures = 0
EMU_PER_MM = 36000
PT_PER_MM = 72 / 25.4
# What the template of test_pictures_docx.sh asks for (mm, pt).
LOGO_MM = (30, 20)
QR_MM = 25
SEAL_MM = 40
SMALL_SEAL_MM = 12
SEAL_DX_MM, SEAL_DY_MM = -8, -12
SIGNATURE_SPACE_BEFORE_PT = 29


def check(ok, what, detail=""):
    global failures
    print(("ok   " if ok else "FAIL ") + what + ("" if ok else f": {detail}"))
    failures += 0 if ok else 1


# --- files -----------------------------------------------------------------


def png(path, width, height, rgba):
    """An 8-bit RGBA PNG (ISO/IEC 15948) of `rgba` (bytes, row by row)."""
    stride = width * 4
    raw = b"".join(b"\0" + rgba[y * stride:(y + 1) * stride] for y in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9))
                + chunk(b"IEND", b""))


def seal_pixels(n=200):
    """A red ring and five-pointed star, everything else fully transparent."""
    out = bytearray()
    c = n / 2 - 0.5
    for y in range(n):
        for x in range(n):
            r = math.hypot(x - c, y - c)
            a = (math.atan2(y - c, x - c) + math.pi / 2) % (2 * math.pi / 5) / (2 * math.pi / 5)
            star = r <= min(60, 25 + 35 * abs(1 - 2 * a) ** 2)
            out += bytes((220, 0, 0, 255)) if 86 <= r <= 98 or star else bytes((255, 255, 255, 0))
    return bytes(out)


def minimal_pdf(path):
    """A one-page 120 × 80 pt PDF: a blue ground with a yellow bar."""
    content = b"0 0.4 0.8 rg 0 0 120 80 re f 1 0.8 0 rg 20 20 80 40 re f"
    objects = [b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
               b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 120 80]/Contents 4 0 R>>",
               b"<</Length %d>>stream\n" % len(content) + content + b"\nendstream"]
    pdf = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    pdf += b"trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    with open(path, "wb") as f:
        f.write(pdf)


def make_files(folder):
    png(f"{folder}/seal.png", 200, 200, seal_pixels())
    minimal_pdf(f"{folder}/logo.pdf")


# --- docx ------------------------------------------------------------------

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}


def q(name):
    prefix, local = name.split(":")
    return "{%s}%s" % (NS[prefix], local)


def near_emu(value, mm, tol_emu=1):
    return value is not None and abs(int(value) - round(mm * EMU_PER_MM)) <= tol_emu


def blob_of(document, drawing):
    """The bytes of the image part a drawing's a:blip r:embed names."""
    blip = drawing.find(".//" + q("a:blip"))
    return document.part.related_parts[blip.get(q("r:embed"))].blob


def check_docx(path, folder, value):
    import docx

    d = docx.Document(path)
    logo = open(f"{folder}/logo.jpg", "rb").read()
    seal = open(f"{folder}/seal.png", "rb").read()

    shapes = list(d.inline_shapes)
    check(len(shapes) == 3, "python-docx sees 3 inline pictures (logo, QR code, small seal)",
          len(shapes))
    if len(shapes) == 3:
        lg, qr, small = shapes
        check(near_emu(lg.width, LOGO_MM[0]) and near_emu(lg.height, LOGO_MM[1]),
              "logo inline 30 × 20 mm in EMU", (lg.width, lg.height))
        check(near_emu(qr.width, QR_MM) and near_emu(qr.height, QR_MM),
              "QR code inline 25 × 25 mm in EMU", (qr.width, qr.height))
        check(blob_of(d, lg._inline) == logo, "logo image part is logo.jpg byte for byte")
        qr_bytes = blob_of(d, qr._inline)
        check(qr_bytes.startswith(b"\x89PNG\r\n\x1a\n"), "QR code image part is a PNG")
        descr = qr._inline.find(q("wp:docPr")).get("descr")
        check(descr == value, "QR code alt text (wp:docPr descr) is its value", descr)
        check(near_emu(small.width, SMALL_SEAL_MM), "small seal inline 12 mm in EMU", small.width)
        check(blob_of(d, small._inline) == seal, "small seal image part is seal.png byte for byte")

    cell = d.tables[0].cell(0, 1) if d.tables else None
    in_cell = cell is not None and cell._tc.find(".//" + q("wp:inline")) is not None
    check(in_cell, "QR code sits in the table's second cell")

    anchors = d.element.body.findall(".//" + q("wp:anchor"))
    check(len(anchors) == 1, "one floating picture (the seal)", len(anchors))
    if anchors:
        a = anchors[0]
        check(a.get("behindDoc") == "0" and a.find(q("wp:wrapNone")) is not None,
              "seal is in front of the text with no wrapping (behindDoc=0, wrapNone)")
        check(a.get("allowOverlap") == "1" and a.get("layoutInCell") == "1",
              "seal may overlap, stays in its cell (allowOverlap, layoutInCell)")
        ext = a.find(q("wp:extent"))
        check(near_emu(ext.get("cx"), SEAL_MM) and near_emu(ext.get("cy"), SEAL_MM),
              "seal 40 × 40 mm in EMU", (ext.get("cx"), ext.get("cy")))
        h, v = a.find(q("wp:positionH")), a.find(q("wp:positionV"))
        h_off, v_off = int(h.find(q("wp:posOffset")).text), int(v.find(q("wp:posOffset")).text)
        check(h.get("relativeFrom") == "character" and near_emu(h_off, SEAL_DX_MM),
              "seal dx from its anchor character", (h.get("relativeFrom"), h_off))
        # First line of its paragraph: from the paragraph's top, over the
        # 29 pt space before (12700 EMU a point).
        want_v = SIGNATURE_SPACE_BEFORE_PT * 12700 + SEAL_DY_MM * EMU_PER_MM
        check(v.get("relativeFrom") == "paragraph" and abs(v_off - want_v) <= 1,
              "seal dy from the top of its line", (v.get("relativeFrom"), v_off, want_v))
        check(a.find(q("wp:docPr")).get("descr") == "印章", "seal alt text 印章")
        check(blob_of(d, a) == seal, "seal image part is seal.png byte for byte")
        para = a.getparent()
        while para is not None and para.tag != q("w:p"):
            para = para.getparent()
        text = "".join(t.text or "" for t in para.iter(q("w:t"))) if para is not None else ""
        check("山东省人力资源和社会保障厅" in text, "seal is anchored in the signature paragraph", text)

    ids = [p.get("id") for p in d.element.body.iter(q("wp:docPr"))]
    check(len(ids) == len(set(ids)) == 4, "wp:docPr ids unique", ids)
    with zipfile.ZipFile(path) as z:
        media = sorted(n for n in z.namelist() if n.startswith("word/media/"))
        types = z.read("[Content_Types].xml").decode()
        rels = z.read("word/_rels/document.xml.rels").decode()
        root = z.read("word/document.xml").decode()[:600]
    # logo, seal (used twice: stored once), QR code.
    check(media == ["word/media/image1.jpeg", "word/media/image2.png", "word/media/image3.png"],
          "3 image parts, the seal used twice stored once", media)
    check('Extension="png" ContentType="image/png"' in types
          and 'Extension="jpeg" ContentType="image/jpeg"' in types,
          "content types name png and jpeg")
    check(len(re.findall(r"relationships/image\"", rels)) == 3, "3 image relationships")
    check(all(f'xmlns:{p}="{NS[p]}"' in root for p in ("wp", "a", "pic", "r")),
          "wp, a, pic and r declared on w:document")


# --- lo --------------------------------------------------------------------


def pdf_boxes(pdf):
    """Images and text boxes of page 1 (pt, top-left origin) from pdftohtml."""
    xml = subprocess.run(["pdftohtml", "-xml", "-stdout", "-q", "-zoom", "1", "-f", "1", "-l", "1",
                          pdf, pdf + ".html"], capture_output=True, text=True, check=True).stdout
    boxes = lambda tag: [(m.groupdict(), m.group("body")) for m in re.finditer(
        r'<%s top="(?P<top>[-\d.]+)" left="(?P<left>[-\d.]+)" width="(?P<width>[\d.]+)" '
        r'height="(?P<height>[\d.]+)"[^>]*?(?:/>|>(?P<body>.*?)</%s>)' % (tag, tag), xml)]
    num = lambda b: {k: float(v) for k, v in b.items() if k != "body" and v is not None}
    return [num(b) for b, _ in boxes("image")], [(num(b), re.sub("<[^>]+>", "", t or ""))
                                                  for b, t in boxes("text")]


def gray_page(pdf, dpi):
    """Page 1 as an 8-bit grey PGM raster: (width, height, bytes)."""
    data = subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), "-f", "1", "-l", "1", pdf],
                          capture_output=True, check=True).stdout
    m = re.match(rb"P5\s+(\d+)\s+(\d+)\s+255\s", data)
    return int(m.group(1)), int(m.group(2)), data[m.end():]


def check_lo(pdf, signature):
    images, texts = pdf_boxes(pdf)
    seals = [i for i in images if abs(i["width"] - SEAL_MM * PT_PER_MM) < 2
             and abs(i["height"] - SEAL_MM * PT_PER_MM) < 2]
    sig = [b for b, t in texts if t.startswith(signature[:4])]
    check(len(seals) == 1, "LibreOffice draws one 40 mm seal", images)
    check(len(sig) == 1, "LibreOffice prints the signature line once", [t for _, t in texts])
    if len(seals) != 1 or len(sig) != 1:
        return
    s, t = seals[0], sig[0]
    # Its top-left corner: dx right of the signature's first character, dy
    # below the top of its line (the text box's top, within a point or two).
    dx = s["left"] - t["left"]
    dy = s["top"] - t["top"]
    check(abs(dx - SEAL_DX_MM * PT_PER_MM) <= 2, "seal dx from the signature start (LibreOffice)",
          f"{dx:.1f} pt, want {SEAL_DX_MM * PT_PER_MM:.1f}")
    check(abs(dy - SEAL_DY_MM * PT_PER_MM) <= 4, "seal dy from the signature line (LibreOffice)",
          f"{dy:.1f} pt, want {SEAL_DY_MM * PT_PER_MM:.1f}")
    over = (s["left"] < t["left"] + t["width"] and t["left"] < s["left"] + s["width"]
            and s["top"] < t["top"] + t["height"] and t["top"] < s["top"] + s["height"])
    check(over, "seal overlaps the signature text")
    # Text under the transparent ground stays visible: dark pixels inside
    # the part of the signature's box the seal covers. The seal is red, so
    # in grey (0.3 R) its strokes stay lighter than black text.
    dpi = 150
    w, h, px = gray_page(pdf, dpi)
    k = dpi / 72
    x0, x1 = int(max(s["left"], t["left"]) * k), int(min(s["left"] + s["width"], t["left"] + t["width"]) * k)
    y0, y1 = int(max(s["top"], t["top"]) * k), int(min(s["top"] + s["height"], t["top"] + t["height"]) * k)
    dark = sum(1 for y in range(y0, y1) for x in range(x0, x1) if px[y * w + x] < 40)
    check(dark > 50, "signature text visible through the seal's transparent ground", f"{dark} dark pixels")


def main():
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "files" and len(sys.argv) == 3:
        make_files(sys.argv[2])
        return 0
    if cmd == "docx" and len(sys.argv) == 5:
        check_docx(*sys.argv[2:])
    elif cmd == "lo" and len(sys.argv) == 4:
        check_lo(*sys.argv[2:])
    else:
        print(__doc__)
        return 2
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
