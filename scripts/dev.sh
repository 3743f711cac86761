#!/usr/bin/env bash
# The README's two set-up commands on a fresh Debian 12 machine:
#   scripts/dev.sh run    install what is missing, build, start the app on a local sandbox with demo data
#   scripts/dev.sh test   install what is missing, build (CI preset: warnings are errors), run every test with CTest
# and the README's package command (issue 18):
#   scripts/dev.sh package  install what is missing, build the release preset, write both Debian packages to dist/
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Debian 12 packages the project needs. qt6-httpserver-dev needs qt6-websockets-dev named explicitly. The fuzz test
# (scripts/run-fuzz.sh) needs clang, libFuzzer and the sanitizer runtimes (libclang-rt-14-dev, only recommended by
# clang) and llvm-symbolizer (llvm) for readable stacks. The package test (scripts/check-package.sh) needs
# dpkg-shlibdeps (dpkg-dev), lintian, desktop-file-validate (desktop-file-utils) and appstreamcli (appstream); the
# deployment test sends the app's requests through a real proxy (tinyproxy); the TLS test makes its certificate with
# openssl. qt6-image-formats-plugins lets QImageReader show a WEBP evidence of a funding request (issue 17; JPEG and
# PNG come with qt6-base).
packages=(
  cmake ninja-build g++ pkg-config git ccache
  qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libqt6sql6-sqlite libgl-dev
  qt6-httpserver-dev qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-pdf-dev qtkeychain-qt6-dev nlohmann-json3-dev libcsv-dev qt6-image-formats-plugins
  clang-format poppler-utils xvfb xauth x11-apps netpbm curl libbenchmark-dev
  clang libclang-rt-14-dev llvm
  dpkg-dev lintian desktop-file-utils appstream tinyproxy openssl
  # bulk uploads (issue 17): QuaZip reads .xlsx workbooks in the sandbox; the client reads them with minizip and
  # writes the template with libxlsxwriter (which uses minizip: QuaZip's copy of minizip's names cannot share a process)
  libquazip1-qt6-dev libxlsxwriter-dev libminizip-dev
)
# Node.js and npm run the OpenAPI tools (package.json); use the machine's own when it has one.
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)

install_missing() {
  local missing=() package
  for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "${package}" 2>/dev/null | grep -q 'install ok installed' || missing+=("${package}")
  done
  if ((${#missing[@]})); then
    local sudo=()
    [[ $(id -u) -eq 0 ]] || sudo=(sudo)
    echo "Installing: ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
  if [[ ! -d node_modules || node_modules -ot package-lock.json ]]; then
    npm ci --no-audit --no-fund --loglevel=error
    touch node_modules
  fi
}

case "${1:-}" in
  run)
    install_missing
    cmake --preset dev
    cmake --build --preset dev --target migo-backoffice migo-cms-sandbox
    exec build/dev/bin/migo-backoffice --sandbox "${@:2}"
    ;;
  test)
    install_missing
    cmake --preset ci
    cmake --build --preset ci
    ctest --preset ci
    ;;
  package)
    install_missing
    cmake --preset release
    cmake --build --preset release --target migo-backoffice migo-cms-sandbox migo_package_docs
    cpack --config build/release/CPackConfig.cmake -B dist
    ls dist/*.deb
    ;;
  *)
    echo "usage: $0 run|test|package" >&2
    exit 2
    ;;
esac
