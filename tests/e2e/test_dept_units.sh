#!/usr/bin/env bash
# The 部门整体支出绩效自评表 fits the real form: the four 收支 tables have the
# row 局机关及二级机构汇总, then "1、局机关" and one row per 二级机构 (any number, names
# from data; blank figures stay blank), the 汇总 row is the sum of the 机构 rows (a SUM
# formula in XLSX), and the free 五、评价报告综述 follows the form only when the data
# has one. Variants written here — only the 局机关; 局机关 + 3 二级机构 (samples/
# dept-self-eval-2022-b.json); 局机关 + 18 二级机构 with blank cells and a column blank
# everywhere; a 二级机构 filing alone (samples/dept-self-eval-2021.json); no
# 五、 (absent, empty list); a very long 五、 — are rendered to PDF, DOCX, XLSX and TXT and
# read back with pdftotext, python-docx and openpyxl; every figure is recomputed here
# from the data (元 → 万元, largest-remainder rounding per 机构 and table) without the
# engine, and LibreOffice recalculates every workbook. Records the checks must refuse
# are refused with the 机构 or figure named.
source "$(dirname "$0")/lib.sh"
need_all pdftotext soffice
F=$FORMWORK_BIN
TPL=(--templates "$SRC/templates")
V=$TMP/v
O=$TMP/out
mkdir -p "$V" "$O"

# ---- variants ----
$PY - "$SRC" "$V" <<'PY'
import copy, json, sys
src, out = sys.argv[1], sys.argv[2]
b = json.load(open(f"{src}/samples/dept-self-eval-2022-b.json", encoding="utf-8"))
a = json.load(open(f"{src}/samples/dept-self-eval-2021.json", encoding="utf-8"))
def save(name, rec):
    json.dump(rec, open(f"{out}/{name}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)

# only the 局机关 (no 二级机构), with its own stated 汇总
x = copy.deepcopy(b)
x["机构"] = x["机构"][:1]
x["汇总"] = {k: x["机构"][0][k] for k in ("收入", "支出", "三公经费", "固定资产")}
save("only", x)
# 局机关 + 3 二级机构 as shipped (blank cells, one 机构 without 三公经费, stated 汇总)
save("three", b)
# 局机关 + 18 二级机构 (the sample's 3 and 15 more): blank cells, a 机构 with no figures
# at all, 公务用车购置费 blank in every row (its 汇总 blank too), a long name, awkward
# cents; the tables are longer than 12 rows, so they break across pages
x = copy.deepcopy(b)
x.pop("汇总")
for u in x["机构"]:
    (u.get("三公经费") or {}).pop("公务用车购置费", None)
for k in range(1, 16):
    u = {"名称": f"青石县第{k}自然资源所" if k != 7 else "青石县自然资源和规划局第七片区综合执法与不动产登记服务所"}
    if k != 11:
        c = k * 1234.56
        u["收入"] = {"上年结转": round(c * 0.3, 2), "公共财政拨款": round(c * 100 + 0.05 * k, 2),
                     "其他收入": round(c * 0.7 + 0.03, 2)}
        if k % 4 == 0:
            u["收入"]["上年结转"] = None
        u["支出"] = {"人员支出": round(c * 60 + 0.05, 2), "公用支出": round(c * 15 + 0.05, 2),
                     "项目支出": round(c * 20.5, 2)}
        if k % 5 == 0:
            del u["支出"]["公用支出"]
        u["三公经费"] = {"公务接待费": round(k * 100.05, 2), "公务用车运维费": round(k * 250.45, 2),
                        "因公出国费": 0}
        u["固定资产"] = {"在用固定资产": round(c * 30 + 0.07, 2), "出租固定资产": 0 if k % 3 else None,
                        "其他": round(k * 55.55, 2)}
    x["机构"].append(u)
save("many", x)
# a 二级机构 filing alone: the 2021 sample (局机关 row blank, the 分局 as 二级机构)
save("alone", a)
# no 五、评价报告综述: absent, and an empty list
x = copy.deepcopy(b); x.pop("评价报告综述"); save("no5", x)
x = copy.deepcopy(b); x["评价报告综述"] = []; save("empty5", x)
# a very long 五、: 12 sections (一 … 十二), the first with 11 sub-sections ((一) … (十一)),
# each sub-section 2 points (1、2、), and one paragraph of over 6,000 characters
def para(tag, n):
    return "".join(f"（{tag}·{i}）局机关及各二级机构按照年度预算和绩效目标组织实施，资金使用符合规定，"
                   f"绩效目标完成情况良好。" for i in range(n))
x = copy.deepcopy(b)
x["评价报告综述"] = [
    {"标题": f"评价事项{i + 1}", "段落": [para(f"{i + 1}", 6 if i != 3 else 160)],
     "小节": [{"标题": f"分项{i + 1}-{k + 1}", "段落": [para(f"{i + 1}-{k + 1}", 4)],
               "小节": [{"标题": f"要点{i + 1}-{k + 1}-{m + 1}", "段落": [para(f"{i + 1}-{k + 1}-{m + 1}", 2)]}
                        for m in range(2)]}
              for k in range(11 if i == 0 else 3)]}
    for i in range(12)]
save("long5", x)

# records the checks must refuse
x = copy.deepcopy(b); x["机构"][2]["收入"]["政府基金拨款"] = 36500000.01; save("bad-unit-total", x)
x = copy.deepcopy(b); x["汇总"]["支出"]["项目支出"] = 39565958.06; save("bad-summary", x)
x = copy.deepcopy(b); x["评价报告综述"][1]["小节"][0]["标题"] = "（一）收入情况"; save("bad-heading", x)
PY

variants=(only three many alone no5 empty5 long5)
for v in "${variants[@]}"; do
  expect_exit 0 "validate $v" "$F" "${TPL[@]}" validate dept-self-eval "$V/$v.json"
  expect_exit 0 "render $v to PDF, DOCX, XLSX, TXT" \
    "$F" "${TPL[@]}" render dept-self-eval "$V/$v.json" -o "$O/$v" -f pdf,docx,xlsx,txt -q
done

# refused CODE DESCRIPTION NEEDLE COMMAND...: exit CODE and NEEDLE in stderr, one check
refused() {
  local what=$1 needle=$2; shift 2
  "$@" >"$TMP/.stdout" 2>"$TMP/.stderr"
  local rc=$?
  if ((rc == 2)) && grep -qF -- "$needle" "$TMP/.stderr"; then ok "$what"
  else bad "$what: exit $rc, stderr: $(head -c 600 "$TMP/.stderr")"; fi
}
refused "a 机构 whose 收入合计 is not the sum of its items is refused, named by its pointer" \
  '/机构/2/收入/收入合计 (机构 row 3' \
  "$F" "${TPL[@]}" validate dept-self-eval "$V/bad-unit-total.json"
contains "with the stated and the computed 收入合计" "$(cat "$TMP/.stderr")" \
  "j.收入.收入合计 = 40,168,734.55 元, (j.收入.上年结转 | default(0))"
contains "and the computed one whole" "$(cat "$TMP/.stderr")" "… = 40,168,734.56 元"
refused "a stated 汇总 figure that is not the sum over the 机构 is refused, named with both values" \
  '"项目支出：汇总 39,565,958.06 元，各机构之和 39,565,958.60 元"' \
  "$F" "${TPL[@]}" validate dept-self-eval "$V/bad-summary.json"
refused "a 五、 heading given with its own number is refused (the template numbers headings)" \
  '= "（一）收入情况", "" = ""' \
  "$F" "${TPL[@]}" validate dept-self-eval "$V/bad-heading.json"

# ---- read back ----
$PY - "$V" "$O" "${variants[@]}" >"$TMP/readback.out" 2>&1 <<'PY'
import glob, json, re, subprocess, sys
from decimal import ROUND_HALF_UP, Decimal

import docx
import openpyxl

V, O, variants = sys.argv[1], sys.argv[2], sys.argv[3:]
SUMMARY = "局机关及二级机构汇总"
INCOME = ("上年结转", "公共财政拨款", "政府基金拨款", "纳入专户管理的非税收入拨款", "其他收入")
SPEND = ("人员支出", "公用支出", "项目支出")
SANGONG = ("公务接待费", "公务用车运维费", "公务用车购置费", "因公出国费")
ASSETS = ("在用固定资产", "出租固定资产", "其他")
TABLES = ("income", "spend", "sangong", "assets")
TITLES = {"income": "年度收入情况（万元）", "spend": "部门（单位）年度支出和结余情况（万元）",
          "sangong": "三公经费（万元）", "assets": "固定资产（万元）"}
MONEY = re.compile(r"-?\d{1,3}(?:,\d{3})*\.\d{2}")


def ok(what): print(f"ok {what}")
def bad(what): print(f"FAIL {what}")
def check(cond, what, detail=""):
    ok(what) if cond else bad(f"{what}{': ' + str(detail)[:700] if detail else ''}")


def rnd(x):
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def largest_remainder(parts):
    """Parts rounded to 0.01 so that they add up to the rounded sum; ties go to the
    earlier part (written here, not taken from the engine)."""
    plain = [rnd(p) for p in parts]
    short = int((rnd(sum(parts)) - sum(plain)) / Decimal("0.01"))
    sign = 1 if short > 0 else -1
    order = sorted(range(len(parts)), key=lambda i: -(parts[i] - plain[i]) * sign)
    for i in order[:abs(short)]:
        plain[i] += Decimal("0.01") * sign
    return plain


def unit(u):
    """One 机构's printed figures per table ([total, items…]; None = blank cell)."""
    def table(group, keys):
        g = u.get(group) or {}
        given = [g.get(k) is not None for k in keys]
        r = largest_remainder([Decimal(str(g[k])) / 10000 if ok_ else Decimal(0)
                               for k, ok_ in zip(keys, given)])
        items = [x if ok_ else None for x, ok_ in zip(r, given)]
        shown = [x for x in items if x is not None]
        return [sum(shown) if shown else None] + items
    inc = table("收入", INCOME)
    sp = table("支出", SPEND)
    basic = [x for x in sp[1:3] if x is not None]
    stated = u.get("支出") or {}
    balances = [None, None]
    if (inc[0] is not None and sp[0] is not None) or stated.get("当年结余") is not None \
            or stated.get("累计结余") is not None:
        carry = inc[1] or Decimal(0)
        year = (inc[0] or 0) - carry - (sp[0] or 0)
        balances = [year, year + carry]
    return {"income": inc, "spend": [sp[0], sum(basic) if basic else None] + sp[1:] + balances,
            "sangong": table("三公经费", SANGONG), "assets": table("固定资产", ASSETS)}


def expected(rec):
    """Per table: [(label, figures)] — the 汇总 row (column sums of the 机构 rows,
    blank where every 机构 is blank), then the 机构 rows numbered 1、2、…"""
    units = [unit(u) for u in rec["机构"]]
    labels = [f"{i}、{u['名称']}" for i, u in enumerate(rec["机构"], 1)]
    out = {}
    for t in TABLES:
        cols = list(zip(*[u[t] for u in units]))
        summ = [sum(x for x in c if x is not None) if any(x is not None for x in c) else None for c in cols]
        out[t] = [(SUMMARY, summ)] + list(zip(labels, [u[t] for u in units]))
    return out


def money(x):
    return "" if x is None else f"{x:,.2f}"


def one(v, ext):
    files = glob.glob(f"{O}/{v}/*.{ext}")
    if len(files) != 1:
        bad(f"{v}: expected one .{ext}, found {len(files)}")
        return None
    return files[0]


def pdf_layout(path):
    return subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", path, "-"],
                          capture_output=True, text=True, check=True).stdout


def squash(s):
    return re.sub(r"\s+", "", s)


def xlsx_tables(path):
    """{table: [(label, [cells of the row after column A])]} and the sheets."""
    wf = openpyxl.load_workbook(path)
    wv = openpyxl.load_workbook(path, data_only=True)
    return wf.worksheets[0], wv.worksheets[0]


def pdf_money_lines(path):
    """The 收支 tables' figures as lines [(right edge, value)], top to bottom, page by
    page, up to the heading 三、…: words that are a money figure and nothing else."""
    html = subprocess.run(["pdftotext", "-enc", "UTF-8", "-bbox", path, "-"],
                          capture_output=True, text=True, check=True).stdout
    word = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
    out = []
    for page in html.split("<page ")[1:]:
        rows = {}
        for x0, y0, x1, y1, w in word.findall(page):
            if w.startswith("三、部门（单位）整体支出绩效自评情况"):
                return out + [sorted(rows[k]) for k in sorted(rows)]
            if MONEY.fullmatch(w):
                key = round((float(y0) + float(y1)) / 2)
                key = next((k for k in rows if abs(k - key) <= 1), key)
                rows.setdefault(key, []).append((float(x1), Decimal(w.replace(",", ""))))
        out += [sorted(rows[k]) for k in sorted(rows)]
    return out


def check_pdf(v, rec, exp, pdf):
    text = pdf_layout(pdf)
    a = text.find("年度收入情况（万元）")
    b = text.find("三、部门（单位）整体支出绩效自评情况")
    region = text[a:b] if 0 <= a < b else ""
    # Rows in order: every line with figures is one row (blank rows have none).
    got = [MONEY.findall(l) for l in region.splitlines() if MONEY.search(l)]
    want = [[money(x) for x in figs if x is not None] for t in TABLES for _, figs in exp[t]]
    want = [w for w in want if w]
    check(got == want, f"{v} PDF: the 汇总 and 机构 rows of the four tables, in order, with their figures",
          f"got {got[:6]} … want {want[:6]} …")
    # Labels in order (figures taken out, so a wrapped name reads whole).
    flat = squash(MONEY.sub("", region))
    pos, missing = 0, []
    for t in TABLES:
        for label, _ in exp[t]:
            i = flat.find(squash(label), pos)
            if i < 0:
                missing.append(label)
            else:
                pos = i + 1
    check(region != "" and not missing, f"{v} PDF: the row labels in order (汇总, 1、…, {len(rec['机构'])}、…)",
          missing[:3])
    # 汇总 = the sum of the 机构 rows, with the figures read from the PDF itself
    # (pdftotext -bbox): figures are right-aligned, so a figure belongs to the column
    # of the 汇总 figure whose right edge it shares; each row is one line of figures.
    lines = pdf_money_lines(pdf)
    i, tables_ok, summed = 0, bool(lines), 0
    for t in TABLES:
        count = sum(1 for _, figs in exp[t] if any(x is not None for x in figs))
        block, i = lines[i:i + count], i + count
        if not block:
            tables_ok = False
            continue
        heads = {x: val for x, val in block[0]}
        cols = {x: [] for x in heads}
        for row in block[1:]:
            for x, val in row:
                near = [h for h in heads if abs(h - x) < 2]
                if len(near) != 1:
                    tables_ok = False
                else:
                    cols[near[0]].append(val)
        for x, val in heads.items():
            tables_ok &= val == sum(cols[x])
            summed += 1
    check(tables_ok and summed == sum(1 for t in TABLES for x in exp[t][0][1] if x is not None),
          f"{v} PDF: each of the {summed} 汇总 figures equals the sum of the figures printed in its column")
    return text


def check_docx(v, rec, exp, path):
    d = docx.Document(path)
    rows = [[c.text for c in r.cells] for t in d.tables for r in t.rows]
    labels = {l for t in TABLES for l, _ in exp[t]}
    got = [(r[0], r[1:]) for r in rows if r and r[0] in labels]
    want = [(l, [money(x) for x in figs]) for t in TABLES for l, figs in exp[t]]
    check(got == want, f"{v} DOCX: every 汇总 and 机构 row, blank cells empty", (got[:3], want[:3]))
    # The 汇总 row is the column sum of the DOCX's own 机构 rows.
    ok_sum = True
    i = 0
    for t in TABLES:
        block = got[i:i + len(exp[t])]
        i += len(exp[t])
        for c in range(len(exp[t][0][1])):
            col = [r[1][c] for r in block[1:] if c < len(r[1]) and r[1][c]]
            head = block[0][1][c] if block and c < len(block[0][1]) else None
            want_head = money(sum(Decimal(x.replace(",", "")) for x in col)) if col else ""
            ok_sum &= head == want_head
    check(ok_sum and got, f"{v} DOCX: each 汇总 cell is the sum of the cells below it (blank when all are)")
    return d


def check_xlsx(v, rec, exp, path):
    ws, vs = xlsx_tables(path)
    n = len(rec["机构"])
    col_a = [(c.row, c.value) for c in ws["A"] if isinstance(c.value, str)]
    summary_rows = [r for r, val in col_a if val == SUMMARY]
    check(len(summary_rows) == 4, f"{v} XLSX: four 汇总 rows", summary_rows)
    if len(summary_rows) != 4:
        return
    labels_ok, sums_ok, values_ok, totals_ok = True, True, True, True
    row_of = {}
    for t, r0 in zip(TABLES, summary_rows):
        got_labels = [ws.cell(row=r0 + k, column=1).value for k in range(n + 1)]
        labels_ok &= got_labels == [l for l, _ in exp[t]]
        row_of[t] = r0
        # the figures' columns: where the table's header rows (the three rows above its
        # 汇总 row) name a column, so a column blank in every row is still compared
        cols = sorted({c.column for rr in range(r0 - 3, r0) for c in ws[rr]
                       if c.column > 1 and c.value is not None})
        values_ok &= len(cols) == len(exp[t][0][1])
        for k, (label, figs) in enumerate(exp[t]):
            cells = [vs.cell(row=r0 + k, column=c).value for c in cols]
            values_ok &= [None if x is None else rnd(Decimal(str(x))) for x in cells] == figs
        # every 汇总 cell with a value: =SUM(X{r0+1}:X{r0+n}) and the cached value is the
        # sum of the cached values below it
        for c in cols:
            f = ws.cell(row=r0, column=c).value
            cached = vs.cell(row=r0, column=c).value
            below = [vs.cell(row=r0 + k, column=c).value for k in range(1, n + 1)]
            letter = openpyxl.utils.get_column_letter(c)
            if cached is None:
                sums_ok &= all(x is None for x in below) and f is None
                continue
            sums_ok &= f == f"=SUM({letter}{r0 + 1}:{letter}{r0 + n})"
            sums_ok &= rnd(Decimal(str(cached))) == rnd(sum(Decimal(str(x)) for x in below if x is not None))
        # in each 机构 row the total (first figure column) is a formula over its items
        for k in range(1, n + 1):
            f = ws.cell(row=r0 + k, column=cols[0]).value if cols else None
            cached = vs.cell(row=r0 + k, column=cols[0]).value if cols else None
            if cached is not None:
                totals_ok &= isinstance(f, str) and f.startswith("=SUM(")
    check(labels_ok, f"{v} XLSX: each table lists 汇总, then 1、… {n}、 with the data's names")
    check(values_ok, f"{v} XLSX: every cached figure equals the one computed from the data (blank stays blank)")
    check(sums_ok, f"{v} XLSX: every 汇总 figure is =SUM over the {n} 机构 rows below and caches their sum")
    check(totals_ok, f"{v} XLSX: each 机构 row's total is a SUM formula over its items")
    # 当年结余 / 累计结余 of a 机构 read 收入合计 and 上年结转 from its own 收入 row
    hdr = {c.value: c.column_letter for row in ws.iter_rows(min_row=row_of["income"] - 3,
                                                             max_row=row_of["income"] - 1) for c in row
           if c.value in ("收入合计", "上年结转")}
    bal_ok, seen = True, 0
    for k in range(1, n + 1):
        r_sp = row_of["spend"] + k
        r_in = row_of["income"] + k
        for c in ws[r_sp]:
            if isinstance(c.value, str) and c.value.startswith("=") and f"{hdr.get('上年结转')}{r_in}" in c.value:
                seen += 1
                if c.value.count("-") == 2:  # 当年结余 = 收入合计 − 上年结转 − 支出合计
                    bal_ok &= c.value.startswith(f"={hdr.get('收入合计')}{r_in}-{hdr.get('上年结转')}{r_in}-")
    want_bal = sum(2 for _, figs in exp["spend"][1:] if figs[5] is not None)
    check(bal_ok and seen == want_bal,
          f"{v} XLSX: {seen} balance formulas read their own 机构's 收入 row (expected {want_bal})")


def check_report(v, rec, pdf_text, d, txt, xlsx):
    """五、评价报告综述: absent → nowhere; present → after the form, on its own page,
    headings numbered 一、/（一）/1、 in order, every paragraph whole, 2-em indent."""
    secs = rec.get("评价报告综述") or []
    # the page footers (第 n 页 共 m 页) taken out, so a paragraph across pages reads whole
    flat_pdf = squash(re.sub(r"第\s*\d+\s*页\s*共\s*\d+\s*页", "", pdf_text))
    docx_paras = [p for p in d.paragraphs]
    docx_all = "\n".join(p.text for p in docx_paras)
    ws = openpyxl.load_workbook(xlsx).worksheets[0]
    cells = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    head = "五、评价报告综述"
    if not secs:
        where = [name for name, text in (("PDF", flat_pdf), ("DOCX", docx_all), ("TXT", txt),
                                          ("XLSX", "\n".join(cells))) if head in squash(text)]
        pages = pdf_text.split("\f")
        last = squash(next((p for p in reversed(pages) if p.strip()), ""))
        check(not where and flat_pdf and "填报人（签名）" in last,
              f"{v}: no {head} heading in PDF, DOCX, XLSX or TXT; the form ends with the 填报人 line",
              where)
        return
    nums = "一二三四五六七八九十"
    def cn(i):
        return nums[i - 1] if i <= 10 else "十" + nums[i - 11]
    heads, paras = [], []
    for i, s in enumerate(secs, 1):
        heads.append(f"{cn(i)}、{s['标题']}")
        paras += s.get("段落", [])
        for k, n in enumerate(s.get("小节", []), 1):
            heads.append(f"（{cn(k)}）{n['标题']}")
            paras += n.get("段落", [])
            for m, t in enumerate(n.get("小节", []), 1):
                heads.append(f"{m}、{t['标题']}")
                paras += t.get("段落", [])
    pos, missing = flat_pdf.find(squash(head)), []
    form_end = flat_pdf.find("填报人（签名）")
    for h in heads:
        i = flat_pdf.find(squash(h), pos)
        if i < 0:
            missing.append(h)
        else:
            pos = i
    check(0 <= form_end < flat_pdf.find(squash(head)) and not missing,
          f"{v} PDF: {head} after the form, {len(heads)} headings numbered in order", missing[:3])
    pages = pdf_text.split("\f")
    start = next((n for n, p in enumerate(pages) if head in squash(p)), -1)
    check(start > 0 and "填报人（签名）" not in squash(pages[start]),
          f"{v} PDF: {head} starts a page of its own (page {start + 1} of {len(pages) - 1})")
    lost = [p[:20] for p in paras if squash(p) not in flat_pdf]
    check(not lost, f"{v} PDF: all {len(paras)} paragraphs whole ({sum(map(len, paras))} characters)", lost[:3])
    docx_heads = [p.text for p in docx_paras if p.style.name.startswith("Heading")]
    check(docx_heads == heads, f"{v} DOCX: headings {docx_heads[:3]} … in order", (docx_heads[:5], heads[:5]))
    body = [p for p in docx_paras if p.text in set(paras)]
    indent_ok = all(p.paragraph_format.first_line_indent is not None and p.runs and
                    p.paragraph_format.first_line_indent == 2 * p.runs[0].font.size for p in body)
    check(len(body) == len(paras) and indent_ok,
          f"{v} DOCX: {len(body)} body paragraphs, each with a 2-em first-line indent")
    # (the XLSX shows a first-line indent as two ideographic spaces before the text)
    check(all("\u3000\u3000" + p in cells for p in paras) and
          all(h in {c.lstrip("\u3000") for c in cells} for h in heads),
          f"{v} XLSX: every heading and paragraph in a cell of its own, paragraphs indented 2 em")
    check(all(squash(p) in squash(txt) for p in paras), f"{v} TXT: every paragraph")


for v in variants:
    rec = json.load(open(f"{V}/{v}.json", encoding="utf-8"))
    exp = expected(rec)
    pdf, dx, xl, tx = (one(v, e) for e in ("pdf", "docx", "xlsx", "txt"))
    if not all((pdf, dx, xl, tx)):
        bad(f"{v}: not rendered, so none of its rows, 汇总 figures, formulas or 五、 could be read back")
        continue
    text = check_pdf(v, rec, exp, pdf)
    d = check_docx(v, rec, exp, dx)
    check_xlsx(v, rec, exp, xl)
    check_report(v, rec, text, d, open(tx, encoding="utf-8").read(), xl)
    if v == "many":
        blank = exp["sangong"][0][1][3]
        check(blank is None, "many: 公务用车购置费 blank in every row leaves its 汇总 blank, not 0.00")
        pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True,
                                                                 text=True).stdout).group(1))
        check(pages >= 3, f"many: {pages} pages, the 19-row tables continued across pages")
PY
rc=$?
fails=0
while IFS= read -r line; do
  case $line in
    "ok "*) ok "${line#ok }" ;;
    "FAIL "*) bad "${line#FAIL }"; fails=$((fails + 1)) ;;
    *) echo "     $line" ;;
  esac
done <"$TMP/readback.out"
((rc != 0 && fails == 0)) && bad "the read-back script stopped (exit $rc)"

check "LibreOffice recalculation agrees with every cached formula value of the variants" \
  $PY "$SRC/tests/e2e/check_xlsx_recalc.py" --require-formulas "$O"/*/*.xlsx
finish
