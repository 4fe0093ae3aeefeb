#!/usr/bin/env bash
# Runs every spec file in its own busted process under a time limit, two at a time, and
# ends with the one line CI reads: "N passed, N failed, N skipped". A file that hangs past
# SPEC_TIMEOUT seconds, crashes, or prints no summary counts as one failure, by name.
# Usage: tools/run_specs.sh [spec files...]   (default: spec/*_spec.lua)
set -uo pipefail
cd "$(dirname "$0")/.."

LUA=${LUA:-lua5.4}
SPEC_TIMEOUT=${SPEC_TIMEOUT:-600}
JOBS=${SPEC_JOBS:-2}
export AWS_EC2_METADATA_DISABLED=true
export LUA_PATH='lua/?.lua;lua/?/init.lua;spec/?.lua;examples/?.lua;;'
export LUA_CPATH='build/?.so;;'

files=("$@")
[ ${#files[@]} -gt 0 ] || files=(spec/*_spec.lua)
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT

run_one() {
  local spec=$1 logs=$2 log
  log="$logs/$(basename "$spec").log"
  local started=$SECONDS
  timeout -k 10 "$SPEC_TIMEOUT" "$LUA" /usr/bin/busted -o spec/helpers/summary.lua "$spec" >"$log" 2>&1
  local rc=$?
  echo "$rc $((SECONDS - started))" >"$log.rc"
}
export -f run_one
export LUA SPEC_TIMEOUT

printf '%s\n' "${files[@]}" | xargs -P "$JOBS" -I{} bash -c 'run_one "$1" "$2"' _ {} "$logs"

passed=0 failed=0 skipped=0
for spec in "${files[@]}"; do
  log="$logs/$(basename "$spec").log"
  read -r rc secs <"$log.rc"
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed, [0-9]+ skipped$' "$log" | tail -1)
  if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then
    cat "$log"
    echo "$spec: did not finish within ${SPEC_TIMEOUT}s (counted as 1 failure)"
    failed=$((failed + 1))
  elif [ -z "$line" ]; then
    cat "$log"
    echo "$spec: exited $rc without a summary (counted as 1 failure)"
    failed=$((failed + 1))
  else
    read -r p _ f _ s _ <<<"${line//,/}"
    passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
    if [ "$f" != 0 ] || [ "$rc" != 0 ]; then cat "$log"; fi
    printf '%-44s %5d passed %3d failed %3d skipped %4ds\n' "$spec" "$p" "$f" "$s" "$secs"
  fi
done
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ]
