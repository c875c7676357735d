#!/usr/bin/env python3
"""Executes a report notebook the way a reader would, and checks that it only reads.

    python3 run-notebook.py FOLDER/NAME.ipynb [--min-images N] [--require-files] [--in-place] [--watch DIR ...]

Copies the notebook's folder to a temporary one (with `--in-place`: uses FOLDER itself, which the caller has
copied), runs every cell there with nbclient (kernel python3, working directory = that folder), and checks: the notebook is valid nbformat 4; no cell fails; no code cell runs a shell
command (`!...`) or mentions churncast; no output holds a terminal escape code; no file in the folder was written,
added or removed, nor in any `--watch` folder (e.g. the folder around the copy and the original); the pandas cells drew at least `--min-images` matplotlib charts; with `--require-files`, every
data file the notebook names was there. Prints one line per check.
Exit 0 when all hold, 1 when one fails, 3 when a package is missing (nbformat, nbclient, ipykernel, pandas, matplotlib).
"""
import hashlib
import importlib
import os
import shutil
import sys
import tempfile

MISSING = [m for m in ("nbformat", "nbclient", "ipykernel", "pandas", "matplotlib")
           if importlib.util.find_spec(m) is None]
if MISSING:
    print("missing python packages: " + " ".join(MISSING))
    sys.exit(3)

import nbformat  # noqa: E402
from nbclient import NotebookClient  # noqa: E402


def digests(folder):
    out = {}
    for root, _, files in os.walk(folder):
        for f in files:
            p = os.path.join(root, f)
            with open(p, "rb") as fh:
                out[os.path.relpath(p, folder)] = hashlib.sha256(fh.read()).hexdigest()
    return out


def main(path, min_images, require_files, in_place=False, watch=()):
    problems = []
    watched = {w: digests(w) for w in watch}
    with tempfile.TemporaryDirectory(prefix="cc-notebook-") as tmp:
        folder = os.path.dirname(os.path.abspath(path))
        if not in_place:
            folder = os.path.join(tmp, "copy")
            shutil.copytree(os.path.dirname(os.path.abspath(path)), folder)
        name = os.path.basename(path)
        before = digests(folder)
        nb = nbformat.read(os.path.join(folder, name), as_version=4)
        nbformat.validate(nb)
        print("valid nbformat", nb.nbformat, nb.nbformat_minor)
        for cell in nb.cells:
            if cell.cell_type != "code":
                continue
            for line in cell.source.splitlines():
                if line.strip().startswith("!") or line.strip().startswith("%%bash") or "churncast" in line:
                    problems.append(f"cell {cell.get('id')}: runs or names a command: {line.strip()}")
        env_home = os.path.join(tmp, "home")  # matplotlib's cache goes here, not into the folder
        os.makedirs(env_home)
        os.environ["MPLCONFIGDIR"] = env_home
        client = NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": folder}})
        try:
            client.execute()
        except Exception as e:  # CellExecutionError and kernel failures
            problems.append(f"execution failed: {str(e).splitlines()[0] if str(e) else e!r}"[:2000])
            print("\n".join(str(e).splitlines()[:40]))
        images = 0
        for cell in nb.cells:
            for o in cell.get("outputs", []):
                text = str(o)
                if "\x1b" in text or "\\u001b" in text:
                    problems.append(f"cell {cell.get('id')}: terminal escape code in an output")
                if o.get("output_type") == "error":
                    problems.append(f"cell {cell.get('id')}: {o.get('ename')}: {o.get('evalue')}")
                if "image/png" in o.get("data", {}):
                    images += 1
                if require_files and o.get("output_type") == "stream" and "not in this folder" in o.get("text", ""):
                    problems.append(f"cell {cell.get('id')}: a side file was not found: {o['text'].strip()}")
        print("matplotlib charts drawn:", images)
        if images < min_images:
            problems.append(f"only {images} matplotlib charts, expected at least {min_images}")
        after = digests(folder)
        if after != before:
            changed = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
            problems.append("the folder changed: " + ", ".join(changed))
        else:
            print("folder unchanged:", len(after), "files")
    for w, was in watched.items():
        now = digests(w)
        if now != was:
            changed = sorted(k for k in set(was) | set(now) if was.get(k) != now.get(k))
            problems.append(f"{w} changed: " + ", ".join(changed))
        else:
            print("unchanged:", w)
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    args = sys.argv[1:]
    minimum = 0
    if "--min-images" in args:
        i = args.index("--min-images")
        minimum = int(args[i + 1])
        del args[i:i + 2]
    watches = []
    while "--watch" in args:
        i = args.index("--watch")
        watches.append(args[i + 1])
        del args[i:i + 2]
    require = "--require-files" in args
    in_place = "--in-place" in args
    args = [a for a in args if a not in ("--require-files", "--in-place")]
    sys.exit(main(args[0], minimum, require, in_place, watches))
