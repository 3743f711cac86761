#!/usr/bin/env bash
# Takes the README screenshots: the real app on a local sandbox under Xvfb, captured with xwd | xwdtopnm | pnmtopng.
#   scripts/screenshots.sh [output folder, default docs/screenshots]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out="${1:-docs/screenshots}"
cmake --preset dev >/dev/null
cmake --build --preset dev --target migo-screenshot-tour migo-cms-sandbox
# A fresh profile: no remembered window state or demo database from an earlier run.
scratch="$(mktemp -d)"
trap 'rm -rf "${scratch}"' EXIT
XDG_CONFIG_HOME="${scratch}" XDG_DATA_HOME="${scratch}" LANG=en_US.UTF-8 \
  xvfb-run -a -s "-screen 0 1366x800x24" build/dev/bin/migo-screenshot-tour "${out}"
