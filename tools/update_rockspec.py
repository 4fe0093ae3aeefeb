#!/usr/bin/env python3
"""Rewrites the Lua module list of rockspec/awsjobs-scm-1.rockspec from the files under lua/
and the C sources under csrc/ (spec/rockspec_spec.lua fails when they drift apart).

Usage: python3 tools/update_rockspec.py"""
import os
import re

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
ROCKSPEC = os.path.join(ROOT, "rockspec", "awsjobs-scm-1.rockspec")


def lua_modules():
    mods = []
    for base, _, files in os.walk(os.path.join(ROOT, "lua")):
        for f in files:
            if f.endswith(".lua"):
                path = os.path.relpath(os.path.join(base, f), ROOT)
                name = path[len("lua/"):-len(".lua")].replace("/", ".")
                if name.endswith(".init"):
                    name = name[:-len(".init")]
                mods.append((name, path))
    return sorted(mods)


def main():
    with open(ROCKSPEC) as f:
        text = f.read()
    sources = sorted(os.path.join("csrc", f) for f in os.listdir(os.path.join(ROOT, "csrc")) if f.endswith(".c"))
    text = re.sub(r"sources = \{[^}]*\}", "sources = { " + ", ".join('"%s"' % s for s in sources) + " }", text)
    start = text.index('    ["awsjobs"]')
    end = text.index("  },\n}", start)
    lines = "".join('    ["%s"] = "%s",\n' % m for m in lua_modules())
    text = text[:start] + lines + text[end:]
    with open(ROCKSPEC, "w") as f:
        f.write(text)


main()
