#!/usr/bin/env bash
# Installs the scm rockspec into two throw-away trees, as users do, and uses each:
#   Lua 5.4:            luarocks make (no CURL_INCDIR needed on Debian); loads and signs.
#   Lua 5.1 / LuaJIT:   luarocks --lua-version 5.1 make ... LUA_INCDIR=/usr/include/luajit-2.1
#                       (what an OpenResty user runs); loads inside Debian's nginx + lua module
#                       and makes a StopTask call over a cosocket to a stub on 127.0.0.1.
# The build runs in a copy of the tree, so the checkout gets no object files.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
chmod 755 "$work"  # nginx workers (not root) read the 5.1 tree
nginx_dir=""
cleanup() {
  if [ -n "$nginx_dir" ] && [ -f "$nginx_dir/nginx.pid" ]; then kill "$(cat "$nginx_dir/nginx.pid")" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
[ -f bin/awsjobs ] || { echo "rock-check: bin/awsjobs is missing (the rockspecs install it)"; exit 1; }

# Debian's lua-cjson is not in LuaRocks' manifest, hence --deps-mode=none.
install() {  # install <lua version> <tree> [extra luarocks arguments]
  local version=$1 tree=$2
  shift 2
  rm -rf "$work/src"
  mkdir -p "$work/src"
  cp -r bin csrc docs lua rockspec types "$work/src/"
  (cd "$work/src" && luarocks --lua-version "$version" --tree "$tree" make --deps-mode=none \
    rockspec/awsjobs-scm-1.rockspec "$@") >"$work/build-$version.log" 2>&1 ||
    { cat "$work/build-$version.log"; echo "rock-check: luarocks $version make failed"; exit 1; }
  [ -x "$tree/bin/awsjobs" ] || { echo "rock-check: $tree/bin/awsjobs not installed"; exit 1; }
  ls -d "$tree"/lib/luarocks/rocks-"$version"/awsjobs/scm-1/docs "$tree"/lib/luarocks/rocks-"$version"/awsjobs/scm-1/types >/dev/null
}

# --- Lua 5.4
tree54="$work/tree54"
install 5.4 "$tree54"
eval "$(luarocks --lua-version 5.4 --tree "$tree54" path)"
(cd /tmp && ROCK_TREE="$tree54" lua5.4 -e '
  local awsjobs = require "awsjobs"
  local where = package.searchpath("awsjobs.core", package.cpath)
  assert(where:find(os.getenv("ROCK_TREE"), 1, true), "core.so not loaded from the rock tree: " .. where)
  local h = assert(awsjobs.sign({ method = "GET", url = "https://example.amazonaws.com/" },
    { region = "us-east-1", service = "service", time = 1440938160,
      credentials = { access_key_id = "AKIDEXAMPLE",
                      secret_access_key = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" } }))
  assert(h.Authorization:find("Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31", 1, true))
  print("rock 5.4 OK: " .. awsjobs._VERSION .. " from " .. where)
')

# --- Lua 5.1 (LuaJIT), inside nginx
tree51="$work/tree51"
install 5.1 "$tree51" LUA_INCDIR=/usr/include/luajit-2.1
core51="$tree51/lib/lua/5.1/awsjobs/core.so"
[ -f "$core51" ] || { echo "rock-check: $core51 not built"; exit 1; }
nginx_dir="$work/nginx"
mkdir -p "$nginx_dir/logs"
read -r port upstream < <(python3 -c '
import socket
ss = [socket.socket() for _ in range(2)]
for s in ss: s.bind(("127.0.0.1", 0))
print(*[s.getsockname()[1] for s in ss])')
cat >"$nginx_dir/nginx.conf" <<CONF
load_module /usr/lib/nginx/modules/ndk_http_module.so;
load_module /usr/lib/nginx/modules/ngx_http_lua_module.so;
worker_processes 1;
pid $nginx_dir/nginx.pid;
error_log $nginx_dir/logs/error.log warn;
env AWS_EC2_METADATA_DISABLED=true;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path $nginx_dir/body;
  lua_package_path "$tree51/share/lua/5.1/?.lua;$tree51/share/lua/5.1/?/init.lua;;";
  lua_package_cpath "$tree51/lib/lua/5.1/?.so;/usr/lib/x86_64-linux-gnu/lua/5.1/?.so;;";
  init_by_lua_block { awsjobs = require "awsjobs" }
  server {
    listen 127.0.0.1:$upstream;
    location / {
      default_type application/x-amz-json-1.1;
      return 200 '{"task":{"taskArn":"arn:aws:ecs:us-east-1:123456789012:task/default/rock","lastStatus":"STOPPED"}}';
    }
  }
  server {
    listen 127.0.0.1:$port;
    location /stop {
      content_by_lua_block {
        local where = package.searchpath("awsjobs.core", package.cpath)
        local ecs = assert(awsjobs.ecs { region = "us-east-1", endpoint = "http://127.0.0.1:$upstream",
          credentials = { access_key_id = "AKIDFAKE", secret_access_key = "x" }, max_attempts = 1 })
        local out, err = ecs:stopTask { task = "rock" }
        ngx.say(out and (out.task.taskArn .. " " .. out.task.lastStatus) or tostring(err))
        ngx.say(jit and jit.version or "no jit", " ", where)
      }
    }
  }
}
CONF
nginx -p "$nginx_dir" -c "$nginx_dir/nginx.conf" -e "$nginx_dir/logs/error.log" ||
  { cat "$nginx_dir/logs/error.log"; exit 1; }
answer=""
for _ in $(seq 1 50); do
  answer=$(curl -s -m 10 "http://127.0.0.1:$port/stop" || true)
  [ -n "$answer" ] && break
  sleep 0.1
done
echo "$answer"
grep -q "task/default/rock STOPPED" <<<"$answer" || { echo "rock-check: the call inside nginx failed"; cat "$nginx_dir/logs/error.log"; exit 1; }
grep -q "LuaJIT .*$core51" <<<"$answer" || { echo "rock-check: core not loaded from the 5.1 tree under LuaJIT"; exit 1; }
if grep -E '\[(error|alert|crit)\]' "$nginx_dir/logs/error.log"; then echo "rock-check: errors in nginx's log"; exit 1; fi
echo "rock 5.1 (LuaJIT in nginx) OK"
