#!/usr/bin/env python3
"""Copies the conformance vectors the specs use from ../shared/conformance into
spec/fixtures/conformance, byte for byte, so `make test` passes in a clone with nothing
beside it. Only data files travel (and the upstream LICENSE/NOTICE files the Apache-2.0
license asks redistributors to keep); the suites' prose notes stay behind.

Usage: python3 tools/vendor_conformance.py [--from DIR]          (copy)
       python3 tools/vendor_conformance.py [--from DIR] --check  (exit 1 if the fixtures differ)
"""
import argparse
import os
import shutil
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DEST = os.path.join(ROOT, "spec", "fixtures", "conformance")

# Subtrees the specs read, and the file suffixes kept from each.
TREES = {
    "sigv4/v4": (".txt", ".json"),
    "sigv4/legacy-aws4_testsuite": (".req", ".creq", ".sts", ".authz", ".sreq", "LICENSE", "NOTICE"),
    "protocols": (".json",),
    "endpoints": (".json",),
    "licenses": ("LICENSE", "LICENSE.txt", "NOTICE"),
}
SKIP_NAMES = {"public-key.json"}  # v4a material in the v4 folders; the specs do not use it


def wanted(source):
    """Relative paths of every file to vendor, sorted."""
    out = []
    for tree, suffixes in TREES.items():
        base = os.path.join(source, tree)
        for dirpath, _, files in os.walk(base):
            for name in files:
                if name in SKIP_NAMES or not name.endswith(suffixes):
                    continue
                out.append(os.path.relpath(os.path.join(dirpath, name), source))
    return sorted(out)


def present():
    out = []
    for dirpath, _, files in os.walk(DEST):
        for name in files:
            out.append(os.path.relpath(os.path.join(dirpath, name), DEST))
    return sorted(out)


def read(path):
    with open(path, "rb") as f:
        return f.read()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--from", dest="source", default=os.path.join(ROOT, "..", "shared", "conformance"))
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    if not os.path.isdir(args.source):
        sys.exit("no conformance data at %s" % args.source)
    files = wanted(args.source)
    if args.check:
        stale = [p for p in files
                 if not os.path.exists(os.path.join(DEST, p))
                 or read(os.path.join(DEST, p)) != read(os.path.join(args.source, p))]
        extra = sorted(set(present()) - set(files))
        for p in stale:
            print("stale or missing: " + p)
        for p in extra:
            print("not in the source: " + p)
        if stale or extra:
            sys.exit("spec/fixtures/conformance is not current: run python3 tools/vendor_conformance.py")
        print("spec/fixtures/conformance: %d files current" % len(files))
        return
    if os.path.isdir(DEST):
        shutil.rmtree(DEST)
    for p in files:
        os.makedirs(os.path.dirname(os.path.join(DEST, p)), exist_ok=True)
        shutil.copyfile(os.path.join(args.source, p), os.path.join(DEST, p))
    print("wrote %d files to spec/fixtures/conformance" % len(files))


if __name__ == "__main__":
    main()
