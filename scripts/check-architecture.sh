#!/usr/bin/env bash
# Fails when the layering of issue 12 is broken (run by CTest):
#   - a view calls a state-changing CmsClient method (views start core/ operations instead);
#   - a header outside api/ (and the sandbox, which shares no code with the client) includes nlohmann/json;
#   - a colour literal (#rrggbb) appears in views/ (named colours live in core/Palette.h);
#   - a product .cpp is over 500 lines, or app/AppController.cpp over 200;
#   - core/ includes a widget header (it is tested without widgets).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
status=0
fail() {
  echo "check-architecture: $*" >&2
  status=1
}

writes='->(addFunds|withdrawFunds|transfer|changeCardState|bulkChangeCardState|createCardholder|updateCardholder|associateCard|requestOtp|verifyOtp|appLogin|operatorLogin|refreshOperatorSession|refreshAppSession)\('
if hits=$(grep -nE -e "${writes}" views/*.cpp views/*.h); then
  fail "views call state-changing client methods (start a core/ operation instead):"$'\n'"${hits}"
fi
if hits=$(grep -lE '#\s*include\s*[<"]nlohmann/' core/*.h models/*.h views/*.h app/*.h); then
  fail "headers outside api/ include nlohmann: ${hits}"
fi
if hits=$(grep -nE '#[0-9a-fA-F]{6}\b' views/*.cpp views/*.h); then
  fail "colour literals in views/ (use core/Palette.h):"$'\n'"${hits}"
fi
if hits=$(grep -nE '#\s*include\s*<Q(Widget|Dialog|Label|PushButton|Application|MessageBox)>' core/*.h core/*.cpp); then
  fail "core/ includes widget headers:"$'\n'"${hits}"
fi
for file in api/*.cpp core/*.cpp models/*.cpp views/*.cpp app/*.cpp sandbox/*.cpp; do
  lines=$(wc -l <"${file}")
  ((lines <= 500)) || fail "${file} has ${lines} lines (at most 500)"
done
lines=$(wc -l <app/AppController.cpp)
((lines < 200)) || fail "app/AppController.cpp has ${lines} lines (under 200)"
((status == 0)) && echo "check-architecture: layers, colours and file sizes as issue 12 asks"
exit "${status}"
