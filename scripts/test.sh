#!/usr/bin/env bash
# README command 2: installs what is missing, builds, and runs every test
# (GoogleTest unit tests and end-to-end tests reading outputs back with
# qpdf, pdffonts, pdftotext, python3-docx, python3-openpyxl, LibreOffice),
# then the same tests under AddressSanitizer + UBSan and a 60 s libFuzzer run
# of each harness (scripts/ci-sanitize.sh, scripts/ci-fuzz.sh). A failing
# stage fails the whole command; every stage runs.
set -uo pipefail
cd "$(dirname "$0")/.."
# Tests that need a tool fail instead of skipping when it is missing.
export CI=${CI:-true}
bash scripts/setup.sh || exit 1
status=0
stage() { # NAME COMMAND...
  local name=$1 t0=$SECONDS; shift
  echo "== $name"
  if "$@"; then echo "== $name: passed ($((SECONDS - t0)) s)"; else
    status=1; echo "== $name: FAILED ($((SECONDS - t0)) s)"; fi
}
stage build bash scripts/build.sh
((status == 0)) && stage tests ctest --test-dir build --output-on-failure -j"$(nproc)"
stage sanitizers bash scripts/ci-sanitize.sh
stage fuzzing bash scripts/ci-fuzz.sh
exit $status
