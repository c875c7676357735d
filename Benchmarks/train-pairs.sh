#!/usr/bin/env bash
# Alternated pairs of `churncast train` runs, a reference binary against this build, on one base: each line gives
# the load average at the start, wall and CPU (user + sys) seconds and peak MB; CHURNCAST_TIMING phase lines are in
# $WORK/<tag>-<who>-<i>.log. On a shared machine read CPU and the pairs, not single wall figures.
#
#   REF=/tmp/main-bin/churncast PAIRS=3 bash Benchmarks/train-pairs.sh WORK BASE train-options...
#   e.g. bash Benchmarks/train-pairs.sh /tmp/pairs /tmp/cc-shop-1m/base --from 2024-12-31 --to 2025-09-30 \
#            --every quarter --horizon 180
set -euo pipefail
cd "$(dirname "$0")/.."
work=$1 base=$2; shift 2
ref=${REF:-/tmp/main-bin/churncast}
new=${CHURNCAST:-$PWD/.build/release/churncast}
tag=${TAG:-$(basename "$base")}
mkdir -p "$work"
for i in $(seq "${PAIRS:-3}"); do
    for who in ref new; do
        cc=$ref; [ "$who" = new ] && cc=$new
        load=$(cut -d' ' -f1 /proc/loadavg)
        CHURNCAST_TIMING=1 /usr/bin/time -f "%e %U %S %M" -o "$work/$tag-$who-$i.time" \
            "$cc" train --data "$base" "$@" --model "$work/$tag-$who-$i.json" >"$work/$tag-$who-$i.out" 2>"$work/$tag-$who-$i.log"
        read -r wall user sys kb <"$work/$tag-$who-$i.time"
        printf '%s %s run %d: load %s, wall %6.2f s, CPU %6.2f s (user %s, sys %s), peak %d MB\n' \
            "$tag" "$who" "$i" "$load" "$wall" "$(echo "$user + $sys" | bc)" "$user" "$sys" $((kb / 1024))
    done
done
