#!/usr/bin/env bash
# Installs the Debian packages awsjobs builds, tests and benchmarks with (CI, make demo).
set -euo pipefail
PACKAGES=(
  make gcc clang pkg-config
  lua5.4 liblua5.4-dev lua-cjson lua-busted lua-check lua-socket luarocks
  libcurl4-openssl-dev libssl-dev
  valgrind nginx
  lua-ldoc lua-markdown
  libluajit2-5.1-dev luajit2 libnginx-mod-http-lua lua-resty-core wrk
  awscli  # the AWS CLI (/usr/bin/aws): the reference spec/cli_awscli_spec.lua and bench/cli.sh compare with
)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "all ${#PACKAGES[@]} packages present"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/tmp/awsjobs-apt.log 2>&1 ||
  { tail -30 /tmp/awsjobs-apt.log; exit 1; }
echo "installed: ${missing[*]}"
