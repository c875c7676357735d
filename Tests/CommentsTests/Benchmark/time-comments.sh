#!/usr/bin/env bash
# Times `CommentTable.write` (analysis + CSV) on a million comments with optimised code, outside the tests (no
# timed assertions): builds Support and Comments in release mode, links main.swift against them, runs it.
#   bash Tests/CommentsTests/Benchmark/time-comments.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/../../.."
swift build -c release --target Comments >/dev/null
B=.build/release
OUT=$(mktemp -d)/cc-comments-bench
swiftc -O -I "$B/Modules" -I "$B" Tests/CommentsTests/Benchmark/main.swift \
    "$B"/Support.build/*.o "$B"/Comments.build/*.o -o "$OUT"
"$OUT" Tests/CommentsTests/Fixtures/labelled-comments.csv "${1:-1000000}"
