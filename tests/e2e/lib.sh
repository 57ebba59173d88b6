# Shared helpers for the end-to-end tests (sourced, not run).
set -uo pipefail
: "${FORMWORK_BIN:?FORMWORK_BIN must name the built formwork binary}"
: "${FORMWORK_SOURCE_DIR:?FORMWORK_SOURCE_DIR must name the checkout}"
SRC=$FORMWORK_SOURCE_DIR
PY=/usr/bin/python3
TMP=$(mktemp -d /tmp/formwork-e2e.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
passed=0 failed=0

ok() { passed=$((passed + 1)); echo "ok   $*"; }
bad() { failed=$((failed + 1)); echo "FAIL $*"; }
# check DESCRIPTION COMMAND... : passes when the command exits 0
check() {
  local what=$1; shift
  if "$@"; then ok "$what"; else bad "$what"; fi
}
# expect_exit CODE DESCRIPTION COMMAND... : runs the command with stdout and
# stderr captured in $OUT and $ERR, and checks its exit code
expect_exit() {
  local code=$1 what=$2; shift 2
  "$@" >"$TMP/.stdout" 2>"$TMP/.stderr"
  local rc=$?
  OUT=$(cat "$TMP/.stdout") ERR=$(cat "$TMP/.stderr")
  if ((rc == code)); then ok "$what (exit $rc)"; else bad "$what: exit $rc, expected $code; stderr: $ERR"; fi
}
# contains DESCRIPTION HAYSTACK NEEDLE
contains() {
  if [[ $2 == *"$3"* ]]; then ok "$1"; else bad "$1: '$3' not in: $2"; fi
}
finish() {
  echo "$passed passed, $failed failed"
  ((failed == 0))
}
