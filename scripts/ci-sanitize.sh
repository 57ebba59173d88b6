#!/usr/bin/env bash
# Builds formwork and its tests with AddressSanitizer + UBSan into
# build-asan/ and runs every unit and end-to-end test there. Any memory
# error, leak in formwork's code, or undefined behaviour fails the test
# that triggers it.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFORMWORK_SANITIZE=ON \
  -DFORMWORK_TESTS=ON >/dev/null
cmake --build build-asan -j"$(nproc)"
# Leaks inside system libraries (fontconfig's caches, ICU data) are theirs.
export LSAN_OPTIONS="suppressions=$PWD/tests/fuzz/lsan.supp:print_suppressions=0"
export ASAN_OPTIONS="abort_on_error=1:detect_stack_use_after_return=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
ctest --test-dir build-asan --output-on-failure -j"$(nproc)"
