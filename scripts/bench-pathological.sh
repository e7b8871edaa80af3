#!/usr/bin/env bash
# Pathological inputs at full size, through the release binary: a 10 MB single-paragraph page,
# 100,000 straight quote marks, 50,000 pairs of curly quotes, a line of 100,000 capitalised words,
# 100,000 short lines; then news-like articles of 0.5, 1, 2, 4 and 8 MB (many paragraphs, many people
# sharing surnames) with the ratio of CPU time per doubling (near-linear: at most 2.5). Prints wall
# time, CPU time and peak RSS of importing each. (The test suite checks the same shapes at sizes a
# debug build runs in seconds: tests/pathological.rs.)
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

# News-like articles: invented people (20 first names x 120 surnames, so every surname is shared),
# titles, bare surnames, quotes and organisations, in paragraphs of two to five sentences.
state = [7]
def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2**31
    return state[0] % n
firsts = ["Omar", "Lena", "Tomas", "Ada", "Marcus", "Ines", "Pavel", "Rosa", "Karim", "Nadia",
          "Felix", "Greta", "Hugo", "Iris", "Jonas", "Kira", "Leon", "Mira", "Nils", "Olga"]
surnames = [a + b for a in ["Brin", "Feld", "Quill", "Hask", "Morr", "Tand", "Vell", "Wick", "Yarn",
                            "Zell", "Ambr", "Corv", "Dunm", "Erst", "Galb"]
            for b in ["ley", "ow", "er", "ton", "ick", "ard", "en", "ing"]]
orgs = ["Harbour Trust", "Brindle Bay Council", "Northern Rail Authority", "Selen Water Board"]
towns = ["Brindle Bay", "Selen Crossing", "Port Amsel", "Keswater"]
def sentence():
    f, l, l2 = firsts[rnd(20)], surnames[rnd(120)], surnames[rnd(120)]
    o, t = orgs[rnd(4)], towns[rnd(4)]
    return [f"{f} {l}, a spokesman for the {o}, said on Tuesday that {t} would get 1,200 homes.",
            f"\u201cWe will not rush this,\u201d said Mr. {l}, who met {f} {l} in {t}.",
            f"{l} told reporters the vote was weeks away, and Ms. {l2} disagreed.",
            f"According to the {o}, the plan would cost $4.5 million, {l} said.",
            f"Sen. {f} {l} of {t} and Gov. {firsts[rnd(20)]} {l} spoke at the {o} meeting.",
            f"The {o} said {l} and {l2} had not replied to questions."][rnd(6)]
for mb in ["0.5", "1", "2", "4", "8"]:
    size, parts, n = int(float(mb) * 1_000_000), ["A very long report\n\n"], 0
    while n < size:
        para = " ".join(sentence() for _ in range(2 + rnd(4))) + "\n\n"
        parts.append(para); n += len(para.encode())
    w(f"article-{mb}mb.txt", "".join(parts))
PY

for f in paragraph-10mb quotes-100k curly-100k capitals-100k lines-100k; do
    rm -f "$tmp"/p.db*
    /usr/bin/time -f "$f: %e s wall, %U+%S s CPU, peak RSS %M KB" \
        "$factdb" --db "$tmp/p.db" import --quiet --max-bytes 20000000 "$tmp/$f.txt" >/dev/null \
        || true # a page refused as boilerplate exits 1; its time is still the measure
done
previous=""
for mb in 0.5 1 2 4 8; do
    rm -f "$tmp"/p.db*
    /usr/bin/time -o "$tmp/time" -f "%e %U %S %M" \
        "$factdb" --db "$tmp/p.db" import --quiet --max-bytes 20000000 "$tmp/article-${mb}mb.txt" >/dev/null
    read -r wall user sys rss < "$tmp/time"
    cpu=$(python3 -c "print(round($user + $sys, 2))")
    ratio=""
    if [ -n "$previous" ]; then ratio=" (x$(python3 -c "print(round($cpu / max($previous, 0.01), 2))"))"; fi
    echo "article-${mb}mb: $wall s wall, $cpu s CPU$ratio, peak RSS $rss KB"
    previous=$cpu
done
echo "machine: $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
