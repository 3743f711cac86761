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
# Once per language: English in the folder, Spanish (Guatemala) in its es/ subfolder.
for language in en_US es_GT; do
  folder="${out}"
  [[ "${language}" == en_US ]] || folder="${out}/es"
  rm -rf "${scratch:?}"/*
  XDG_CONFIG_HOME="${scratch}" XDG_DATA_HOME="${scratch}" LANG="${language}.UTF-8" \
    xvfb-run -a -s "-screen 0 1366x800x24" build/dev/bin/migo-screenshot-tour "${folder}"
done

# The application menu entry the package installs (README "Install the package"): both packages built from the dev
# tree, the app's extracted into a scratch root, found by a real launcher (rofi's drun mode reads the desktop entries
# of $XDG_DATA_DIRS and draws their icons) and captured the same way.
command -v rofi >/dev/null || { echo "screenshots.sh: the menu entry needs rofi (apt install rofi)" >&2; exit 1; }
cmake --build --preset dev --target migo-backoffice migo-cms-sandbox migo_package_docs >/dev/null
(cd "${scratch}" && cpack --config "${OLDPWD}/build/dev/CPackConfig.cmake" -B "${scratch}/deb" >/dev/null)
dpkg-deb -x "${scratch}"/deb/migo-backoffice_*.deb "${scratch}/root"
cat >"${scratch}/menu.sh" <<'SHOT'
#!/usr/bin/env bash
set -euo pipefail
rofi -show drun -filter "migo backoffice" -show-icons -icon-theme hicolor \
  -theme-str 'window {width: 640px;} listview {lines: 3;} element-icon {size: 48px;}' &
launcher=$!
sleep 3
xwd -root -silent | xwdtopnm 2>/dev/null | pnmcut -left 120 -top 110 -width 660 -height 200 | pnmtopng >"$1"
kill "${launcher}"
SHOT
chmod +x "${scratch}/menu.sh"
HOME="${scratch}" XDG_DATA_DIRS="${scratch}/root/usr/share:/usr/share" LANG=C.UTF-8 \
  xvfb-run -a -s "-screen 0 900x460x24" "${scratch}/menu.sh" "$(realpath "${out}")/application-menu.png"
