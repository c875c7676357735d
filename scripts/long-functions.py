#!/usr/bin/env python3
"""Lists Swift functions, initialisers, subscripts and computed properties whose bodies run over a line limit.

Usage: scripts/long-functions.py [--max 80] [PATH ...]   (default PATH: Sources)
A body is counted from the line of its declaration to the line of its closing brace, braces balanced
after removing string literals and comments. Prints `lines path:line name`, longest first; exit 1 if any.
"""
import argparse
import os
import re
import sys

DECL = re.compile(r'^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|private|fileprivate|internal|open|static|class|'
                  r'override|mutating|nonmutating|final|convenience|required|nonisolated|@inlinable|@usableFromInline)\s+)*'
                  r'(func\s+[^\s(<]+|init[?!]?\s*[(<]|deinit\b|subscript\s*[(<]|var\s+\w+\s*:[^=]*\{\s*$)')


def strip(line, state):
    """The line without string contents and comments; `state['closer']` carries an open block comment (`*/`)
    or multi-line string (triple quote) over to the next line."""
    out, i = [], 0
    while i < len(line):
        if state['closer']:
            j = line.find(state['closer'], i)
            if j < 0:
                return ''.join(out)
            i = j + len(state['closer'])
            state['closer'] = None
        elif line.startswith('//', i):
            break
        elif line.startswith('/*', i) or line.startswith('"""', i):
            state['closer'] = '*/' if line.startswith('/*', i) else '"""'
            i += 2 if state['closer'] == '*/' else 3
        elif line[i] == '"':
            j = i + 1
            while j < len(line) and line[j] != '"':
                j += 2 if line[j] == '\\' else 1
            out.append('""')
            i = j + 1
        else:
            out.append(line[i])
            i += 1
    return ''.join(out)


def functions(path):
    """(start line, length, name) of every function body in one file."""
    state = {'closer': None}
    open_decls = []  # (name, start line, depth before its body opened)
    pending = None   # a declaration whose `{` has not been seen yet
    depth = 0
    found = []
    with open(path, encoding='utf-8') as f:
        for n, raw in enumerate(f, 1):
            code = strip(raw, state)
            m = DECL.match(code)
            if m:  # a later declaration replaces one that had no body (a protocol requirement)
                pending = (m.group(1).split(':')[0].strip(), n)
            for ch in code:
                if ch == '{':
                    if pending is not None:
                        open_decls.append((pending[0], pending[1], depth))
                        pending = None
                    depth += 1
                elif ch == '}':
                    pending = None  # the end of a protocol: its last requirement had no body
                    depth -= 1
                    if open_decls and open_decls[-1][2] == depth:
                        name, start, _ = open_decls.pop()
                        found.append((start, n - start + 1, name))
    return found


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--max', type=int, default=80, help='longest allowed body, in lines (default 80)')
    ap.add_argument('paths', nargs='*', default=['Sources'])
    args = ap.parse_args()
    rows = []
    for root in args.paths:
        files = [root] if root.endswith('.swift') else [
            os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs if f.endswith('.swift')]
        for path in sorted(files):
            for start, length, name in functions(path):
                if length > args.max:
                    rows.append((length, f'{path}:{start}', name))
    for length, where, name in sorted(rows, reverse=True):
        print(f'{length:5d} {where} {name}')
    return 1 if rows else 0


if __name__ == '__main__':
    sys.exit(main())
