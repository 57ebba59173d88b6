#!/usr/bin/env bash
# XLSX formulas and cached values cannot disagree: formwork evaluates every
# formula in-process before writing. The shipped 绩效考核表 template with a
# wrong rate in one formula, with an unbalanced parenthesis, and with a
# function formwork cannot evaluate each fail with exit 3, naming
# sheet!cell, the formula and (for the rate) both values, and write no
# workbook; the template as shipped still renders and LibreOffice agrees
# with every cached value. (Before the check, all three rendered, exit 0.)
source "$(dirname "$0")/lib.sh"
F=$FORMWORK_BIN
data=$SRC/samples/appraisal-2016.json
# The template copied out of templates/, its schema paths made absolute.
sed "s|\"\.\./schemas/|\"$SRC/schemas/|g" "$SRC/templates/appraisal.xml" >"$TMP/appraisal.xml"
variant() { # NAME SED-EXPRESSION: a copy of the template with one edit
  sed "$2" "$TMP/appraisal.xml" >"$TMP/$1.xml"
  if cmp -s "$TMP/appraisal.xml" "$TMP/$1.xml"; then bad "variant $1: the edit changed nothing"; fi
}
no_xlsx() { # DESCRIPTION DIR
  local n; n=$(find "$2" -type f 2>/dev/null | wc -l)
  if ((n == 0)); then ok "$1: nothing written"; else bad "$1: $n files written"; fi
}

expect_exit 0 "the template as shipped" "$F" render "$TMP/appraisal.xml" "$data" -o "$TMP/ok" -f xlsx -q
expect_exit 0 "LibreOffice recalculates to the cached values" \
  $PY "$SRC/tests/e2e/check_xlsx_recalc.py" --require-formulas "$TMP"/ok/*.xlsx

# A wrong rate: (a + b) / 2.1 where the template's expression averages.
variant rate 's|formula="ROUND((RC\[-2\]+RC\[-1\])/2,2)"|formula="ROUND((RC[-2]+RC[-1])/2.1,2)"|'
expect_exit 3 "a formula with a wrong rate" "$F" render "$TMP/rate.xml" "$data" -o "$TMP/rate" -f xlsx
contains "names sheet!cell, formula (R1C1 and A1) and both values" "$ERR" \
  '绩效考核表!G9: formula "ROUND((RC[-2]+RC[-1])/2.1,2)", in A1 "ROUND((E9+F9)/2.1,2)", gives 8.81, but the template'"'"'s value is 9.25 (compared to 2 decimals)'
contains "every wrong cell is listed" "$ERR" "7 XLSX formula problems:"
contains "the total that sums them disagrees too" "$ERR" '绩效考核表!G25: formula "SUM(R[-18]C:R[-1]C)"'
contains "both records fail" "$ERR" "rendered 0 of 2 records"
no_xlsx "a formula with a wrong rate" "$TMP/rate"

# An unbalanced parenthesis.
variant paren 's|formula="SUM(R\[-18\]C:R\[-1\]C)"|formula="SUM(R[-18]C:R[-1]C"|'
expect_exit 3 "an unbalanced parenthesis" "$F" render "$TMP/paren.xml" "$data" -o "$TMP/paren" -f xlsx
contains "names sheet!cell, the formula and the place" "$ERR" \
  '绩效考核表!G25: formula "SUM(R[-18]C:R[-1]C", in A1 "SUM(G7:G24", does not parse: the '"'('"' at character 4 is never closed'
no_xlsx "an unbalanced parenthesis" "$TMP/paren"

# A function formwork does not evaluate is refused, not passed unchecked.
variant ifs 's|formula="IF(R\[-1\]C&gt;=70,|formula="IFS(R[-1]C\&gt;=70,|'
expect_exit 3 "an unknown function" "$F" render "$TMP/ifs.xml" "$data" -o "$TMP/ifs" -f xlsx
contains "names the function and what is supported" "$ERR" \
  '绩效考核表!G26: formula "IFS(R[-1]C>=70,"合格","不合格")": function IFS is not one formwork can evaluate (ABS, AND,'
no_xlsx "an unknown function" "$TMP/ifs"
finish
