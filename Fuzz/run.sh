#!/usr/bin/env bash
# Builds a libFuzzer harness against the package's module sources and runs it.
#
#     Fuzz/run.sh TARGET SECONDS [extra libFuzzer options]      TARGET: csv | dates | numbers | exports | engagement | transcoding | locale | modelfile
#     Fuzz/run.sh TARGET build                                  build only
#
# Each module the target needs is compiled from Sources/ with `swiftc -O -sanitize=fuzzer,address` (coverage
# instrumentation + AddressSanitizer; Swift's own overflow and bounds checks stay on), Ingest with -enable-testing
# so harnesses reach its internal parsers. The harness (Fuzz/Harnesses/TARGET.swift + FuzzFile.swift) is linked
# with libFuzzer's main. The run starts from the committed seeds in Fuzz/Corpus/TARGET; what it learns goes to
# Fuzz/.work/TARGET/corpus, crashing inputs to Fuzz/.work/TARGET/ (both git-ignored; keep crashes as regression
# tests). One process (no -jobs): the machine is shared.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
target="${1:?usage: run.sh TARGET SECONDS}"
seconds="${2:?usage: run.sh TARGET SECONDS}"
shift 2
work="$here/.work/$target"
build="$here/.work/build"
mkdir -p "$work/corpus" "$build"
flags=(-O -sanitize=fuzzer,address -parse-as-library -swift-version 5 -I "$build")

# module NAME [extra flags]: compiles Sources/NAME/*.swift into $build/NAME.o and NAME.swiftmodule when stale.
module() {
    local name="$1"; shift
    local sources
    mapfile -t sources < <(find "$root/Sources/$name" -name '*.swift' | sort)
    if [ ! -f "$build/$name.o" ] || [ -n "$(find "$root/Sources/$name" -newer "$build/$name.o" -name '*.swift')" ]; then
        echo "compiling $name" >&2
        swiftc "${flags[@]}" "$@" -module-name "$name" -wmo -c "${sources[@]}" -o "$build/$name.o" \
            -emit-module -emit-module-path "$build/$name.swiftmodule"
    fi
    objects+=("$build/$name.o")
}

objects=()
link=()
harness_flags=()
max_len=4096
case "$target" in
    csv|dates|numbers|exports|engagement|transcoding|locale)
        module Support
        module Ingest -enable-testing
        ;;
    modelfile)
        blas_include="$(pkg-config --cflags-only-I openblas)"
        for m in Support Ingest Features Distributions LinearAlgebra Models Evaluation Forecast Report Synthetic \
                 ChurnCast; do
            module "$m" -enable-testing -I "$root/Sources/CLAPACK" -Xcc ${blas_include}
        done
        link=($(pkg-config --libs openblas))
        max_len=32768  # the seed model is 23 KB
        harness_flags=(-I "$root/Sources/CLAPACK" -Xcc ${blas_include})
        # FoundationEssentials' FileManager.contents(atPath:) leaks 4 KiB per call on this toolchain (6.3.1):
        # not ChurnCast's to fix, and harmless for a command that reads one model, so leaks are not reported.
        extra=(-detect_leaks=0)
        export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
        ;;
    *) echo "unknown target $target" >&2; exit 64 ;;
esac

binary="$build/fuzz-$target"
if [ ! -f "$binary" ] || [ -n "$(find "$here/Harnesses" -newer "$binary" -name '*.swift')" ] \
   || [ -n "$(find "${objects[@]}" -newer "$binary")" ]; then
    echo "linking fuzz-$target" >&2
    swiftc "${flags[@]}" "${harness_flags[@]}" -module-name "Fuzz_$target" "$here/Harnesses/$target.swift" "$here/Harnesses/FuzzFile.swift" \
        "${objects[@]}" "${link[@]}" -o "$binary" 2> >(grep -v "Cannot export local symbol" >&2)
fi
[ "$seconds" = build ] && exit 0

dict=()
[ -f "$here/Corpus/$target.dict" ] && dict=(-dict="$here/Corpus/$target.dict")
SWIFT_BACKTRACE=enable=no exec "$binary" "$work/corpus" "$here/Corpus/$target" -max_total_time="$seconds" \
    -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" -print_final_stats=1 -artifact_prefix="$work/" "${dict[@]}" "${extra[@]}" "$@"
