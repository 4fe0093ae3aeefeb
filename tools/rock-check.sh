#!/usr/bin/env bash
# Installs the rockspec into a throw-away tree and signs a request through the installed copy.
set -euo pipefail
cd "$(dirname "$0")/.."
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
# Debian's lua-cjson is not in LuaRocks' manifest, hence --deps-mode=none; Debian puts
# curl's headers in the multiarch include directory, which LuaRocks 3.8 does not search.
luarocks --lua-version 5.4 --tree "$tree" make --deps-mode=none rockspec/awsjobs-scm-1.rockspec \
  CURL_INCDIR="$(dirname "$(dirname "$(find /usr/include -name curl.h -path '*curl/curl.h' | head -1)")")" \
  >"$tree/build.log" 2>&1 || { cat "$tree/build.log"; exit 1; }
eval "$(luarocks --lua-version 5.4 --tree "$tree" path)"
(cd /tmp && ROCK_TREE="$tree" lua5.4 -e '
  local awsjobs = require "awsjobs"
  local where = package.searchpath("awsjobs.core", package.cpath)
  assert(where:find(os.getenv("ROCK_TREE"), 1, true), "core.so not loaded from the rock tree: " .. where)
  local h = assert(awsjobs.sign({ method = "GET", url = "https://example.amazonaws.com/" },
    { region = "us-east-1", service = "service", time = 1440938160,
      credentials = { access_key_id = "AKIDEXAMPLE",
                      secret_access_key = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" } }))
  assert(h.Authorization:find("Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31", 1, true))
  print("rock OK: " .. awsjobs._VERSION .. " from " .. where)
')
