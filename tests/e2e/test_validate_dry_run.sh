#!/usr/bin/env bash
# `validate` is a dry run of `render`: a record render would stop at is not
# "valid" (issue: bao-cao data with every số_tiền = 0 passed validate and
# then failed render with "division by zero").
source "$(dirname "$0")/lib.sh"
F=$FORMWORK_BIN
T=$TMP/t
mkdir -p "$T"

# 1. A template dividing by a data value: validate names the template place.
cat >"$T/ratio.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<form name="ratio" title="t" output="{{name}}" font="song" size="12">
  <p>{{ a / b | percent }}</p>
</form>
XML
echo '{"name": "r", "a": 1, "b": 0}' >"$T/zero.json"
expect_exit 2 "validate: a division by zero from data" "$F" validate "$T/ratio.xml" "$T/zero.json"
contains "the template place is named" "$ERR" "ratio.xml:3:"
contains "and what went wrong" "$ERR" "division by zero"
contains "the record is not counted valid" "$OUT" "0 of 1 records valid"
expect_exit 3 "render stops at the same record" "$F" render "$T/ratio.xml" "$T/zero.json" -o "$T/o1"
echo '{"name": "r", "a": 1, "b": 4}' >"$T/ok.json"
expect_exit 0 "validate: the same template with a divisor" "$F" validate "$T/ratio.xml" "$T/ok.json"

# 2. The shipped báo cáo with no funds at all: validate and render agree.
$PY - "$SRC/samples/bao-cao-2023-05.json" "$T/bc0.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
for n in d["nguồn_vốn"]:
    n["số_tiền"] = 0
json.dump(d, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
expect_exit 0 "validate: báo cáo with every số_tiền = 0" "$F" --templates "$SRC/templates" \
  validate bao-cao "$T/bc0.json"
expect_exit 0 "render: báo cáo with every số_tiền = 0" "$F" --templates "$SRC/templates" \
  render bao-cao "$T/bc0.json" -o "$T/o2" -f txt
contains "no share is printed without a total" "$(cat "$T"/o2/*.txt)" "0 đồng;"

echo "$passed passed, $failed failed"
((failed == 0))
