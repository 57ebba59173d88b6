"""Dumps the pictures of an XLSX worksheet as key=value lines, read straight
from the package (zipfile + ElementTree, so no Pillow is needed).

Usage: read_xlsx_drawings.py FILE.xlsx [SHEET]   (SHEET: 0-based, default 0)

  pictures=N                      drawings of the sheet, in document order
  picture.I.from=COL,ROW,COLOFF,ROWOFF   0-based cell, offsets in EMU
  picture.I.to=COL,ROW,COLOFF,ROWOFF
  picture.I.editAs=oneCell
  picture.I.ext=CX,CY             a:xfrm/a:ext in EMU (ECMA-376 §20.1.7.3)
  picture.I.descr=…               xdr:cNvPr/@descr (absent: empty)
  picture.I.media=xl/media/imageK.png
  media=xl/media/image1.png,…     every media part of the package
  md5.xl/media/imageK.png=…       its bytes' MD5
"""
import hashlib
import posixpath
import sys
import xml.etree.ElementTree as ET
import zipfile

NS = {
    "xdr": "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
    "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
}


def rels(z, part):
    path = posixpath.join(posixpath.dirname(part), "_rels", posixpath.basename(part) + ".rels")
    if path not in z.namelist():
        return {}
    out = {}
    for r in ET.fromstring(z.read(path)).findall("rel:Relationship", NS):
        out[r.get("Id")] = posixpath.normpath(posixpath.join(posixpath.dirname(part), r.get("Target")))
    return out


def main():
    z = zipfile.ZipFile(sys.argv[1])
    index = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    sheet = "xl/worksheets/sheet%d.xml" % (index + 1)
    out = []
    drawing = ET.fromstring(z.read(sheet)).find("m:drawing", NS)
    anchors = []
    if drawing is not None:
        dpart = rels(z, sheet)[drawing.get("{%s}id" % NS["r"])]
        drels = rels(z, dpart)
        anchors = [(a, drels) for a in ET.fromstring(z.read(dpart))]
    out.append(("pictures", str(len(anchors))))
    for i, (a, drels) in enumerate(anchors):
        for end in ("from", "to"):
            e = a.find("xdr:" + end, NS)
            vals = [e.find("xdr:" + k, NS).text for k in ("col", "row", "colOff", "rowOff")]
            out.append(("picture.%d.%s" % (i, end), ",".join(vals)))
        out.append(("picture.%d.editAs" % i, str(a.get("editAs"))))
        ext = a.find("xdr:pic/xdr:spPr/a:xfrm/a:ext", NS)
        out.append(("picture.%d.ext" % i, "%s,%s" % (ext.get("cx"), ext.get("cy"))))
        nv = a.find("xdr:pic/xdr:nvPicPr/xdr:cNvPr", NS)
        out.append(("picture.%d.descr" % i, nv.get("descr") or ""))
        blip = a.find("xdr:pic/xdr:blipFill/a:blip", NS)
        out.append(("picture.%d.media" % i, drels[blip.get("{%s}embed" % NS["r"])]))
    media = sorted(n for n in z.namelist() if n.startswith("xl/media/"))
    out.append(("media", ",".join(media)))
    for m in media:
        out.append(("md5." + m, hashlib.md5(z.read(m)).hexdigest()))
    for k, v in out:
        print("%s=%s" % (k, v.replace("\n", "\\n")))


main()
