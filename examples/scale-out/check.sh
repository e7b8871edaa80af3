#!/usr/bin/env bash
# CI check of the scale-out example: the Spark map step (local mode, 2 partitions) + load gives the same
# database as one direct import of the same articles: same counts and the same report rows.
# Usage: check.sh FACTDB_BINARY ARTICLE_DIR...
set -euo pipefail
factdb=$(realpath "$1"); shift
here=$(dirname "$(realpath "$0")")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
inputs=()
for dir in "$@"; do inputs+=("$(realpath "$dir")"); done

python3 "$here/spark_extract.py" --master 'local[2]' --partitions 2 --factdb "$factdb" \
    --out "$work/out" --db "$work/spark.db" "${inputs[@]}"
"$factdb" --db "$work/direct.db" import -q --glob "*.txt" "${inputs[@]}"

status=0
for table in articles outlets entities mentions quotes quote_groups claims claim_groups claim_quantities; do
    spark=$("$factdb" --db "$work/spark.db" sql -f tsv "SELECT count(*) FROM $table" | tail -1)
    direct=$("$factdb" --db "$work/direct.db" sql -f tsv "SELECT count(*) FROM $table" | tail -1)
    if [ "$spark" != "$direct" ]; then
        echo "scale-out: $table: $spark rows through Spark, $direct in a direct import" >&2
        status=1
    fi
done
for report in who-said-what top-speakers quote-spread claims-by-source corroborated-claims entities; do
    if ! diff <("$factdb" --db "$work/spark.db" report "$report" -f csv) \
              <("$factdb" --db "$work/direct.db" report "$report" -f csv) >/dev/null; then
        echo "scale-out: report $report differs from a direct import" >&2
        status=1
    fi
done
[ "$status" = 0 ] && echo "scale-out: Spark extraction + import equals a direct import"
exit "$status"
