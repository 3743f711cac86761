#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang, ASan and UBSan in a build folder of their own, and runs each
# for a bounded time on a copy of its seed corpus (the source tree is never written). Fails on any finding: a crash,
# a broken invariant, a sanitizer report, a leak, a timeout or running out of memory. CTest runs it as fuzz_parsers.
#   scripts/run-fuzz.sh [--build-dir DIR] [--seconds N] [TARGET...]
# DIR defaults to build/fuzz, N (seconds per target) to $MIGO_FUZZ_SECONDS or 20; TARGET defaults to all three.
set -euo pipefail
source_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${source_dir}/build/fuzz"
seconds="${MIGO_FUZZ_SECONDS:-20}"
targets=()
while (($#)); do
  case "$1" in
    --build-dir) build_dir="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    -h | --help) sed -n '2,6p' "${BASH_SOURCE[0]}"; exit 0 ;;
    -*) echo "run-fuzz: unknown option $1" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
((${#targets[@]})) || targets=(fuzz_envelope fuzz_money_json fuzz_card_ids)

command -v clang++ >/dev/null || { echo "run-fuzz: clang++ is missing (Debian: clang)" >&2; exit 1; }
runtime="$(clang++ -print-runtime-dir)/libclang_rt.fuzzer-x86_64.a"
[[ -f ${runtime} ]] || { echo "run-fuzz: ${runtime} is missing (Debian: libclang-rt-14-dev)" >&2; exit 1; }

started=${SECONDS}
if [[ ! -f ${build_dir}/build.ninja ]]; then
  # -O1 without NDEBUG: fast enough to fuzz, the asserts of nlohmann and Qt stay on; line tables for the stacks.
  cmake -S "${source_dir}" -B "${build_dir}" -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
    -DMIGO_FUZZ=ON -DMIGO_BUILD_TESTS=OFF -DMIGO_BUILD_SANDBOX=OFF -DMIGO_BUILD_BENCH=OFF >/dev/null
fi
# The line tables make ccache hash the build folder; ignore it, so that another checkout's <build>/fuzz (CI's fresh
# clone) reuses these objects.
CCACHE_NOHASHDIR=1 cmake --build "${build_dir}" --target "${targets[@]}"
echo "run-fuzz: built in $((SECONDS - started)) s"

export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=0:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
symbolizer="$(command -v llvm-symbolizer || true)"
[[ -z ${symbolizer} ]] || export ASAN_SYMBOLIZER_PATH="${symbolizer}"

failed=()
for target in "${targets[@]}"; do
  corpus="${source_dir}/tests/fuzz/corpus/${target}"
  [[ -d ${corpus} ]] || { echo "run-fuzz: no seed corpus ${corpus}" >&2; exit 1; }
  work="${build_dir}/run/${target}"
  rm -rf "${work}"
  mkdir -p "${work}/corpus" "${work}/findings"
  cp "${corpus}"/* "${work}/corpus/"
  options=(-max_total_time="${seconds}" -timeout=5 -rss_limit_mb=2048 -print_final_stats=1
    -artifact_prefix="${work}/findings/")
  dict="${source_dir}/tests/fuzz/${target}.dict"
  [[ ! -f ${dict} ]] || options+=(-dict="${dict}")
  status=0
  "${build_dir}/bin/${target}" "${options[@]}" "${work}/corpus" >"${work}/log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "${work}/log")
  if ((status != 0)) || [[ -n $(ls -A "${work}/findings") ]]; then
    failed+=("${target}")
    echo "run-fuzz: ${target}: FINDING (exit ${status}); the last lines of ${work}/log:" >&2
    tail -n 80 "${work}/log" >&2
    for finding in "${work}/findings"/*; do
      [[ -e ${finding} ]] || continue
      echo "run-fuzz: ${target}: input $(basename "${finding}"), reproduce with ${build_dir}/bin/${target} ${finding}" >&2
      od -A x -t x1z -v "${finding}" | head -n 40 >&2
    done
  else
    echo "run-fuzz: ${target}: ${runs:-?} inputs in ${seconds} s, no finding"
  fi
done
echo "run-fuzz: ${#targets[@]} targets in $((SECONDS - started)) s, ${#failed[@]} with a finding ${failed[*]}"
((${#failed[@]} == 0))
