#!/usr/bin/env bash
# Import speed benchmark: builds the release binary, imports a corpus into a fresh database, and
# prints articles per second and peak memory (RSS, from GNU time).
#
#   scripts/bench-import.sh                 # ../shared/corpora/bbc (2,225 BBC articles)
#   scripts/bench-import.sh PATH [GLOB]     # any folder of articles
#   RUNS=3 scripts/bench-import.sh          # best of 3
#
# Needs /usr/bin/time (GNU time: `apt-get install time`). The database goes to a temporary folder
# that is removed afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

corpus="${1:-../shared/corpora/bbc}"
glob="${2:-*.txt}"
runs="${RUNS:-1}"
if [[ ! -d "$corpus" ]]; then
    echo "bench-import: no corpus at $corpus" >&2
    exit 2
fi
if [[ ! -x /usr/bin/time ]]; then
    echo "bench-import: /usr/bin/time (GNU time) is missing: apt-get install time" >&2
    exit 2
fi

cargo build --release --quiet
factdb="$PWD/target/release/factdb"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

files=$(find -L "$corpus" -type f -name "$glob" | wc -l)
best_secs=""
for run in $(seq 1 "$runs"); do
    rm -f "$tmp"/bench.db*
    /usr/bin/time -v "$factdb" --db "$tmp/bench.db" import --quiet --glob "$glob" "$corpus" \
        >"$tmp/out" 2>"$tmp/time" || true
    summary=$(cat "$tmp/out")
    wall=$(grep "Elapsed (wall clock)" "$tmp/time" | awk '{print $NF}')
    rss_kb=$(grep "Maximum resident set size" "$tmp/time" | awk '{print $NF}')
    # CPU time shows what the import itself costs when the machine is busy with other work.
    cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$tmp/time")
    cpu_pct=$(grep "Percent of CPU" "$tmp/time" | awk '{print $NF}')
    # m:ss.ss or h:mm:ss -> seconds
    secs=$(echo "$wall" | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
    # Every file is read and extracted, including duplicates that are then not stored again.
    articles=$(echo "$summary" | sed -E 's/^Imported ([0-9]+) files.*/\1/')
    stored=$(echo "$summary" | sed -E 's/.* ([0-9]+) articles added.*/\1/')
    echo "run $run: $summary"
    echo "run $run: ${secs}s wall, ${cpu}s CPU (user+sys, $cpu_pct of one core), peak RSS $((rss_kb / 1024)) MiB"
    if [[ -z "$best_secs" ]] || awk -v a="$secs" -v b="$best_secs" 'BEGIN { exit !(a < b) }'; then
        best_secs="$secs"
        best_rss_kb="$rss_kb"
        best_articles="$articles"
        best_cpu="$cpu"
        best_stored="$stored"
    fi
done

rate=$(awk -v n="$best_articles" -v s="$best_secs" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }')
echo "corpus: $corpus ($files files), machine: $(nproc) cores, $(uname -m)"
cpu_rate=$(awk -v n="$best_articles" -v s="$best_cpu" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }')
echo "import: $best_articles articles ($best_stored distinct, stored) in ${best_secs}s = $rate articles/s wall ($cpu_rate per CPU-second), peak RSS $((best_rss_kb / 1024)) MiB"
echo "load average while measuring: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
