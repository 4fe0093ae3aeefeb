"""Writes generated files, or with check=True only compares them: the one loop every
generator here (gen_models, gen_endpoints, gen_docs) ends with."""
import os
import sys


def write_or_check(files, check, command):
    """files: iterable of (path, text). Writes each (making its folder), or with check
    reports the stale and missing ones; exits 1 when any is stale."""
    stale = []
    for path, text in files:
        if check:
            try:
                with open(path, encoding="utf-8") as f:
                    if f.read() != text:
                        stale.append(path)
            except FileNotFoundError:
                stale.append(path)
            continue
        os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        print("wrote %s (%d bytes)" % (path, len(text.encode("utf-8"))))
    if stale:
        print("stale (run %s): %s" % (command, ", ".join(stale)), file=sys.stderr)
        sys.exit(1)
    if check:
        print("%s: every generated file is current" % command)
