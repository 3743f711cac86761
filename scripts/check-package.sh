#!/usr/bin/env bash
# The package test (CTest `package`, issue 18): builds both Debian packages from a build tree with CPack, checks them
# with lintian (no error, no warning: each override in packaging/lintian carries its reason), the desktop entry with
# desktop-file-validate and the AppStream metadata with appstreamcli, then extracts both into a temporary root and
# runs the extracted executables there.
#   scripts/check-package.sh <build dir>
set -euo pipefail
build="$(cd "${1:?usage: $0 <build dir>}" && pwd)"
cd "$(dirname "${BASH_SOURCE[0]}")/.."
work="$(mktemp -d)"
trap 'rm -rf "${work}"' EXIT
fail() {
  echo "check-package: $*" >&2
  exit 1
}

version="$(sed -n 's/^#define MIGO_VERSION "\(.*\)"$/\1/p' "${build}/generated/MigoVersion.h")"
[[ -n "${version}" ]] || fail "no version in ${build}/generated/MigoVersion.h"

# 1. Both packages, from what the build tree holds (cpack installs each component into its own staging folder).
cmake --build "${build}" --target migo-backoffice migo-cms-sandbox migo_package_docs >/dev/null
(cd "${work}" && cpack --config "${build}/CPackConfig.cmake" -B "${work}/out" >"${work}/cpack.log" 2>&1) ||
  { cat "${work}/cpack.log" >&2; fail "cpack failed"; }
app_deb="$(ls "${work}"/out/migo-backoffice_"${version}"_*.deb)"
sandbox_deb="$(ls "${work}"/out/migo-cms-sandbox_"${version}"_*.deb)"
echo "check-package: built $(basename "${app_deb}") and $(basename "${sandbox_deb}")"

# 2. Dependencies are computed from the binaries (dpkg-shlibdeps), not listed by hand.
depends="$(dpkg-deb -f "${app_deb}" Depends)"
for library in libqt6widgets6 libqt6network6 libqt6keychain1 libqt6pdfwidgets6 libc6; do
  [[ "${depends}" == *"${library}"* ]] || fail "migo-backoffice Depends lacks ${library}: ${depends}"
done
sandbox_depends="$(dpkg-deb -f "${sandbox_deb}" Depends)"
for library in libqt6httpserver6 libqt6sql6 libqt6sql6-sqlite; do
  [[ "${sandbox_depends}" == *"${library}"* ]] || fail "migo-cms-sandbox Depends lacks ${library}: ${sandbox_depends}"
done

# 3. lintian: errors and warnings fail; overrides ship in the packages with their reasons.
lintian --fail-on error,warning --no-tag-display-limit "${app_deb}" "${sandbox_deb}" | tee "${work}/lintian.log" ||
  fail "lintian found problems (above)"

# 4. Extract both into one root and check what they install.
root="${work}/root"
dpkg-deb -x "${app_deb}" "${root}"
dpkg-deb -x "${sandbox_deb}" "${root}"
desktop-file-validate "${root}/usr/share/applications/app.migo.backoffice.desktop" ||
  fail "desktop-file-validate refused the desktop entry"
appstreamcli validate --no-net --pedantic "${root}/usr/share/metainfo/app.migo.backoffice.metainfo.xml" ||
  fail "appstreamcli refused the metainfo"
grep -q "<release version=\"${version}\"" "${root}/usr/share/metainfo/app.migo.backoffice.metainfo.xml" ||
  fail "the AppStream release is not ${version}"
[[ -f "${root}/usr/share/icons/hicolor/scalable/apps/app.migo.backoffice.svg" ]] || fail "no scalable icon"
for page in migo-backoffice migo-cms-sandbox; do
  zcat "${root}/usr/share/man/man1/${page}.1.gz" | grep -q "${version}" || fail "man page ${page}(1) lacks ${version}"
done
[[ -f "${root}/lib/systemd/system/migo-cms-sandbox.service" ]] || fail "no systemd unit"

# 5. The extracted executables run, on the extracted files and the system's Qt.
export QT_QPA_PLATFORM=offscreen
out="$("${root}/usr/bin/migo-backoffice" --version)"
[[ "${out}" == *"${version}"* ]] || fail "migo-backoffice --version said: ${out}"
# The Spanish translation is compiled into the executable: its --help speaks Spanish under a Spanish locale.
out="$(LANG=es_GT.UTF-8 LANGUAGE= LC_ALL= "${root}/usr/bin/migo-backoffice" --help)"
[[ "${out}" == *"Cliente de back-office"* ]] || fail "migo-backoffice --help in Spanish said: ${out}"
out="$("${root}/usr/bin/migo-cms-sandbox" --help)"
[[ "${out}" == *"--demo"* ]] || fail "migo-cms-sandbox --help said: ${out}"
out="$("${root}/usr/bin/migo-cms-sandbox" --version)"
[[ "${out}" == *"${version}"* ]] || fail "migo-cms-sandbox --version said: ${out}"
# The extracted sandbox serves: it prints its ready line on a free port and answers.
"${root}/usr/bin/migo-cms-sandbox" --db :memory: --demo 5 >"${work}/ready" 2>"${work}/sandbox.log" &
sandbox=$!
for _ in $(seq 1 100); do
  grep -q '"baseUrl"' "${work}/ready" && break
  sleep 0.1
done
base="$(sed -n 's/.*"baseUrl" *: *"\([^"]*\)".*/\1/p' "${work}/ready")"
[[ -n "${base}" ]] || { kill "${sandbox}"; fail "the extracted sandbox printed no ready line: $(cat "${work}/sandbox.log")"; }
answer="$(curl -s -X POST -H 'Content-Type: application/json' -d '{"merchant":"migo-sandbox"}' "${base}/app/auth/login")"
kill "${sandbox}"
[[ "${answer}" == *'"success":true'* ]] || fail "the extracted sandbox answered an app login with: ${answer}"
# migo-backoffice --help names every demo operator with the password the sandbox gives it (README, issue 14).
help="$("${root}/usr/bin/migo-backoffice" --help | tr -s ' \n' ' ')"
operators="$(grep -o '"email":"[^"]*","password":"[^"]*"' "${work}/ready" | sed 's/"email":"\([^"]*\)","password":"\([^"]*\)"/\1 \2/')"
[[ -n "${operators}" ]] || fail "no operators in the sandbox's ready line"
while read -r email password; do
  [[ "${help}" == *"${email} ${password}"* ]] || fail "migo-backoffice --help does not give ${email} ${password}"
done <<<"${operators}"
echo "check-package: lintian clean, desktop entry and AppStream valid, both executables run (${version})"
