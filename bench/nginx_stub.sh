#!/usr/bin/env bash
# Starts Debian's nginx on 127.0.0.1 answering every request with the fixed StopTask
# response. Usage: nginx_stub.sh start DIR [WORKERS] (prints the port) | nginx_stub.sh stop DIR
set -euo pipefail
cmd=$1 dir=$2
case "$cmd" in
start)
  workers=${3:-1}
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  mkdir -p "$dir/logs"
  body=$(tr -d '\n' < "$(dirname "$0")/stop_task_response.json" | sed "s/'/\\\\'/g")
  cat > "$dir/nginx.conf" <<CONF
worker_processes $workers;
pid $dir/nginx.pid;
error_log $dir/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  keepalive_requests 10000000;
  keepalive_timeout 60s;
  client_body_temp_path $dir/body;
  server {
    listen 127.0.0.1:$port;
    location / {
      default_type application/x-amz-json-1.1;
      add_header x-amzn-RequestId 5b1e9e3a-0000-4000-8000-000000000000;
      return 200 '$body';
    }
  }
}
CONF
  nginx -p "$dir" -c "$dir/nginx.conf" -e "$dir/logs/error.log"
  for _ in $(seq 1 50); do
    python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 0.2)" 2>/dev/null && break
    sleep 0.1
  done
  echo "$port"
  ;;
stop)
  [ -f "$dir/nginx.pid" ] && kill "$(cat "$dir/nginx.pid")" 2>/dev/null || true
  ;;
esac
