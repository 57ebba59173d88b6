#!/usr/bin/env python3
"""Transcribes the notice 鲁人社字〔2016〕135号 (body, 附件说明, 署名, 成文日期,
附注 and 附件1, the 96-row plan list) from the seed text into
samples/notice-2016-135.json, so no sentence is typed by hand.

Usage: scripts/extract_notice.py SEED.txt OUT.json

The seed is text extracted from the published PDF, so it carries artefacts
this script undoes and checks:
- a paragraph cut by a page break continues after a blank line without
  closing punctuation ("培养培训专业技术人" / "才的重要途径"): joined;
- Markdown heading marks (#, ##, ###) and list dashes: removed;
- spaces between Han characters and digits ("工程 2016年"): removed
  (GB/T 9704 text has none);
- Markdown links "[a](http://a)": their text kept.
Run-in headings "（一）研修组织到位。" are split from their paragraph so the
template can set them in 楷体.
"""
import json
import re
import sys

from extract_plan import parse_row, ROW

HAN = r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]"
CLOSING = "。：；！？）”"


def tidy(s):
    s = re.sub(r"^[#\- ]+", "", s.strip())
    s = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", s)  # Markdown links keep their text
    s = re.sub(rf"(?<={HAN}) +(?=[0-9])|(?<=[0-9]) +(?={HAN})", "", s)
    return s


def paragraphs(block):
    """Seed lines → paragraphs, joining page-break splits."""
    out = []
    for line in (tidy(l) for l in block.split("\n")):
        if not line:
            continue
        label = re.match(r"^[^，。：]{1,6}：", line)  # "联系电话：…" starts a paragraph
        if (out and out[-1][-1] not in CLOSING and not label
                and not re.match(r"^[一二三四五六七八九十]+、", out[-1])):
            out[-1] += line
        else:
            out.append(line)
    return out


def body_item(p):
    if re.match(r"^[一二三四五六七八九十]+、", p):
        return {"类型": "一级标题", "文字": p}
    m = re.match(r"^(（[一二三四五六七八九十]+）[^。，；]{1,14}。)(.*)$", p)
    if m:  # a short run-in heading, not a numbered sentence
        return {"类型": "段落", "小标题": m.group(1), "文字": m.group(2)}
    return {"类型": "段落", "文字": p}


def main():
    seed, out = sys.argv[1], sys.argv[2]
    text = open(seed, encoding="utf-8").read()
    head, rest = text.split("## 附件 1", 1)
    lines = [tidy(l) for l in head.split("\n") if l.strip()]
    organ, number, title, recipients = lines[0], lines[1], lines[2], lines[3]
    m = re.fullmatch(r"(.+?)〔(\d{4})〕(\d+)号", number)
    if not m:
        raise SystemExit(f"no 发文字号 in {number!r}")
    body_start = head.index(recipients) + len(recipients)
    body_end = head.index("- 附件：")
    body = [body_item(p) for p in paragraphs(head[body_start:body_end])]
    tail = [tidy(l) for l in head[body_end:].split("\n") if l.strip()]
    attachments = []
    i = 0
    while i < len(tail) and re.match(r"^(附件：)?\d+\.", tail[i]):
        attachments.append(re.sub(r"^(附件：)?\d+\.\s*", "", tail[i]))
        i += 1
    signer, date, note = tail[i], tail[i + 1], tail[i + 2]
    d = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", date)
    if not d or not note.startswith("（"):
        raise SystemExit(f"unexpected signature block {tail[i:i + 3]!r}")
    plan_title = tidy(rest.split("\n## ", 1)[1].split("\n", 1)[0])
    end = rest.index("注：“标识”")
    rows = [parse_row(l) for l in rest[:end].splitlines() if ROW.match(l)]
    footnote = tidy(rest[end:].split("\n", 1)[0])
    if [r["编号"] for r in rows] != [f"2016{n:03d}" for n in range(1, 97)]:
        raise SystemExit(f"expected 96 plan rows, got {len(rows)}")
    if len(attachments) != 5:
        raise SystemExit(f"expected 5 attachments, got {attachments!r}")
    record = {
        "发文机关标志": organ,
        "发文字号": {"机关代字": m.group(1), "年份": int(m.group(2)), "序号": int(m.group(3))},
        "标题": title,
        "主送机关": recipients,
        "正文": body,
        "附件说明": attachments,
        "发文机关署名": signer,
        "成文日期": f"{d.group(1)}-{int(d.group(2)):02d}-{int(d.group(3)):02d}",
        "附注": note.strip("（）"),
        "附件1": {"标题": plan_title, "项目": rows, "注": footnote},
    }
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(record, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"{out}: {len(body)} body paragraphs, {len(attachments)} attachments, "
          f"{len(rows)} plan rows")


if __name__ == "__main__":
    main()
