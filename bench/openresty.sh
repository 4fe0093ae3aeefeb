#!/usr/bin/env bash
# make bench, OpenResty section: ECS StopTask calls inside ONE nginx worker (Debian's nginx +
# lua module, the LuaJIT core from `make luajit`) against the local stub, each next to the raw
# cosocket floor (bench/openresty_bench.lua). Sequential calls in one request, then 32
# connections driving one call per request (wrk, or curl --parallel where wrk is missing).
# Figures: calls/s, the worker's CPU per call (/proc/<pid>/stat utime+stime), Lua heap bytes
# allocated per call (collector stopped around a batch). Then LuaJIT's trace aborts (jit.v)
# on the call path. Usage: openresty.sh [seconds] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-${BENCH_SECONDS:-3}}
ROUNDS=${2:-${BENCH_ROUNDS:-3}}
root=$(pwd)
make -s luajit >/dev/null

jitdir=$(dirname "$(dirname "$(ls /usr/share/luajit-2.1*/jit/v.lua | head -1)")")
tmp=$(mktemp -d)
stub="$tmp/stub"
nginx_dir="$tmp/worker"
cleanup() {
  bash bench/nginx_stub.sh stop "$stub"
  [ -f "$nginx_dir/nginx.pid" ] && kill "$(cat "$nginx_dir/nginx.pid")" 2>/dev/null || true
  [ -n "${KEEP:-}" ] && echo "kept $tmp" >&2 || rm -rf "$tmp"
}
trap cleanup EXIT

stub_port=$(bash bench/nginx_stub.sh start "$stub" 1)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir -p "$nginx_dir/logs"
# a root-started nginx runs its worker as another user: it must be able to write jit.log
chmod 755 "$tmp" "$nginx_dir"
: > "$nginx_dir/jit.log"
chmod 666 "$nginx_dir/jit.log"
cat > "$nginx_dir/nginx.conf" <<CONF
load_module /usr/lib/nginx/modules/ndk_http_module.so;
load_module /usr/lib/nginx/modules/ngx_http_lua_module.so;
worker_processes 1;
pid $nginx_dir/nginx.pid;
error_log $nginx_dir/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  keepalive_requests 10000000;
  client_body_temp_path $nginx_dir/body;
  lua_package_path "$root/lua/?.lua;$root/lua/?/init.lua;$root/bench/?.lua;$jitdir/?.lua;;";
  lua_package_cpath "$root/build/luajit/?.so;/usr/lib/x86_64-linux-gnu/lua/5.1/?.so;;";
  init_worker_by_lua_block {
    require("jit.v").start("$nginx_dir/jit.log")
    require("openresty_bench").setup("http://127.0.0.1:$stub_port")
  }
  server {
    listen 127.0.0.1:$port;
    location /seq {
      content_by_lua_block {
        ngx.say(require("openresty_bench").seq(ngx.var.arg_mode, tonumber(ngx.var.arg_seconds), 2000))
      }
    }
    location /raw { content_by_lua_block { require("openresty_bench").one("raw") } }
    location /awsjobs { content_by_lua_block { require("openresty_bench").one("awsjobs") } }
    location /stats { content_by_lua_block { ngx.say(require("openresty_bench").stats()) } }
    location /gc { content_by_lua_block { collectgarbage(ngx.var.arg_op); ngx.say("ok") } }
  }
}
CONF
nginx -p "$nginx_dir" -c "$nginx_dir/nginx.conf" -e "$nginx_dir/logs/error.log"
url="http://127.0.0.1:$port"
for _ in $(seq 1 50); do curl -s -o /dev/null "$url/stats" && break; sleep 0.1; done

get() { curl -s -m 120 "$url$1"; }

# One load run of `seconds` against path with 32 connections: nothing printed.
drive() {
  local path=$1 seconds=$2
  if command -v wrk >/dev/null; then
    wrk -t1 -c32 -d"${seconds}s" "$url$path" >/dev/null
  else
    local n=$((seconds * 3000))
    curl -s --parallel --parallel-immediate --parallel-max 32 -o /dev/null "$url$path?[1-$n]" 2>/dev/null
  fi
}

# "mode calls/s cpu_us heap_bytes" for 32 connections: CPU with the collector running,
# heap from a shorter run with it stopped.
concurrent() {
  local mode=$1 a b
  drive "/$mode" 1  # warm up
  a=$(get /stats); drive "/$mode" "$SECONDS_EACH"; b=$(get /stats)
  local cpu_line
  cpu_line=$(echo "$a $b $SECONDS_EACH" | awk '{ n = $4 - $1; printf "%.0f %.2f", n / $7, ($5 - $2) / n * 1e6 }')
  get "/gc?op=collect" >/dev/null; get "/gc?op=stop" >/dev/null
  a=$(get /stats); drive "/$mode" 1; b=$(get /stats)
  get "/gc?op=restart" >/dev/null
  echo "$mode $cpu_line $(echo "$a $b" | awk '{ printf "%.0f", ($6 - $3) * 1024 / ($4 - $1) }')"
}

results="$tmp/results"
for _ in $(seq 1 "$ROUNDS"); do
  for mode in raw awsjobs transport; do
    echo "seq $(get "/seq?mode=$mode&seconds=$SECONDS_EACH")" >> "$results"
  done
  for mode in raw awsjobs; do
    echo "c32 $(concurrent "$mode")" >> "$results"
  done
done

python3 - "$results" "$nginx_dir/jit.log" "$root" <<'PY'
import collections, re, statistics, sys
rows = collections.defaultdict(list)
for line in open(sys.argv[1]):
    kind, mode, rate, cpu, heap = line.split()
    rows[(kind, mode)].append((float(rate), float(cpu), float(heap)))
def med(kind, mode, i):
    return statistics.median(r[i] for r in rows[(kind, mode)])
titles = {"seq": "sequential calls in one request", "c32": "32 connections, one call per request"}
print("%-38s %10s %12s %14s" % ("", "calls/s", "CPU us/call", "heap B/call"))
for kind in ("seq", "c32"):
    for mode, name in (("raw", "raw cosocket floor"), ("awsjobs", "awsjobs stopTask")):
        print("%-38s %10.0f %12.1f %14.0f" % ("%s, %s" % (titles[kind], name) if mode == "raw" else "  " + name,
              med(kind, mode, 0), med(kind, mode, 1), med(kind, mode, 2)))
    if kind == "seq":
        print("%-38s %10.0f %12.1f %14.0f" % ("  (its transport alone, pre-signed)", med(kind, "transport", 0),
              med(kind, "transport", 1), med(kind, "transport", 2)))
    cpu = med(kind, "awsjobs", 1) / med(kind, "raw", 1)
    heap = med(kind, "awsjobs", 2) / med(kind, "raw", 2)
    print("  awsjobs vs floor: %.2fx the CPU per call (target <= 1.3x: %s), %.2fx the heap per call "
          "(target <= 1.5x: %s)" % (cpu, "met" if cpu <= 1.3 else "NOT met", heap, "met" if heap <= 1.5 else "NOT met"))
# jit.v: "[TRACE --- file:line -- reason at file:line]" is an aborted trace; it names files
# by their base name only, so awsjobs's are told by the names of the files under lua/awsjobs
import os
ours = {f for _, _, files in os.walk(os.path.join(sys.argv[3], "lua", "awsjobs")) for f in files}
aborts, other = collections.Counter(), 0
for line in open(sys.argv[2], errors="replace"):
    m = re.match(r"\[TRACE --- (?:\(\S+\) )?(\S+?):(\d+) -- (.*?)\]?$", line.strip())
    if not m:
        continue
    if m.group(1) in ours:
        aborts["%s:%s -- %s" % m.groups()] += 1
    else:
        other += 1
def bad(text):
    return "NYI" in text or "blacklisted" in text
nyi = sum(n for text, n in aborts.items() if bad(text))
print("LuaJIT trace aborts in awsjobs files (jit.v): %d, of which %d NYI or blacklisted (listed first)"
      % (sum(aborts.values()), nyi))
ranked = sorted(aborts.items(), key=lambda kv: (not bad(kv[0]), -kv[1]))
for text, n in ranked[:16]:
    print("  %4d  %s" % (n, text))
print("(trace aborts in other files: %d; 'inner loop' / 'leaving loop' / 'down-recursion' aborts are "
      "LuaJIT retrying a loop or recursion as its own trace, not code it cannot compile)" % other)
PY
