#!/usr/bin/env bash
# Fails when a tr() string of the product has no finished translation in translations/*.ts (run by CTest).
# lupdate refreshes a temporary copy from the current sources, so a string added without a translation shows up as
# unfinished even if nobody ran update_translations.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
qt_bin=$(qtpaths6 --query QT_HOST_BINS 2>/dev/null || echo /usr/lib/qt6/bin)
work=$(mktemp -d)
trap 'rm -rf "${work}"' EXIT
status=0
for ts in translations/migo-backoffice_*.ts; do
  cp "${ts}" "${work}/"
  copy="${work}/$(basename "${ts}")"
  "${qt_bin}/lupdate" -silent -no-obsolete -locations none api core models views app -ts "${copy}"
  report=$("${qt_bin}/lrelease" "${copy}" -qm "${work}/out.qm")
  if ! grep -q ' 0 unfinished' <<<"${report}" || grep -q 'Ignored' <<<"${report}"; then
    echo "${ts}: strings without a finished translation:" >&2
    grep -B3 'type="unfinished"' "${copy}" | grep '<source>' >&2 || true
    status=1
  else
    echo "${ts}: $(grep -o 'Generated [0-9]* translation(s)' <<<"${report}")"
  fi
done
exit "${status}"
