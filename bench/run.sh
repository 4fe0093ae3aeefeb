#!/usr/bin/env bash
# make bench: every figure measured in this run, side by side with its peers.
# Figures are CPU-time rates on this machine; nothing here asserts a threshold.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${BENCH_SECONDS:-3}
export LUA_PATH='lua/?.lua;lua/?/init.lua;;' LUA_CPATH='build/?.so;;'

mkdir -p build/bench
cc -O2 -Wno-deprecated-declarations -o build/bench/sign_bare bench/sign_bare.c -lcrypto

echo "== SigV4: one ECS StopTask signature (POST /, 2 headers, ~120-byte JSON body)"
results=$(
  lua5.4 bench/sign.lua "$SECONDS_EACH"
  python3 bench/sign_botocore.py "$SECONDS_EACH"
  build/bench/sign_bare "$SECONDS_EACH"
)
echo "$results" | awk '
  { rate[$1] = $2; us[$1] = $3; order[NR] = $1 }
  END {
    printf "%-20s %14s %10s\n", "signer", "signatures/s", "us/op"
    for (i = 1; i <= NR; i++) printf "%-20s %14.0f %10.3f\n", order[i], rate[order[i]], us[order[i]]
    printf "awsjobs vs botocore: %.1fx faster (target >= 25x)\n", rate["awsjobs.sign"] / rate["botocore.add_auth"]
    printf "awsjobs vs bare OpenSSL floor: %.2fx the cost (target <= 3x)\n", us["awsjobs.sign"] / us["openssl.bare"]
  }'
