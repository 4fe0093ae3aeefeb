#!/usr/bin/env bash
# make demo: a real job lifecycle against moto_server (a local AWS emulator) on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v moto_server >/dev/null || { echo "moto_server not found: python3 -m pip install 'moto[server]'"; exit 1; }
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
log=$(mktemp)
moto_server -H 127.0.0.1 -p "$port" >"$log" 2>&1 &
moto_pid=$!
trap 'kill $moto_pid 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 1 100); do
  python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 0.2)" 2>/dev/null && break
  sleep 0.1
done
echo "moto_server listening on 127.0.0.1:$port"
echo

# The example reads the usual AWS environment; these point it at the emulator.
AWS_ENDPOINT_URL="http://127.0.0.1:$port" AWS_REGION=us-east-1 \
AWS_ACCESS_KEY_ID=AKIDDEMO AWS_SECRET_ACCESS_KEY=demo-secret-key EMULATOR=moto \
AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null \
LUA_PATH='lua/?.lua;lua/?/init.lua;examples/?.lua;;' LUA_CPATH='build/?.so;;' \
  lua5.4 examples/lifecycle.lua
