#!/usr/bin/env bash
# Installs every Debian 12 package formwork needs to build, render and test,
# skipping those already present, so a fresh machine needs nothing by hand.
# Usage: scripts/setup.sh           everything (tests: GoogleTest, readers,
#                                   LibreOffice, …)
#        scripts/setup.sh --render  only what building and rendering need
set -euo pipefail
render_only=0
[[ ${1:-} == --render ]] && render_only=1
# Building formwork and rendering: compiler, libraries, fonts.
render_pkgs=(
  build-essential cmake pkg-config
  nlohmann-json3-dev libvalijson-dev libxlsxwriter-dev libpodofo-dev
  libzip-dev libpugixml-dev libcli11-dev libicu-dev libcsv-dev
  libfontconfig-dev libharfbuzz-dev libqpdf-dev libre2-dev
  libpng-dev libjpeg62-turbo-dev libqrencode-dev
  fonts-arphic-gbsn00lp fonts-arphic-gkai00mp fonts-droid-fallback
  fonts-liberation2 fonts-dejavu-core
)
# Testing: GoogleTest and the real readers the tests check outputs with.
test_pkgs=(
  libgtest-dev clang-14 libclang-rt-14-dev
  qpdf poppler-utils zbar-tools unzip time python3 python3-docx python3-openpyxl python3-fonttools
  json-schema-test-suite
  libreoffice-writer-nogui libreoffice-calc-nogui
  slurmd slurmctld slurm-client munge
)
pkgs=("${render_pkgs[@]}")
((render_only)) || pkgs+=("${test_pkgs[@]}")
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed' ||
    missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  sudo=""
  ((EUID == 0)) || sudo=sudo
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
