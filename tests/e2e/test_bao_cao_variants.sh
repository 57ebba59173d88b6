#!/usr/bin/env bash
# The shipped báo cáo fits other units' real reports (issue 11 §1): every
# sentence states only what the data says, every section follows the data.
# Both samples (a signed 2023 report on the national criteria, a 2024 draft on
# a provincial nâng cao set) and variants derived from them are validated,
# rendered to PDF, DOCX and TXT and read back with pdftotext and python-docx:
# the period, the criteria set, the closing "./.", "Lưu:", a draft's blank
# number and date, a two-line signer title, long notes, left-out sections and
# consecutive heading numbers.
source "$(dirname "$0")/lib.sh"
need_all pdftotext
F=$FORMWORK_BIN
TPL=(--templates "$SRC/templates")
S23=$SRC/samples/bao-cao-2023-05.json
S24=$SRC/samples/bao-cao-2024-nang-cao.json
T=$TMP/t
mkdir -p "$T"

# pdf_text PDF: the PDF's text, every run of spaces and line breaks one space.
pdf_text() { pdftotext -layout "$1" - | tr -s ' \n' ' '; }
# absent DESCRIPTION HAYSTACK NEEDLE (an empty haystack, from a document not
# written, fails too)
absent() {
  if [[ -z ${2// /} ]]; then bad "$1: no text to look in"
  elif [[ $2 == *"$3"* ]]; then bad "$1: '$3' is there"; else ok "$1"; fi
}
# one DIR NAME-PATTERN: the single file in DIR matching it (none or several: empty)
one() {
  local m
  m=$(find "$1" -maxdepth 1 -name "$2")
  [[ -n $m && $m != *$'\n'* ]] && printf '%s' "$m"
}
# docx_check DESCRIPTION DOCX PYTHON-CONDITION-SCRIPT: runs the script with
# `paras` (body paragraph texts, tables excluded), `cells` (every table cell's
# text), `heads` (heading texts, in order) and `all` bound.
docx_check() {
  local what=$1 docx=$2 code=$3
  if [[ ! -f $docx ]]; then bad "$what: no DOCX"; return; fi
  if out=$($PY - "$docx" "$code" 2>&1 <<'PY'
import re, sys, docx
d = docx.Document(sys.argv[1])
paras = [p.text for p in d.paragraphs]
cells = [c.text for t in d.tables for r in t.rows for c in r.cells]
heads = [p.text for p in d.paragraphs
         if re.match(r"^(?:[IVX]+|\d+(?:\.\d+)*)\. \S", p.text)]
all = "\n".join(paras + cells)
problem = None
exec(sys.argv[2])
if problem:
    print(problem)
    sys.exit(1)
PY
); then ok "$what"; else bad "$what: $out"; fi
}
# Heading numbers: level 1 I, II, III … in order; under each, 1, 2 … in order,
# under each of those 1.1, 1.2 …
NUMBERING='
expect = [0, 0, 0]
roman = ["I", "II", "III", "IV", "V", "VI"]
for h in heads:
    n = h.split(". ")[0]
    if n in roman:
        if roman.index(n) != expect[0]:
            problem = f"{h!r} after {expect[0]} level-1 headings"; break
        expect = [expect[0] + 1, 0, 0]
    elif "." not in n:
        if int(n) != expect[1] + 1:
            problem = f"{h!r} after {expect[1]} level-2 headings"; break
        expect = [expect[0], expect[1] + 1, 0]
    else:
        a, b = map(int, n.split("."))
        if a != expect[1] or b != expect[2] + 1:
            problem = f"{h!r} out of order"; break
        expect[2] += 1
'

# ---- validate: both samples ----
for s in "$S23" "$S24"; do
  expect_exit 0 "validate $(basename "$s")" "$F" "${TPL[@]}" validate bao-cao "$s"
  contains "$(basename "$s") is valid" "$OUT" "1 of 1 records valid"
done

# ---- the 2023 report (national set, signed): reads as the real report ----
expect_exit 0 "render the 2023 report" "$F" "${TPL[@]}" render bao-cao "$S23" -o "$T/a" -f pdf,docx,txt -q
P=$T/a/05_BC-UBND
text=$(pdf_text "$P.pdf")
contains "2023: period heading from năm_báo_cáo" "$text" "I. KẾT QUẢ THỰC HIỆN NĂM 2022"
contains "2023: the criteria sentence names the set the data names" "$text" \
  "Đến hết năm 2022, xã đạt 13/19 tiêu chí theo Bộ tiêu chí quốc gia về xã nông thôn mới, bằng 68,42% tổng số tiêu chí; còn 6 tiêu chí chưa đạt."
contains "2023: the closing sentence as the data gives it, one ./." "$text" \
  "Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2022 của Ủy ban nhân dân xã Quang Khải./."
absent "2023: no doubled end mark" "$text" "./../."
contains "2023: Lưu: VT. by default" "$text" "- Lưu: VT."
contains "2023: number and date" "$text" "Số: 05/BC-UBND"
contains "2023: issue date" "$text" "Quang Khải, ngày 05 tháng 02 năm 2023"
contains "2023: parent agency above the issuer" "$text" "UBND HUYỆN TỨ KỲ"
contains "2023: quarters print as Quý" "$text" "Quý III/2023"
docx_check "2023 DOCX: headings I–IV and 1–3, 1–2, numbered consecutively" "$P.docx" "$NUMBERING
want = ['I. KẾT QUẢ THỰC HIỆN NĂM 2022', '1. Công tác chỉ đạo, tuyên truyền', '2. Kết quả thực hiện các tiêu chí',
        '2.1. Các tiêu chí đã đạt (13 tiêu chí)', '2.2. Các tiêu chí chưa đạt (6 tiêu chí)',
        '3. Kết quả huy động và sử dụng nguồn lực', 'II. KHÓ KHĂN, TỒN TẠI', 'III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023',
        '1. Mục tiêu', '2. Các công trình dự kiến đầu tư', 'IV. ĐỀ XUẤT, KIẾN NGHỊ']
problem = problem or (heads != want and f'headings {heads}')"

# ---- the 2024 draft (provincial nâng cao set, 6 months) ----
expect_exit 0 "render the 2024 draft" "$F" "${TPL[@]}" render bao-cao "$S24" -o "$T/b" -f pdf,docx,txt -q
P=$(one "$T/b" "du-thao_*.pdf"); P=${P%.pdf}
check "2024: a draft without a number is named du-thao_<trích yếu>" test -n "$P"
text=$(pdf_text "$P.pdf")
absent "2024: no NĂM 2023 heading" "$text" "NĂM 2023"
absent "2024: no heading from năm_báo_cáo when the period is given" "$text" "KẾT QUẢ THỰC HIỆN NĂM"
contains "2024: the period in the heading" "$text" "I. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2024"
contains "2024: the planned period in the heading" "$text" "III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024"
contains "2024: the period in the sentence" "$text" "Đến hết 6 tháng đầu năm 2024, có 7/10 tiêu chí đạt"
absent "2024: no national criteria set asserted" "$text" "Bộ tiêu chí quốc gia"
contains "2024: the data's criteria set" "$text" "theo Bộ tiêu chí xã nông thôn mới nâng cao của tỉnh giai đoạn 2021 - 2025, bằng 70,00%"
contains "2024: criteria numbers like 17.1" "$text" "số 17.1 (Môi trường)"
contains "2024: Lưu: VP." "$text" "- Lưu: VP."
absent "2024: not Lưu: VT" "$text" "Lưu: VT"
contains "2024: the draft's number is blank, its ký hiệu kept" "$text" "Số: /BC-BCĐ"
if [[ -z $text || $text =~ Số:\ *[0-9] ]]; then bad "2024: a number after Số: (or no text)"; else ok "2024: no number after Số:"; fi
contains "2024: the draft's date is left blank" "$text" "Tân Hưng, ngày tháng năm 20.."
absent "2024: no parent agency line (none in the data)" "$text" "UBND HUYỆN"
absent "2024: no doubled end mark" "$text" "./../."
absent "2024: no dot doubled before /." "$text" "../."
contains "2024: the closing sentence ends with one ./." "$text" "Ban Chỉ đạo các Chương trình mục tiêu quốc gia xã Tân Hưng./."
absent "2024: a recipient that ends with ; is not given another" "$text" ";;"
for gone in "Công tác chỉ đạo" "Kết quả huy động" "Tổng nguồn vốn" "Các công trình dự kiến" "Tổng kinh phí dự kiến" \
    "Bằng chữ" "ĐỀ XUẤT, KIẾN NGHỊ" "TM." "Quý"; do
  absent "2024: no '$gone' (no data for it)" "$text" "$gone"
done
# The signer's title: two lines, one above the other, in the PDF and the TXT.
two_lines() {
  local n1 n2
  n1=$(grep -n "TRƯỞNG BAN" "$2" | head -1 | cut -d: -f1)
  n2=$(grep -n "CHỦ TỊCH UBND XÃ" "$2" | head -1 | cut -d: -f1)
  if [[ -n $n1 && -n $n2 ]] && ((n2 == n1 + 1)); then ok "$1"; else bad "$1: lines ${n1:-none} and ${n2:-none}"; fi
}
pdftotext -layout "$P.pdf" "$T/b.txt"
two_lines "2024 PDF: the signer's title on two consecutive lines" "$T/b.txt"
two_lines "2024 TXT: the signer's title on two consecutive lines" "$P.txt"
docx_check "2024 DOCX: the signer's title as two paragraphs" "$P.docx" "
sig = [c for c in cells if 'Trần Thị Hoa' in c]
ls = [l for l in sig[0].split('\n') if l.strip()] if sig else []
problem = ls[:3] != ['TRƯỞNG BAN', 'CHỦ TỊCH UBND XÃ', 'Trần Thị Hoa'] and f'signature cell lines {ls}'"
# The long note, complete: in the PDF's body, the DOCX's table and the TXT.
note=$($PY -c 'import json,sys; print([t["ghi_chú"] for t in json.load(open(sys.argv[1]))["tiêu_chí"] if len(t.get("ghi_chú",""))>=600][0])' "$S24")
check "2024: the sample has a note of 600 characters or more" test "${#note}" -ge 600
contains "2024 PDF: the long note complete in the body" "$text" "Tiêu chí số 2 (Giao thông): $note"
docx_check "2024 DOCX: the long note complete in the table" "$P.docx" "
note = [t for t in __import__('json').load(open('$S24'))['tiêu_chí'] if t['số'] == '2'][0]['ghi_chú']
problem = note not in cells and 'the note is not a whole cell'"
contains "2024 TXT: the note's end" "$(tr -s ' \n' ' ' <"$P.txt")" "31/12/2024 [hết ghi chú]."
docx_check "2024 DOCX: headings I–III, numbered consecutively with sections left out" "$P.docx" "$NUMBERING
want = ['I. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2024', '1. Kết quả thực hiện các tiêu chí',
        '1.1. Các tiêu chí đã đạt (7 tiêu chí)', '1.2. Các tiêu chí chưa đạt (3 tiêu chí)',
        'II. KHÓ KHĂN, TỒN TẠI', 'III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024', '1. Mục tiêu']
problem = problem or (heads != want and f'headings {heads}')"
docx_check "2024 DOCX: criteria numbers as the set writes them" "$P.docx" "
problem = not ('17.1' in cells and '17.2' in cells) and 'no 17.1/17.2 cell'"

# ---- variants derived from the 2024 draft ----
$PY - "$S24" "$T" <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
out = sys.argv[2]
def save(name, rec):
    json.dump(rec, open(f"{out}/{name}.json", "w", encoding="utf-8"), ensure_ascii=False)
# No số/ký hiệu at all, title as one string with a line break, no closing
# sentence, works with free-text times, recommendations but no difficulties.
v = dict(d, trích_yếu="Kết quả thực hiện tiêu chí nông thôn mới nâng cao, quý I-II năm 2024",
         chức_vụ_người_ký="KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN", kiến_nghị=["Đề nghị huyện hỗ trợ vốn."],
         công_trình_dự_kiến=[{"tên": "Lắp đèn đường trục thôn Đông", "kinh_phí": 450000000, "quý": "III/2024"},
                             {"tên": "Rãnh thoát nước thôn Nam", "kinh_phí": 620000000, "quý": "Quý I-II/2025"},
                             {"tên": "Mở rộng đường ngõ thôn Bắc", "kinh_phí": 1300000000, "quý": "6 tháng cuối năm 2024"}],
         lưu="VT, VP.")
for k in ("số_ký_hiệu", "câu_kết", "khó_khăn", "kỳ_báo_cáo", "kỳ_kế_hoạch", "năm_báo_cáo"):
    v.pop(k, None)
save("no-number", v)
# A signed report: parent agency, KT. authority, a 2,500-character note, a
# 480-character trích yếu, criteria numbered by integers and strings.
s = dict(d, cơ_quan_chủ_quản="UBND HUYỆN THANH MIỆN", số_ký_hiệu="125/BC-UBND", ngày_ban_hành="2024-07-05",
         thẩm_quyền_ký="KT. CHỦ TỊCH", chức_vụ_người_ký="PHÓ CHỦ TỊCH", trích_yếu="Kết quả " + "x" * 470,
         tiêu_chí=[dict(t, số=int(t["số"])) if "." not in t["số"] else t for t in d["tiêu_chí"]])
s["tiêu_chí"][0] = dict(s["tiêu_chí"][0], ghi_chú="Ghi chú dài. " * 200)
save("signed", s)
for i, a in enumerate(["TM. ỦY BAN NHÂN DÂN", "Q. CHỦ TỊCH", "TL. CHỦ TỊCH", "TUQ. CHỦ TỊCH"]):
    save(f"authority-{i}", dict(s, thẩm_quyền_ký=a))
save("period-only", dict(d, kỳ_báo_cáo="đến hết tháng 02/2023", số_ký_hiệu="05/BC-UBND"))
save("bad-number", dict(d, số_ký_hiệu="số năm"))
save("bad-authority", dict(d, thẩm_quyền_ký="Thay mặt"))
json.dump([v, s], open(f"{out}/both.json", "w", encoding="utf-8"), ensure_ascii=False)
PY
expect_exit 0 "validate: no số/ký hiệu, title with a line break, free-text times" "$F" "${TPL[@]}" validate bao-cao "$T/no-number.json"
expect_exit 0 "validate: 2,500-character note, 480-character trích yếu, integer and string numbers" \
  "$F" "${TPL[@]}" validate bao-cao "$T/signed.json"
for i in 0 1 2 3; do
  expect_exit 0 "validate: authority $($PY -c 'import json,sys; print(json.load(open(sys.argv[1]))["thẩm_quyền_ký"])' "$T/authority-$i.json")" \
    "$F" "${TPL[@]}" validate bao-cao "$T/authority-$i.json"
done
expect_exit 2 "validate refuses a số/ký hiệu that is not one" "$F" "${TPL[@]}" validate bao-cao "$T/bad-number.json"
expect_exit 2 "validate refuses an authority that is not TM./KT./Q./TL./TUQ." "$F" "${TPL[@]}" validate bao-cao "$T/bad-authority.json"

expect_exit 0 "render the variants" "$F" "${TPL[@]}" render bao-cao "$T/both.json" -o "$T/c" -f pdf,docx,txt -q
P=$(one "$T/c" "du-thao_*quý I-II*.pdf"); P=${P%.pdf}
check "no số/ký hiệu: a distinct draft name from the trích yếu" test -n "$P"
text=$(pdf_text "$P.pdf")
if [[ -z $text || $text =~ Số:\ *[^\ ]*[0-9/] ]]; then bad "no số/ký hiệu: 'Số:' followed by something: ${BASH_REMATCH[0]}"
else ok "no số/ký hiệu: 'Số:' stands alone"; fi
contains "no period: the heading has none" "$text" "I. KẾT QUẢ THỰC HIỆN 1. Kết quả"
contains "no period: the sentence has none" "$text" "Có 7/10 tiêu chí đạt theo"
contains "no closing sentence: a neutral one, one ./." "$text" "Trên đây là nội dung báo cáo./."
contains "Lưu ending with a dot: not doubled" "$text" "- Lưu: VT, VP. "
absent "Lưu: no doubled dot" "$text" "VP.."
contains "a Roman quarter prints as Quý" "$text" "Quý III/2024"
absent "no Quý Quý" "$text" "Quý Quý"
docx_check "times of works: a Roman quarter with Quý, any other text as written" "$P.docx" "
want = ['Quý III/2024', 'Quý I-II/2025', '6 tháng cuối năm 2024']
problem = [w for w in want if w not in cells] and f'cells {[c for c in cells if \"202\" in c][:8]}'"
absent "no authority line (none in the data)" "$text" "TM."
docx_check "no khó khăn: PHƯƠNG HƯỚNG is II and KIẾN NGHỊ III" "$P.docx" "$NUMBERING
want = ['I. KẾT QUẢ THỰC HIỆN', '1. Kết quả thực hiện các tiêu chí', '1.1. Các tiêu chí đã đạt (7 tiêu chí)',
        '1.2. Các tiêu chí chưa đạt (3 tiêu chí)', 'II. PHƯƠNG HƯỚNG, NHIỆM VỤ', '1. Mục tiêu',
        '2. Các công trình dự kiến đầu tư', 'III. ĐỀ XUẤT, KIẾN NGHỊ']
problem = problem or (heads != want and f'headings {heads}')"
docx_check "a title with a line break: two centred lines" "$P.docx" "
sig = [c for c in cells if 'Trần Thị Hoa' in c]
ls = [l for l in sig[0].split('\n') if l.strip()] if sig else []
problem = ls[:2] != ['KT. TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN'] and f'signature cell lines {ls}'"
P=$T/c/125_BC-UBND
text=$(pdf_text "$P.pdf")
contains "signed: parent agency" "$text" "UBND HUYỆN THANH MIỆN"
contains "signed: number" "$text" "Số: 125/BC-UBND"
contains "signed: date" "$text" "Tân Hưng, ngày 05 tháng 7 năm 2024"
docx_check "signed: authority and title" "$P.docx" "
sig = [c for c in cells if 'Trần Thị Hoa' in c]
ls = [l for l in sig[0].split('\\n') if l.strip()] if sig else []
problem = ls[:2] != ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'] and f'signature cell lines {ls}'"
docx_check "signed: the 2,500-character note whole in its cell" "$P.docx" "
problem = ('Ghi chú dài. ' * 200).strip() not in [c.strip() for c in cells] and 'note cut'"
docx_check "signed: integer criteria numbers are number cells, 17.1 kept" "$P.docx" "
problem = not ('1' in cells and '17.1' in cells) and 'numbers'"

expect_exit 0 "render a period written as 'đến hết …'" "$F" "${TPL[@]}" render bao-cao "$T/period-only.json" -o "$T/d" -f pdf -q
text=$(pdf_text "$T/d/05_BC-UBND.pdf")
contains "the period in the heading, upper-cased" "$text" "I. KẾT QUẢ THỰC HIỆN ĐẾN HẾT THÁNG 02/2023"
contains "the sentence opens with the period, not 'Đến hết đến hết'" "$text" "Đến hết tháng 02/2023, có 7/10"
finish
