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
# check_pdfs DESCRIPTION PATH... : every PDF under the paths passes qpdf
# --check, and pdffonts shows each of its fonts embedded, subset and with a
# ToUnicode map; one ok line for all, one bad line per failing file.
check_pdfs() {
  local what=$1 f broken=0 n=0; shift
  while IFS= read -r -d '' f; do
    n=$((n + 1))
    qpdf --check "$f" >/dev/null 2>&1 || { bad "qpdf --check $f"; broken=1; }
    if pdffonts "$f" | tail -n +3 | awk '{n=NF; if ($(n-4)!="yes"||$(n-3)!="yes"||$(n-2)!="yes") e=1} END{exit !e}'; then
      bad "pdffonts: a font not embedded/subset/unicode in $f"; broken=1
    fi
  done < <(find "$@" -name '*.pdf' -print0)
  if ((n == 0)); then bad "$what: no PDF found"; elif ((broken == 0)); then ok "$what ($n PDFs)"; fi
}
# need TOOL PACKAGE : true when TOOL is installed; otherwise a failure under
# CI=true (readers are required there) and a note elsewhere.
need() {
  command -v "$1" >/dev/null 2>&1 && return 0
  if [[ ${CI:-} == true ]]; then bad "$1 not found (package $2; CI=true: readers are required)"; else
    echo "note: $1 not found (package $2), its checks skipped"; fi
  return 1
}
# need_all TOOL... : continues when every TOOL is installed; otherwise the
# test fails under CI=true and is skipped (exit 0, with a note) elsewhere.
need_all() {
  local missing=() t
  for t; do command -v "$t" >/dev/null 2>&1 || missing+=("$t"); done
  ((${#missing[@]} == 0)) && return 0
  if [[ ${CI:-} == true ]]; then bad "readers missing: ${missing[*]} (CI=true: readers are required)"; finish; exit; fi
  echo "note: ${missing[*]} not installed, skipped"
  exit 0
}
finish() {
  echo "$passed passed, $failed failed"
  ((failed == 0))
}
