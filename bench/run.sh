#!/usr/bin/env bash
# make bench: every figure measured in this run, side by side with its peers.
# Nothing here asserts a threshold; the targets are printed next to the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${BENCH_SECONDS:-3}
ROUNDS=${BENCH_ROUNDS:-3}
export LUA_PATH='lua/?.lua;lua/?/init.lua;;' LUA_CPATH='build/?.so;;'

mkdir -p build/bench
cc -O2 -Wno-deprecated-declarations -o build/bench/sign_bare bench/sign_bare.c -lcrypto
cc -O2 -o build/bench/curl_raw bench/curl_raw.c -lcurl
cc -O2 -o build/bench/curl_multi_raw bench/curl_multi_raw.c -lcurl

# Runs each command (one per argument, as a string) ROUNDS times, interleaved so that a
# noisy moment hits every peer alike, and prints each one's median line by rate.
interleaved() {
  local tmp
  tmp=$(mktemp -d)
  for _ in $(seq 1 "$ROUNDS"); do
    local i=0
    for cmd in "$@"; do
      i=$((i + 1))
      eval "$cmd" | head -1 >> "$tmp/$i"
    done
  done
  local i=0
  for _ in "$@"; do
    i=$((i + 1))
    sort -k2,2n "$tmp/$i" | sed -n "$(( (ROUNDS + 1) / 2 ))p"
  done
  rm -rf "$tmp"
}

echo "== SigV4: one ECS StopTask signature (POST /, 2 headers, ~120-byte JSON body); CPU time"
sign=$(interleaved "lua5.4 bench/sign.lua $SECONDS_EACH" "python3 bench/sign_botocore.py $SECONDS_EACH" \
  "build/bench/sign_bare $SECONDS_EACH")
echo "$sign" | awk '
  { rate[$1] = $2; us[$1] = $3; order[NR] = $1 }
  END {
    printf "%-20s %14s %10s\n", "signer", "signatures/s", "us/op"
    for (i = 1; i <= NR; i++) printf "%-20s %14.0f %10.3f\n", order[i], rate[order[i]], us[order[i]]
    printf "awsjobs vs botocore: %.1fx faster (target >= 25x)\n", rate["awsjobs.sign"] / rate["botocore.add_auth"]
    printf "awsjobs vs bare OpenSSL floor: %.2fx the cost (target <= 3x)\n", us["awsjobs.sign"] / us["openssl.bare"]
  }'

echo
echo "== Whole StopTask calls over one client against a local nginx stub (1 worker, keep-alive)"
stub=$(mktemp -d)
trap 'bash bench/nginx_stub.sh stop "$stub"; rm -rf "$stub"' EXIT
port=$(bash bench/nginx_stub.sh start "$stub" 1)
url="http://127.0.0.1:$port"
calls=$(interleaved "build/bench/curl_raw $url/ $SECONDS_EACH" "lua5.4 bench/call.lua $url $SECONDS_EACH 0" \
  "python3 bench/call_boto3.py $url $SECONDS_EACH")
echo "$calls" | awk '
  { rate[$1] = $2; us[$1] = $3; order[NR] = $1 }
  END {
    printf "%-20s %14s %16s\n", "client", "calls/s (wall)", "CPU us/call"
    for (i = 1; i <= NR; i++) printf "%-20s %14.0f %16.1f\n", order[i], rate[order[i]], us[order[i]]
    a = "awsjobs.stopTask"; b = "boto3.stop_task"; r = "curl.raw"
    printf "awsjobs vs boto3:    %.1fx the calls/s, %.1fx less CPU per call (target >= 10x)\n", rate[a] / rate[b], us[b] / us[a]
    printf "awsjobs vs raw loop: %.0f%% of its calls/s, %.0f%% of its CPU efficiency (target >= 60%%)\n", 100 * rate[a] / rate[r], 100 * us[r] / us[a]
    printf "(the raw loop itself makes %.1fx the calls/s of boto3: the round trip to nginx bounds them all)\n", rate[r] / rate[b]
  }'

echo
echo "== Memory over 100,000 StopTask calls (after 10,000 to warm up)"
lua5.4 bench/call.lua "$url" 1 100000 | awk '$1 == "memory" {
  printf "Lua heap: %.0f KiB -> %.0f KiB; RSS: %d KiB -> %d KiB (%+d KiB)\n", $3, $4, $5, $6, $6 - $5 }'

echo
echo "== 1000 StopTask calls, 32 in flight, against the stub with 2 workers"
bash bench/nginx_stub.sh stop "$stub"
port=$(bash bench/nginx_stub.sh start "$stub" 2)
url="http://127.0.0.1:$port"
many=$(interleaved "build/bench/curl_multi_raw $url/ 1000 32" "lua5.4 bench/concurrent.lua $url 1000 32" \
  "python3 bench/concurrent_boto3.py $url 1000 32")
echo "$many" | awk '
  { rate[$1] = $2; us[$1] = $3; order[NR] = $1 }
  END {
    printf "%-20s %14s %16s\n", "client", "calls/s (wall)", "CPU us/call"
    for (i = 1; i <= NR; i++) printf "%-20s %14.0f %16.1f\n", order[i], rate[order[i]], us[order[i]]
    a = "awsjobs.map"; b = "boto3.threads"; r = "curl.multi"
    printf "awsjobs vs boto3 (32 threads): %.1fx faster (target >= 20x)\n", rate[a] / rate[b]
    printf "awsjobs vs raw curl-multi loop: %.0f%% of its speed (target >= 50%%)\n", 100 * rate[a] / rate[r]
    printf "(awsjobs.map runs its transfers on a second thread; its CPU column is both threads)\n"
  }'

echo
echo "== OpenResty: StopTask inside one nginx worker (LuaJIT core, cosockets) against the stub"
bash bench/openresty.sh "$SECONDS_EACH" "$ROUNDS"

echo; bash bench/throttle.sh  # standard vs adaptive vs boto3 against a throttling stub
echo; bash bench/cli.sh  # bin/awsjobs vs the AWS CLI, process start to exit
