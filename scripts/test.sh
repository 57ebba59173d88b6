#!/usr/bin/env bash
# README command 2: installs what is missing, builds, and runs every test
# (GoogleTest unit tests and end-to-end tests reading outputs back with
# qpdf, pdffonts, pdftotext, python3-docx, python3-openpyxl, LibreOffice).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
ctest --test-dir build --output-on-failure -j"$(nproc)"
