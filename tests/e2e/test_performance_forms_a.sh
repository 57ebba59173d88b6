#!/usr/bin/env bash
# Issue 4, forms 1, 2 and 4: 绩效考核表 (appraisal), 项目支出绩效自评表
# (project-self-eval) and 经费绩效评价自评报告 (self-eval-report). Renders the
# three samples in all four formats, reads the computed figures back from
# each format, recalculates every workbook with LibreOffice, and feeds bad
# records to the schema and the checks.
source "$(dirname "$0")/lib.sh"
out=$TMP/out

render() {  # render TEMPLATE SAMPLE RECORDS
  expect_exit 0 "render $1 ($3 records)" \
    "$FORMWORK_BIN" render "$1" "$SRC/samples/$2" -o "$out/$1" -q
  for ext in pdf docx xlsx txt; do
    n=$(find "$out/$1" -name "*.$ext" | wc -l)
    if ((n == $3)); then ok "$1: $n .$ext"; else bad "$1: $n .$ext files, expected $3"; fi
  done
}
render appraisal appraisal-2016.json 2
render project-self-eval project-self-eval-2021.json 1
render self-eval-report self-eval-report-2016.json 2

# Every PDF: qpdf clean; fonts embedded, subset, with ToUnicode; the one-page forms fit one page.
check_pdfs "qpdf --check and pdffonts on every PDF" "$out"
for f in "$out"/appraisal/*.pdf; do
  pages=$(pdfinfo "$f" | awk '/^Pages:/{print $2}')
  if ((pages == 1)); then ok "$(basename "$f") is one page"; else bad "$(basename "$f") has $pages pages"; fi
done

check "computed figures in PDF, DOCX, TXT and as XLSX formula values; report agrees with settlement and appraisal" \
  $PY "$SRC/tests/e2e/performance_forms_a.py" "$SRC/samples" "$out"

recalc=$SRC/tests/e2e/check_xlsx_recalc.py
check "LibreOffice recalculation equals every cached formula value" \
  $PY "$recalc" --require-formulas "$out"/appraisal/*.xlsx "$out"/project-self-eval/*.xlsx \
  "$out"/self-eval-report/*.xlsx

# LibreOffice opens and converts the DOCX files (one call per kind).
lo=$TMP/lo-docx
docs=("$out"/appraisal/*.docx "$out"/project-self-eval/*.docx "$out"/self-eval-report/*.docx)
timeout 300 soffice --headless --norestore "-env:UserInstallation=file://$TMP/lo-profile" \
  --convert-to pdf --outdir "$lo" "${docs[@]}" >/dev/null 2>&1
n=$(find "$lo" -name '*.pdf' -size +1k | wc -l)
if ((n == ${#docs[@]})); then ok "LibreOffice converted ${#docs[@]} .docx"; else bad "LibreOffice converted $n of ${#docs[@]} .docx"; fi

# Bad records: the schema rejects typed scores, ratings above the item
# maximum and over-precise hours; the checks catch weights that do not sum
# to 100, a score above its weight and a score without its reason.
$PY - "$SRC/samples" "$TMP" <<'EOF'
import json, sys
samples, tmp = sys.argv[1], sys.argv[2]
a = json.load(open(f"{samples}/appraisal-2016.json", encoding="utf-8"))[:1]
a[0]["教学评价"]["教学内容"]["教师"] = 5.5
a[0]["绩效总分"] = 96.8
a[0]["培训学时数"] = 42.25
json.dump(a, open(f"{tmp}/bad-appraisal.json", "w", encoding="utf-8"), ensure_ascii=False)
p = json.load(open(f"{samples}/project-self-eval-2021.json", encoding="utf-8"))
leaves = [x for lvl in p[0]["绩效指标"] for g in lvl["二级指标"] for x in g["三级指标"]]
next(x for x in leaves if x["名称"] == "科普大讲堂")["分值"] = 1
pay = next(x for x in leaves if x["名称"] == "支付进度率")
pay["得分"] = 2.5
del pay["偏差原因"]
json.dump(p, open(f"{tmp}/bad-project.json", "w", encoding="utf-8"), ensure_ascii=False)
EOF
expect_exit 2 "appraisal with a typed score and a rating above its maximum is invalid" \
  "$FORMWORK_BIN" render appraisal "$TMP/bad-appraisal.json" -o "$TMP/bad" -q
contains "schema names the rating above 5" "$ERR" "/教学评价/教学内容/教师"
contains "schema refuses a typed 绩效总分" "$ERR" "/绩效总分"
contains "x-decimals refuses 42.25 学时" "$ERR" "42.25 has 2 decimals"
expect_exit 2 "project self-evaluation with bad weights and scores is invalid" \
  "$FORMWORK_BIN" render project-self-eval "$TMP/bad-project.json" -o "$TMP/bad" -q
contains "weights must sum to 100: the sum is shown" "$ERR" "预算执行率分值 = 99"
contains "weights must sum to 100: the target is shown" "$ERR" ", 100 = 100"
contains "a score above its weight is named" "$ERR" "分值 (the indicators named on the left are): "
contains "the indicator is named" "$ERR" '"支付进度率；"'
contains "a given score needs a reason" "$ERR" "needs its 偏差原因"
if [[ -e $TMP/bad ]] && find "$TMP/bad" -type f | grep -q .; then bad "files written for invalid records"; else ok "nothing written for invalid records"; fi
finish
