#!/usr/bin/env bash
# Measures boilerplate removal on the shared evaluation pages.
#
# Runs `factdb extract --body` on every page of $SHARED/boilerplate/text into a temp dir, then the
# corpus scorer (precision/recall/F1 of must-keep and must-drop strings). Keeping every line scores
# F1 0.70 on this corpus; see README "Boilerplate removal".
#
# usage: scripts/score-boilerplate.sh [SHARED_DIR]   (default: ../shared, else /work/shared)
#        FACTDB=path/to/factdb to use a prebuilt binary; KEEP=dir to keep the extracted bodies.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${1:-../shared}"
[ -d "$shared/boilerplate" ] || shared=/work/shared
if [ -z "${FACTDB:-}" ]; then
    cargo build --release --quiet
    FACTDB=target/release/factdb
fi
out="${KEEP:-$(mktemp -d)}"
mkdir -p "$out"
for page in "$shared"/boilerplate/text/*.txt; do
    "$FACTDB" extract --body "$page" > "$out/$(basename "$page")"
done
python3 "$shared/boilerplate/score.py" "$shared/boilerplate/expected.jsonl" "$out"
[ -n "${KEEP:-}" ] || rm -rf "$out"
