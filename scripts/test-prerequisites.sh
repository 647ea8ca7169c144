#!/usr/bin/env bash
# `npm test`'s pretest: the system programs the suite drives for real, from Debian's packages (never a
# browser download). Installs what is missing when it can (root with apt-get, as CI runs); otherwise stops
# at once with one line naming what to install. No test is ever skipped for a missing program.
set -euo pipefail

# program path (overridable, e.g. CHROMIUM_PATH=/usr/bin/chromium-browser) → Debian package, and the
# variable that overrides the path
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
redis_path="${REDIS_SERVER_PATH:-/usr/bin/redis-server}"
declare -A needs=(
  ["$chromium_path"]=chromium
  ["$redis_path"]=redis-server
)
declare -A overrides=(
  ["$chromium_path"]=CHROMIUM_PATH
  ["$redis_path"]=REDIS_SERVER_PATH
)

missing_paths() {
  local path
  for path in "$chromium_path" "$redis_path"; do
    [ -x "$path" ] || echo "$path"
  done
}

describe() { # sets packages, paths, vars from the missing paths in "$@"
  packages=() paths=() vars=()
  local path
  for path in "$@"; do
    packages+=("${needs[$path]}") paths+=("$path") vars+=("${overrides[$path]}")
  done
  [ ${#packages[@]} -gt 1 ] && it=them || it=it
}

missing=($(missing_paths))
[ ${#missing[@]} -eq 0 ] && exit 0
describe "${missing[@]}"

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "pretest: installing ${packages[*]} from Debian's packages (the browser and Redis tests drive them)" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null || true
  still=($(missing_paths))
  [ ${#still[@]} -eq 0 ] && exit 0
  describe "${still[@]}"
  echo "pretest: ${packages[*]} is still missing after apt-get install (${paths[*]}); install $it, or set ${vars[*]}, and run npm test again" >&2
  exit 1
fi

echo "pretest: missing ${packages[*]} (${paths[*]}): install $it as root (apt-get install ${packages[*]}), or set ${vars[*]}, then run npm test again" >&2
exit 1
