#!/usr/bin/env bash
# Fails when a C++ source of the project is not formatted as .clang-format says (run by CTest).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mapfile -t files < <(git ls-files -co --exclude-standard -- '*.cpp' '*.h' | grep -Ev '(^|/)build/')
[[ ${#files[@]} -gt 0 ]] || { echo "check-format: no sources found" >&2; exit 1; }
clang-format --dry-run --Werror "${files[@]}"
echo "check-format: ${#files[@]} files formatted"
