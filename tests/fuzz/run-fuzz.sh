#!/bin/sh
# tst_fuzz_retorno: builds the libFuzzer target with clang (once; again only when sources
# change) and runs it for a short while over a corpus seeded with the shared CNAB samples.
# usage: run-fuzz.sh SOURCE_DIR WORK_DIR SEED_DIR SECONDS
# Exits 77 (CTest "skipped") when clang++ or its fuzzer runtime is not installed.
set -eu
src=$1 work=$2 seeds=$3 seconds=${4:-20}

clang=$(command -v clang++-14 || command -v clang++ || true)
if [ -z "$clang" ]; then
    echo "clang++ is not installed (.ci/install-deps installs clang-14): fuzzing skipped."
    exit 77
fi
# The fuzzer runtime comes with libclang-rt-*-dev; without it -fsanitize=fuzzer cannot link.
probe="$work/probe"
mkdir -p "$probe"
printf 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char*, unsigned long){return 0;}\n' > "$probe/p.cpp"
if ! "$clang" -fsanitize=fuzzer "$probe/p.cpp" -o "$probe/p" >/dev/null 2>&1; then
    echo "$clang cannot link -fsanitize=fuzzer (install libclang-rt-14-dev): fuzzing skipped."
    exit 77
fi

build="$work/build"
if [ ! -f "$build/CMakeCache.txt" ]; then
    generator=""
    command -v ninja >/dev/null 2>&1 && generator="-G Ninja"
    # shellcheck disable=SC2086
    cmake -S "$src/tests/fuzz/project" -B "$build" $generator -DCMAKE_BUILD_TYPE=Debug \
        -DCMAKE_CXX_COMPILER="$clang" -DRG_SOURCE_DIR="$src" >"$work/configure.log" 2>&1 \
        || { cat "$work/configure.log"; exit 1; }
fi
cmake --build "$build" >"$work/build.log" 2>&1 || { tail -50 "$work/build.log"; exit 1; }

corpus="$work/corpus"
# The corpus grows with what each run finds; start again from the seeds when it gets large.
if [ -d "$corpus" ] && [ "$(ls "$corpus" | wc -l)" -gt 5000 ]; then
    rm -rf "$corpus"
fi
mkdir -p "$corpus"
if [ -d "$seeds" ]; then
    for f in "$seeds"/*.ret "$seeds"/*.rem; do
        [ -f "$f" ] && cp -n "$f" "$corpus/" 2>/dev/null || true
    done
fi
# The CSV readers' seeds (a PIX statement, a card settlement report) live with the target.
for f in "$src"/tests/fuzz/seeds/*; do
    [ -f "$f" ] && cp -n "$f" "$corpus/" 2>/dev/null || true
done
# QtCore only, no platform plugin. LeakSanitizer is off: it needs ptrace, which CI containers
# often refuse, and a leak is not what this test looks for (-rss_limit_mb bounds memory).
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
"$build/fuzz_retorno" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -dict="$src/tests/fuzz/cnab.dict" -print_final_stats=1 "$corpus" 2>"$work/fuzz.log" \
    || { tail -80 "$work/fuzz.log"; exit 1; }
tail -15 "$work/fuzz.log"
echo "tst_fuzz_retorno: no crash, hang or sanitizer report in ${seconds} s."
