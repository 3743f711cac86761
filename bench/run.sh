#!/usr/bin/env bash
# The benchmark command of issue 7 (README "Performance"): builds the needed targets in Release (build/release,
# ccache), then runs every scenario against a fresh sandbox (fixed seed 7), prints one table and writes it with all
# raw samples as JSON to the file given.
#   bench/run.sh results.json [--runs N] [--scenario NAME]...
set -euo pipefail
if [[ $# -lt 1 || $1 == -* ]]; then
  echo "usage: $0 RESULTS.json [--runs N] [--scenario page|search|list|report|bulk|cold|money]..." >&2
  exit 2
fi
out=$(realpath -m "$1")
shift
cd "$(dirname "${BASH_SOURCE[0]}")/.."

for tool in cmake ninja curl; do
  command -v "$tool" >/dev/null || { echo "$0: $tool is missing (scripts/dev.sh installs it)" >&2; exit 2; }
done

started=$(date +%s)
# The release preset builds no tests; the benchmarks only need the app, the sandbox and their own programs.
cmake --preset release -DMIGO_BUILD_BENCH=ON >/dev/null
cmake --build --preset release --target migo-bench
echo "Built in $(($(date +%s) - started)) s"

QT_QPA_PLATFORM=offscreen build/release/bin/migo-bench --out "$out" "$@"
echo "Results: $out (total $(($(date +%s) - started)) s)"
