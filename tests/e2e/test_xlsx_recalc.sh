#!/usr/bin/env bash
# check_xlsx_recalc.py against a workbook rendered by formwork: a summary
# worksheet whose totals reach the community worksheets by worksheet number
# and anchor (<k>!@总分), RANK, IF with a text result, same-sheet anchors.
# The check must pass on it, and fail once a cached number or text in the
# file is changed, and (with --require-formulas) on a workbook without
# formulas, so it can really fail.
source "$(dirname "$0")/lib.sh"
CHECK=$SRC/tests/e2e/check_xlsx_recalc.py

cat >"$TMP/appraisal.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<form name="recalc-test" title="{{年度}}年度社区考核" output="{{年度}}-社区考核" sheet="汇总">
  <page paper="A4" orientation="portrait"/>
  <p>{{年度}}年度社区考核汇总</p>
  <table widths="2,1,1,1">
    <row header="true"><cell>社区</cell><cell>总分</cell><cell>排名</cell><cell>等次</cell></row>
    <each in="社区" as="社" index="序">
      <row>
        <cell>{{社.名称}}</cell>
        <cell value="{{sum(社.项目.分值) - sum(社.项目.扣分)}}" format="number"
              formula="&lt;{{序 + 1}}>!@总分"/>
        <cell value="{{社.排名}}" format="integer" formula="RANK(RC[-1],R3C2:R{{count(社区) + 2}}C2)"/>
        <cell value="{{if(sum(社.项目.分值) - sum(社.项目.扣分) >= 90, &quot;优&quot;, &quot;良&quot;)}}"
              formula="IF(RC[-2]&gt;=90,&quot;优&quot;,&quot;良&quot;)"/>
      </row>
    </each>
    <row>
      <cell>合计</cell>
      <cell value="{{sum(社区.项目.分值) - sum(社区.项目.扣分)}}" format="number"
            formula="SUM(R[-{{count(社区)}}]C:R[-1]C)"/>
      <cell/><cell/>
    </row>
  </table>
  <each in="社区" as="社">
    <section sheet="{{社.名称}}" orientation="landscape" footer="— {page} —"/>
    <p>{{社.名称}}考核表</p>
    <rule thickness="1.5" color="#FF0000"/>
    <table widths="3,1,1,1">
      <row header="true"><cell>项目</cell><cell>分值</cell><cell>扣分</cell><cell>得分</cell></row>
      <each in="社.项目" as="项">
        <row>
          <cell>{{项.名称}}</cell>
          <cell value="{{项.分值}}" format="number"/>
          <cell value="{{项.扣分}}" format="number"/>
          <cell value="{{max(0, 项.分值 - 项.扣分)}}" format="number" formula="MAX(0,RC[-2]-RC[-1])"/>
        </row>
      </each>
      <row>
        <cell colspan="3">合计</cell>
        <cell anchor="总分" value="{{sum(社.项目.分值) - sum(社.项目.扣分)}}" format="number"
              formula="SUM(R[-{{count(社.项目)}}]C:R[-1]C)"/>
      </row>
      <row>
        <cell colspan="3">距满分</cell>
        <cell value="{{100 - (sum(社.项目.分值) - sum(社.项目.扣分))}}" format="number" formula="100-@总分"/>
      </row>
    </table>
  </each>
</form>
XML

cat >"$TMP/data.json" <<'JSON'
{"年度": 2024, "社区": [
  {"名称": "社区 甲", "排名": 1, "项目": [
    {"名称": "城市管理", "分值": 20, "扣分": 2}, {"名称": "社会事务", "分值": 30, "扣分": 2.5},
    {"名称": "平安建设", "分值": 50, "扣分": 0}]},
  {"名称": "社区 乙", "排名": 3, "项目": [
    {"名称": "城市管理", "分值": 20, "扣分": 5}, {"名称": "社会事务", "分值": 30, "扣分": 3.25},
    {"名称": "平安建设", "分值": 50, "扣分": 3.5}]},
  {"名称": "O'Brien 社区", "排名": 2, "项目": [
    {"名称": "城市管理", "分值": 20, "扣分": 1}, {"名称": "社会事务", "分值": 30, "扣分": 0},
    {"名称": "平安建设", "分值": 50, "扣分": 8.5}]}
]}
JSON

expect_exit 0 "render the appraisal workbook" \
  "$FORMWORK_BIN" render "$TMP/appraisal.xml" "$TMP/data.json" -o "$TMP/out" -f xlsx -q
book=$TMP/out/2024-社区考核.xlsx

# The workbook really has the shape under test: four worksheets and
# cross-sheet, anchor and text-valued formulas.
shape=$($PY - "$book" <<'PY'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print("|".join(wb.sheetnames))
s = wb["汇总"]
print(s["B3"].value, s["B5"].value, s["C4"].value, s["D3"].value)
print(wb["社区 甲"]["D8"].value)
PY
)
contains "four worksheets" "$shape" "汇总|社区 甲|社区 乙|O'Brien 社区"
contains "worksheet + anchor reference" "$shape" "='社区 甲'!\$D\$7 ='O''Brien 社区'!\$D\$7"
contains "RANK over the totals" "$shape" "=RANK(B4,\$B\$3:\$B\$5)"
contains "IF with a text result" "$shape" '=IF(B3>=90,"优","良")'
contains "same-sheet anchor" "$shape" "=100-\$D\$7"

expect_exit 0 "recalculated values equal the cached ones" $PY "$CHECK" --require-formulas "$book"
contains "summary line" "$OUT" "1 files, 25 formula cells, 0 problems"

# Rewrites cached values inside the file: CELL (on the first worksheet) gets
# VALUE in place of what the engine cached (formwork refuses to write that).
corrupt() { $PY "$SRC/tests/e2e/set_cached_value.py" "$book" "$1" "$2" "$3"; }
check "corrupt a cached number" corrupt "$TMP/bad-number.xlsx" B4 88.26
expect_exit 1 "a cached number off by a cent is caught" $PY "$CHECK" "$TMP/bad-number.xlsx"
contains "the mismatch names sheet, cell and both values" "$OUT" \
  "汇总!B4 ='社区 乙'!\$D\$7: cached 88.26, recalculated 88.25"
check "corrupt a cached text" corrupt "$TMP/bad-text.xlsx" D3 良
expect_exit 1 "a wrong cached grade is caught" $PY "$CHECK" "$TMP/bad-text.xlsx" "$book"
contains "the text mismatch" "$OUT" "汇总!D3 =IF(B3>=90,\"优\",\"良\"): cached '良', recalculated '优'"
contains "both files counted" "$OUT" "2 files, 50 formula cells, 1 problems"

# A reference to an anchor nobody defined is a template error naming it.
sed 's/formula="100-@总分"/formula="100-@满分"/' "$TMP/appraisal.xml" >"$TMP/bad-anchor.xml"
expect_exit 3 "unknown anchor" \
  "$FORMWORK_BIN" render "$TMP/bad-anchor.xml" "$TMP/data.json" -o "$TMP/out-bad" -f xlsx -q
contains "the error names sheet!cell, formula and anchor" "$ERR" \
  "社区 甲!D8: formula \"100-@满分\": anchor @满分 is not defined on worksheet 2 '社区 甲'"

# A workbook without a formula passes only without --require-formulas.
$PY -c 'import openpyxl, sys; wb = openpyxl.Workbook(); wb.active["A1"] = 1; wb.save(sys.argv[1])' "$TMP/plain.xlsx"
expect_exit 1 "--require-formulas refuses a workbook without formulas" \
  $PY "$CHECK" --require-formulas "$TMP/plain.xlsx"
contains "named as such" "$OUT" "NO FORMULAS $TMP/plain.xlsx"
expect_exit 0 "without --require-formulas it passes" $PY "$CHECK" "$TMP/plain.xlsx"
finish
