#!/usr/bin/env bash
# The throttling case of make bench: 1000 StopTask calls against a stub that answers
# ThrottlingException above a fixed rate (spec/fakes/throttle_stub.py), awsjobs.map with 64
# in flight in standard and adaptive mode, next to boto3 adaptive with 32 threads.
# Usage: bash bench/throttle.sh [N] [RATE] [BURST]  (defaults 1000 calls, 100/s, burst 10)
set -euo pipefail
cd "$(dirname "$0")/.."
export LUA_PATH='lua/?.lua;lua/?/init.lua;;' LUA_CPATH='build/?.so;;'
N=${1:-1000} RATE=${2:-100} BURST=${3:-10}

out=$(mktemp)
python3 spec/fakes/throttle_stub.py "$RATE" "$BURST" 900 > "$out" &
stub=$!
trap 'kill $stub 2>/dev/null; rm -f "$out"' EXIT
for _ in $(seq 1 50); do [ -s "$out" ] && break; sleep 0.1; done
url="http://127.0.0.1:$(head -1 "$out")"

echo "== $N StopTask calls against a stub that throttles above $RATE/s (burst $BURST)"
printf "%-20s %8s %10s %8s %8s\n" "client" "ok" "throttled" "failed" "wall s"
for cmd in "lua5.4 bench/throttle.lua $url standard $N 64" "lua5.4 bench/throttle.lua $url adaptive $N 64" \
           "python3 bench/throttle_boto3.py $url $N 32"; do
  curl -s -X POST "$url/reset" > /dev/null
  read -r name failed wall < <(eval "$cmd" | tail -1)
  stats=$(curl -s "$url/stats")
  ok=$(echo "$stats" | python3 -c 'import json,sys; print(json.load(sys.stdin)["ok"])')
  throttled=$(echo "$stats" | python3 -c 'import json,sys; print(json.load(sys.stdin)["throttled"])')
  printf "%-20s %8d %10d %8d %8.1f\n" "$name" "$ok" "$throttled" "$failed" "$wall"
done
echo "(awsjobs: 64 in flight, 3 attempts; boto3: 32 threads, 3 attempts; floor: $N / $RATE = $((N / RATE)) s)"
