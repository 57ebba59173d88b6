#!/usr/bin/python3
"""Compares two PDFs' text lines page by page (pdftotext -bbox-layout):
page count, each line's text and baseline box (top within 0.15 pt), and
how far a line's left or right end moved. Prints "same", or the
differences. Usage: compare_layout.py OLD.pdf NEW.pdf"""
import re
import subprocess
import sys


def pages_of(pdf):
    out = subprocess.run(["pdftotext", "-bbox-layout", "-enc", "UTF-8", pdf, "-"],
                         capture_output=True, text=True, check=True).stdout
    pages = []
    for line in out.splitlines():
        if "<page " in line:
            pages.append([])
        elif "<line " in line:
            box = [float(v) for v in re.findall(r'[xy]M(?:in|ax)="([\d.]+)"', line)]
            pages[-1].append(box + [""])
        elif "<word " in line:
            pages[-1][-1][4] += re.search(r">(.*)</word>", line).group(1)
    return pages


def main():
    old, new = pages_of(sys.argv[1]), pages_of(sys.argv[2])
    diffs = []
    if len(old) != len(new):
        diffs.append(f"pages {len(old)} → {len(new)}")
    moved = 0.0
    for p, (a, b) in enumerate(zip(old, new), 1):
        if [l[4] for l in a] != [l[4] for l in b]:
            diffs.append(f"page {p}: lines differ: {[l[4] for l in a if l not in b][:3]}")
            continue
        for la, lb in zip(a, b):
            if abs(la[1] - lb[1]) > 0.15:
                diffs.append(f"page {p}: '{la[4][:16]}' top {la[1]:.2f} → {lb[1]:.2f}")
            moved = max(moved, abs(la[0] - lb[0]), abs(la[2] - lb[2]))
    name = sys.argv[1].rsplit("/", 1)[-1]
    if diffs:
        print(name, "DIFF\n  " + "\n  ".join(diffs[:10]))
    else:
        print(f"{name} same lines (line ends moved ≤ {moved:.2f} pt)")


main()
