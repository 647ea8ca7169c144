#!/usr/bin/env bash
# `npm test`'s pretest: the system programs the suite drives for real, from Debian's packages (never a
# browser download). Installs what is missing when it can (root with apt-get, as CI runs); otherwise stops
# at once with one line naming what to install. No test is ever skipped for a missing program.
set -euo pipefail

# program path (overridable, e.g. CHROMIUM_PATH=/usr/bin/chromium-browser) → Debian package
declare -A needs=(
  ["${CHROMIUM_PATH:-/usr/bin/chromium}"]=chromium
)

missing_packages() {
  local path
  for path in "${!needs[@]}"; do
    [ -x "$path" ] || echo "${needs[$path]}"
  done
}

missing=($(missing_packages))
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "pretest: installing ${missing[*]} from Debian's packages (the browser tests drive it)" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null || true
  still=($(missing_packages))
  [ ${#still[@]} -eq 0 ] && exit 0
  echo "pretest: ${still[*]} is still missing after apt-get install (${!needs[*]}); install it, or set CHROMIUM_PATH, and run npm test again" >&2
  exit 1
fi

echo "pretest: missing ${missing[*]} (${!needs[*]}): install it as root (apt-get install ${missing[*]}), or set CHROMIUM_PATH, then run npm test again" >&2
exit 1
