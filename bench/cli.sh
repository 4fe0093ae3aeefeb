#!/usr/bin/env bash
# make bench: process start to exit for one ECS StopTask against the local nginx stub,
# bin/awsjobs next to the AWS CLI (/usr/bin/aws, Debian's awscli 2.x), in the same run.
# A figure, not a test: the target (>= 15x) is printed next to it.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${BENCH_CLI_RUNS:-20}
AWS=${AWS_CLI:-/usr/bin/aws}

stub=$(mktemp -d)
trap 'bash bench/nginx_stub.sh stop "$stub"; rm -rf "$stub"' EXIT
port=$(bash bench/nginx_stub.sh start "$stub" 1)
url="http://127.0.0.1:$port"
export AWS_ACCESS_KEY_ID=AKIDBENCH AWS_SECRET_ACCESS_KEY=bench-secret-key AWS_DEFAULT_REGION=us-east-1 \
  AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null AWS_EC2_METADATA_DISABLED=true AWS_PAGER=
args="ecs stop-task --cluster default --task arn:aws:ecs:us-east-1:123456789012:task/default/0123456789abcdef --reason bench --endpoint-url $url"

# Only the service used may load: no help text, no other model.
extra=$(lua5.4 -e "
  package.path = 'lua/?.lua;lua/?/init.lua;' .. package.path
  package.cpath = 'build/?.so;' .. package.cpath
  io.stdout:setvbuf('full')
  local real = io.stdout
  io.stdout = io.open('/dev/null', 'w')
  local words = {}
  for w in ('$args'):gmatch('%S+') do words[#words + 1] = w end
  require('awsjobs.cli').main(words)
  local bad = {}
  for k in pairs(package.loaded) do
    if k:match('^awsjobs%.docs') or (k:match('^awsjobs%.models%.') and k ~= 'awsjobs.models.ecs') then bad[#bad + 1] = k end
  end
  real:write(#bad == 0 and 'none' or table.concat(bad, ','))")
echo "== CLI: one StopTask, process start to exit, against the local stub ($RUNS runs each)"
echo "modules loaded besides ECS's model: $extra"

if [ ! -x "$AWS" ]; then
  echo "$AWS is not installed: awsjobs alone"
fi
json=$(mktemp)
if command -v hyperfine >/dev/null; then
  cmds=("bin/awsjobs $args")
  [ -x "$AWS" ] && cmds+=("$AWS $args")
  hyperfine -N --warmup 2 --runs "$RUNS" --export-json "$json" "${cmds[@]}" >/dev/null
  python3 - "$json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
name = lambda c: "awsjobs" if c.startswith("bin/awsjobs") else "aws cli"
print("%-10s %12s %12s" % ("command", "mean ms", "min ms"))
for x in r:
    print("%-10s %12.1f %12.1f" % (name(x["command"]), x["mean"] * 1e3, x["min"] * 1e3))
if len(r) == 2:
    print("awsjobs vs aws cli: %.1fx faster (target >= 15x)" % (r[1]["mean"] / r[0]["mean"]))
PY
else
  # a bounded loop with date +%s%N where hyperfine is missing
  time_of() {
    local start end
    start=$(date +%s%N)
    for _ in $(seq 1 "$RUNS"); do $1 >/dev/null; done
    end=$(date +%s%N)
    echo $(( (end - start) / RUNS / 1000 ))
  }
  a=$(time_of "bin/awsjobs $args")
  echo "awsjobs   $((a / 1000)).$(( (a % 1000) / 100 )) ms"
  if [ -x "$AWS" ]; then
    b=$(time_of "$AWS $args")
    echo "aws cli   $((b / 1000)).$(( (b % 1000) / 100 )) ms"
    awk -v a="$a" -v b="$b" 'BEGIN { printf "awsjobs vs aws cli: %.1fx faster (target >= 15x)\n", b / a }'
  fi
fi
rm -f "$json"
