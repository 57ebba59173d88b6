#!/usr/bin/env bash
# Messages for people: a missing property at its own pointer, rows counted
# from 1, schema titles, and --lang zh|vi|en (default from the locale).
source "$(dirname "$0")/lib.sh"
F=$FORMWORK_BIN
tpl=(--templates "$SRC/templates")
cat >"$TMP/bad.json" <<'JSON'
[{"编号": "2016001", "项目名称": "x", "申报单位": "某局", "申报单位联系电话": "0531-1",
  "承办单位": "某大学", "承办单位联系电话": "0532-1"}]
JSON
expect_exit 2 "validate, English" env LC_ALL=C.UTF-8 "$F" "${tpl[@]}" validate acceptance "$TMP/bad.json"
contains "the missing property is pointed at" "$ERR" "/标识 ("
contains "with its schema title" "$ERR" "/标识 (标识（N 国家高级研修项目，P 省高级研修项目）): required, but missing"
contains "and the summary" "$OUT" "0 of 1 records valid against acceptance"
expect_exit 2 "validate --lang zh" "$F" "${tpl[@]}" validate acceptance "$TMP/bad.json" --lang zh
contains "Chinese header" "$ERR" "第 1 条记录（第 1 行）："
contains "Chinese message" "$ERR" "必填项，但缺少"
contains "Chinese length message, value kept" "$ERR" "应至少有 2 个字符（值：\"x\"）"
contains "Chinese summary" "$OUT" "1 条记录中 0 条符合 acceptance"
expect_exit 2 "validate with LANG=vi_VN.UTF-8" env -u LC_ALL -u LC_MESSAGES LANG=vi_VN.UTF-8 \
  "$F" "${tpl[@]}" validate acceptance "$TMP/bad.json"
contains "Vietnamese from the locale" "$ERR" "bắt buộc nhưng bị thiếu"
contains "Vietnamese summary" "$OUT" "0 trên 1 bản ghi hợp lệ theo acceptance"
expect_exit 2 "render --lang vi" "$F" "${tpl[@]}" render acceptance "$TMP/bad.json" -o "$TMP/o" --lang vi
contains "render's header in Vietnamese" "$ERR" "bản ghi 1 (dòng 1) không hợp lệ, không ghi tệp nào:"
expect_exit 1 "--lang fr refused" "$F" "${tpl[@]}" validate acceptance "$TMP/bad.json" --lang fr

# Rows from 1 beside the 0-based pointer (settlement: 费用 rows).
$PY - "$SRC/samples/settlement-2016.json" "$TMP/rows.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
r = r[0] if isinstance(r, list) else r
key = next(k for k, v in r.items() if isinstance(v, list) and v and isinstance(v[0], dict))
row = r[key][1]
row.pop(next(iter(row)))
json.dump([r], open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
print(key)
PY
expect_exit 2 "a row with a missing member" "$F" "${tpl[@]}" validate settlement "$TMP/rows.json" --lang en
contains "the second row is row 2" "$ERR" "/1/"
contains "counted from 1" "$ERR" " row 2"
finish
