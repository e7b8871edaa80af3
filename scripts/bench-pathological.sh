#!/usr/bin/env bash
# Pathological inputs at full size, through the release binary: a 10 MB single-paragraph page,
# 100,000 straight quote marks, 50,000 pairs of curly quotes, a line of 100,000 capitalised words,
# 100,000 short lines. Prints wall time, CPU time and peak RSS of importing each. (The test suite
# checks the same shapes at sizes a debug build runs in seconds: tests/pathological.rs.)
#
#   scripts/bench-pathological.sh
#
# Needs python3 (to write the inputs) and GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
factdb="$PWD/target/release/factdb"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

python3 - "$tmp" <<'PY'
import sys, os
d = sys.argv[1]
s = ["Officials in Brindle Bay said on Tuesday that 1,200 homes would be built by 2030. ",
     "\u201cWe will not rush this,\u201d said Omar Feld, the council leader. ",
     "According to the Harbour Trust, the plan would cost \u00a34.5m and take three years. ",
     "Mr Feld told reporters the \"final\" vote was weeks away, and Ms Quill disagreed. "]
out, n, i = [], 0, 0
while n < 10_000_000:
    out.append(s[i % 4]); n += len(s[i % 4].encode()); i += 1
def w(name, text):
    open(os.path.join(d, name), "w", encoding="utf-8").write(text)
w("paragraph-10mb.txt", "A huge page\n\n" + "".join(out) + "\n")
w("quotes-100k.txt", "Quote marks\n\n" + "\"" * 100_000 + "\n")
w("curly-100k.txt", "Curly quote marks\n\n" + "\u201c\u201d" * 50_000 + "\n")
names = ["Alpha", "Brindle", "Council", "Delta", "Echo", "Feld", "Harbour", "Trust"]
w("capitals-100k.txt", "Capitals\n\n" + " ".join(names[i % 8] for i in range(100_000)) + "\n")
w("lines-100k.txt", "Lines\n\n" + "".join(f"Link {i}\n" for i in range(100_000)))
PY

for f in paragraph-10mb quotes-100k curly-100k capitals-100k lines-100k; do
    rm -f "$tmp"/p.db*
    /usr/bin/time -f "$f: %e s wall, %U+%S s CPU, peak RSS %M KB" \
        "$factdb" --db "$tmp/p.db" import --quiet --max-bytes 20000000 "$tmp/$f.txt" >/dev/null
done
echo "machine: $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
