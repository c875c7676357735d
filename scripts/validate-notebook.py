#!/usr/bin/env python3
"""Validates Jupyter notebooks against the nbformat 4 schema with the `nbformat` package (pip install nbformat).

    python3 scripts/validate-notebook.py [NOTEBOOK.ipynb ...]

With no arguments it checks every notebooks-export/*.ipynb. Besides the schema it checks what ChurnCast promises:
nbformat 4 with minor >= 4, a python kernelspec and language_info, and at least one image/svg+xml output.
Exit status 0 when all are valid, 1 otherwise (2 when nbformat is missing).
"""
import glob
import json
import sys

try:
    import nbformat
except ImportError:
    print("validate-notebook: the nbformat package is missing (pip install nbformat)", file=sys.stderr)
    sys.exit(2)


def check(path):
    with open(path, encoding="utf-8") as f:
        raw = json.load(f)
    nb = nbformat.reads(json.dumps(raw), as_version=nbformat.NO_CONVERT)
    nbformat.validate(nb)
    problems = []
    if raw.get("nbformat") != 4 or raw.get("nbformat_minor", 0) < 4:
        problems.append(f"nbformat {raw.get('nbformat')}.{raw.get('nbformat_minor')}, expected 4.4 or later")
    meta = raw.get("metadata", {})
    if meta.get("kernelspec", {}).get("language") != "python":
        problems.append("metadata.kernelspec is not a python kernel")
    if meta.get("language_info", {}).get("name") != "python":
        problems.append("metadata.language_info.name is not python")
    svgs = [o for c in raw["cells"] if c["cell_type"] == "code" for o in c.get("outputs", [])
            if "image/svg+xml" in o.get("data", {})]
    if not svgs:
        problems.append("no image/svg+xml output (charts missing)")
    return problems


def main(paths):
    if not paths:
        paths = sorted(glob.glob("notebooks-export/*.ipynb"))
        if not paths:
            print("validate-notebook: no notebooks in notebooks-export/")
            return 0
    failed = 0
    for path in paths:
        try:
            problems = check(path)
        except Exception as e:  # schema errors, bad JSON, unreadable file
            problems = [f"{type(e).__name__}: {str(e).splitlines()[0] if str(e) else e!r}"]
        if problems:
            failed += 1
            for p in problems:
                print(f"{path}: {p}", file=sys.stderr)
        else:
            print(f"{path}: valid nbformat 4 notebook")
    print(f"{len(paths) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
