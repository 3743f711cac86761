#!/usr/bin/env bash
# Lints docs/openapi.yaml with Redocly CLI (rules in redocly.yaml): no errors and no warnings allowed.
# Installs the pinned npm tools (package-lock.json) first when node_modules is missing or older than the lock.
# Called by a CTest test; runs from the repository root wherever it is started.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "${repo_root}"

# Redocly CLI must not phone home (telemetry, update notice): only the npm registry is reachable.
export REDOCLY_TELEMETRY=off
export REDOCLY_SUPPRESS_UPDATE_NOTICE=true

if [[ ! -d node_modules || node_modules -ot package-lock.json ]]; then
  npm ci --no-audit --no-fund
  # npm ci may keep node_modules' old mtime: mark it fresh so the next run skips the install.
  touch node_modules
fi

# --max-problems keeps the whole list; a warning fails as well as an error.
output="$(npx --no-install redocly lint --format=stylish --max-problems=1000 docs/openapi.yaml 2>&1)" || {
  printf '%s\n' "${output}"
  exit 1
}
printf '%s\n' "${output}"
if grep -Eq '\bwarning\b' <<<"${output}"; then
  echo "lint-openapi: warnings are not allowed" >&2
  exit 1
fi
