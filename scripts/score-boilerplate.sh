#!/usr/bin/env bash
# Measures boilerplate removal on the shared evaluation pages.
#
# Runs `factdb extract --body` on every page of $SHARED/boilerplate/text (or, with KIND=html, the saved
# HTML pages in $SHARED/boilerplate/html) into a temp dir, then the corpus scorer (precision/recall/F1
# of must-keep and must-drop strings) on all pages, on the tuning two thirds (pages sorted by name,
# index % 3 != 2) and on the held-out third (index % 3 == 2). Keeping every line of the text pages
# scores F1 0.70; see README "Boilerplate removal" and docs/html.md.
#
# usage: scripts/score-boilerplate.sh [SHARED_DIR]   (default: ../shared, else /work/shared)
#        FACTDB=path/to/factdb to use a prebuilt binary; KEEP=dir to keep the extracted bodies;
#        KIND=html to score the HTML pages.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${1:-../shared}"
[ -d "$shared/boilerplate" ] || shared=/work/shared
kind="${KIND:-text}"
ext=txt
[ "$kind" = html ] && ext=html
if [ -z "${FACTDB:-}" ]; then
    cargo build --release --quiet
    FACTDB=target/release/factdb
fi
out="${KEEP:-$(mktemp -d)}"
mkdir -p "$out"
for page in "$shared"/boilerplate/"$kind"/*."$ext"; do
    "$FACTDB" extract --body "$page" > "$out/$(basename "$page" ".$ext").txt" || true
done
split="$(mktemp -d)"
python3 - "$shared/boilerplate/expected.jsonl" "$shared/boilerplate/$kind" "$split" <<'PY'
import json, os, sys
expected, pages, out = sys.argv[1:]
ids = sorted(os.path.splitext(f)[0] for f in os.listdir(pages))
held = {i for n, i in enumerate(ids) if n % 3 == 2}
with open(f'{out}/tune.jsonl', 'w') as tune, open(f'{out}/held.jsonl', 'w') as held_out:
    for line in open(expected, encoding='utf-8'):
        (held_out if json.loads(line)['id'] in held else tune).write(line)
PY
for part in all tune held; do
    file="$split/$part.jsonl"
    [ "$part" = all ] && file="$shared/boilerplate/expected.jsonl"
    printf '%-5s ' "$part:"
    python3 "$shared/boilerplate/score.py" "$file" "$out"
done
rm -rf "$split"
[ -n "${KEEP:-}" ] || rm -rf "$out"
