#!/usr/bin/env python3
"""Rewrites the Lua module list and the core's C sources of both rockspecs
(rockspec/awsjobs-scm-1.rockspec and the versioned rockspec/awsjobs-0.2.0-1.rockspec) from
the files under lua/ and csrc/, so both install the same modules (spec/rockspec_spec.lua
fails when they drift apart). Everything else in the rockspecs is hand-written.

Usage: python3 tools/update_rockspec.py"""
import os
import re

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
ROCKSPECS = [os.path.join(ROOT, "rockspec", name)
             for name in ("awsjobs-scm-1.rockspec", "awsjobs-0.2.0-1.rockspec")]


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


def rewrite(text):
    sources = sorted(os.path.join("csrc", f) for f in os.listdir(os.path.join(ROOT, "csrc")) if f.endswith(".c"))
    text = re.sub(r"sources = \{[^}]*\}", "sources = { " + ", ".join('"%s"' % s for s in sources) + " }", text)
    start = text.index('    ["awsjobs"]')
    end = text.index("\n  },\n", start) + 1  # the end of build.modules
    lines = "".join('    ["%s"] = "%s",\n' % m for m in lua_modules())
    return text[:start] + lines + text[end:]


def main():
    for path in ROCKSPECS:
        with open(path) as f:
            text = f.read()
        with open(path, "w") as f:
            f.write(rewrite(text))
        print("wrote " + os.path.relpath(path, ROOT))


main()
