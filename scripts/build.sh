#!/usr/bin/env bash
# Configures and builds formwork into build/ (Release with debug info).
# Usage: scripts/build.sh           everything: the binary and every test
#        scripts/build.sh --render  only the formwork binary (no GoogleTest)
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ${1:-} == --render ]]; then
  # Leaves an existing configuration's FORMWORK_TESTS alone: a checkout
  # that already builds its tests keeps them.
  cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    $([[ -f build/CMakeCache.txt ]] || echo -DFORMWORK_TESTS=OFF) >/dev/null
  cmake --build build --target formwork -j"$(nproc)"
else
  cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFORMWORK_TESTS=ON >/dev/null
  cmake --build build -j"$(nproc)"
fi
