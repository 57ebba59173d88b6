#!/usr/bin/env bash
# Builds the libFuzzer harnesses of tests/fuzz with clang (ASan + UBSan) into
# build-fuzz/ and runs each for FUZZ_SECONDS (default 60) from its seed
# corpus, printing the executions. A crash, sanitizer report, leak or
# timeout fails this script and leaves the input that caused it in
# build-fuzz/findings/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang-14 \
  -DCMAKE_CXX_COMPILER=clang++-14 -DFORMWORK_FUZZ=ON -DFORMWORK_TESTS=OFF >/dev/null
harnesses=(records expressions templates sheets)
cmake --build build-fuzz -j"$(nproc)" --target "${harnesses[@]/#/fuzz_}"
export LSAN_OPTIONS="suppressions=$PWD/tests/fuzz/lsan.supp:print_suppressions=0"
mkdir -p build-fuzz/findings
status=0
for h in "${harnesses[@]}"; do
  work=build-fuzz/corpus-$h # seeds copied: new inputs never land in the checkout
  rm -rf "$work" && mkdir -p "$work" && cp tests/fuzz/corpus/"$h"/* "$work"/
  log=build-fuzz/fuzz-$h.log
  if build-fuzz/fuzz_"$h" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix=build-fuzz/findings/"$h"- "$work" >"$log" 2>&1; then
    echo "fuzz $h: $(grep -o 'Done [0-9]* runs in [0-9]* second(s)' "$log"), no findings"
  else
    status=1
    echo "fuzz $h: FAILED, see $log; inputs:"
    ls build-fuzz/findings/"$h"-* 2>/dev/null || true
    grep -m3 -E 'ERROR|runtime error' "$log" || true
  fi
done
exit $status
