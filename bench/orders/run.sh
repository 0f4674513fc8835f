#!/usr/bin/env bash
# Orders benchmark: 1-line and 5-line orders over 8,000 SKUs x 2 warehouses, named and allocated warehouses.
# Usage: bench/orders/run.sh [URL]   (a running service; seeded here with shared/bench/seed.sh)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
URL=${1:-http://127.0.0.1:8080}
SEED=${SEED:-$HERE/../../../shared/bench/seed.sh}
DURATION=${DURATION:-20s}
"$SEED" "$URL" >/dev/null
wrk -t2 -c32 -d5s -s "$HERE/orders.lua" "$URL" >/dev/null  # warm-up, not measured
for lines in 1 5; do
  for anywhere in 0 1; do
    printf 'lines=%s anywhere=%s ' "$lines" "$anywhere"
    LINES=$lines ANYWHERE=$anywhere wrk -t2 -c32 -d"$DURATION" --latency -s "$HERE/orders.lua" "$URL" | grep RESULT
  done
done
