#!/bin/sh
# Runs the benchmarks on a 1,000,000-order database and prints their figures.
#   tests/bench/run-benchmarks.sh [BUILD_DIR] [ORDERS]
set -eu
build=${1:-build/dev}
orders=${2:-1000000}
db=${RG_BENCH_DB:-/tmp/retaguarda-bench-${orders}.sqlite}
cmake --build "$build" --target bench_demoseed bench_coldstart bench_orderlist bench_billing
"$build/bench/bench_demoseed" --orders "$orders" --keep "$db"
"$build/bench/bench_coldstart" --db "$db" --runs 7
"$build/bench/bench_orderlist" --db "$db" --runs 7
"$build/bench/bench_billing"
