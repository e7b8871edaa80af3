#!/usr/bin/env bash
# Measures boilerplate removal on the shared evaluation pages.
#
# Runs `factdb extract --body` on every page of $SHARED/boilerplate/text (or, with KIND=html, the saved
# HTML pages in $SHARED/boilerplate/html) into a temp dir, then the corpus scorer (precision/recall/F1
# of must-keep and must-drop strings) on all pages, on the tuning two thirds (pages sorted by name,
# index % 3 != 2) and on the held-out third (index % 3 == 2), then the same counted in words
# ("tokens" lines: each string weighs its word count). Keeping every line of the text pages
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
# Token-weighted scores (docs/html.md "Token F1"): the same must-keep / must-drop strings, each
# weighing as many words as it has, so a long paragraph lost costs more than a short heading.
# Strings are matched exactly as score.py does. This stands in for a token F1 against reference
# bodies (Zyte's article-extraction benchmark), which ../shared/boilerplate does not have.
for part in all tune held; do
    file="$split/$part.jsonl"
    [ "$part" = all ] && file="$shared/boilerplate/expected.jsonl"
    python3 - "$file" "$out" "$part" <<'PY'
import json, os, re, sys, unicodedata
def norm(t):
    t = unicodedata.normalize('NFC', t or '')
    t = re.sub('[\u00ad\u200b\u200c\u200d\u2060\ufeff]', '', t)
    return re.sub(r'\s+', ' ', t)
def tokens(t):
    # Words; a CJK character counts as one token (such text has no spaces).
    return len(re.findall(r'[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]|[^\W\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+', t))
expected, bodies, part = sys.argv[1:]
tp = fp = fn = 0
for line in open(expected, encoding='utf-8'):
    r = json.loads(line)
    p = os.path.join(bodies, r['id'] + '.txt')
    body = norm(open(p, encoding='utf-8', errors='replace').read()) if os.path.exists(p) else ''
    for s in r['with']:
        if norm(s) in body: tp += tokens(s)
        else: fn += tokens(s)
    for s in r['without']:
        if norm(s) in body: fp += tokens(s)
P = tp / max(1, tp + fp); R = tp / max(1, tp + fn); F = 2 * tp / max(1, 2 * tp + fp + fn)
print(f'{part + " tokens:":13} precision {P:.3f} recall {R:.3f} F1 {F:.3f} (tokens tp={tp} fp={fp} fn={fn})')
PY
done
# Shingle scores (docs/html.md "Token F1"), the nearest ../shared/boilerplate allows to Zyte's
# article-extraction benchmark, which compares 4-token shingles of the extracted body with those of
# a reference body and averages per page. Here each must-keep string's shingles (lower case, words
# and CJK characters as tokens; a string under 4 tokens is one shingle) found in the body count as
# true positives, missed ones as false negatives, and each must-drop string's shingles found as false
# positives: a paragraph half kept earns half its credit. "macro" averages page F1 (as Zyte does),
# "micro" pools the counts. What it cannot measure: text that is neither must-keep nor must-drop
# (most of a page), so it is blind to unlabelled boilerplate kept and unlabelled article text lost.
for part in all tune held; do
    file="$split/$part.jsonl"
    [ "$part" = all ] && file="$shared/boilerplate/expected.jsonl"
    python3 - "$file" "$out" "$part" <<'PY'
import json, os, re, sys, unicodedata
CJK = '\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af'
TOKEN = re.compile(f'[{CJK}]|[^\\W{CJK}]+')
def tokens(t):
    t = unicodedata.normalize('NFC', t or '').lower()
    return TOKEN.findall(re.sub('[\u00ad\u200b\u200c\u200d\u2060\ufeff]', '', t))
def shingles(toks, n=4):
    if len(toks) < n:
        return [tuple(toks)] if toks else []
    return [tuple(toks[i:i + n]) for i in range(len(toks) - n + 1)]
expected, bodies, part = sys.argv[1:]
TP = FP = FN = 0
f1s = []
for line in open(expected, encoding='utf-8'):
    r = json.loads(line)
    p = os.path.join(bodies, r['id'] + '.txt')
    body = tokens(open(p, encoding='utf-8', errors='replace').read()) if os.path.exists(p) else []
    # Every n-gram of the body up to 4 tokens, so a short string's single shingle is found too.
    have = {tuple(body[i:i + n]) for n in range(1, 5) for i in range(len(body) - n + 1)}
    tp = fp = fn = 0
    for s in r['with']:
        for sh in shingles(tokens(s)):
            if sh in have: tp += 1
            else: fn += 1
    for s in r['without']:
        fp += sum(sh in have for sh in shingles(tokens(s)))
    TP += tp; FP += fp; FN += fn
    if tp + fp + fn:
        f1s.append(2 * tp / (2 * tp + fp + fn))
P = TP / max(1, TP + FP); R = TP / max(1, TP + FN); F = 2 * TP / max(1, 2 * TP + FP + FN)
macro = sum(f1s) / max(1, len(f1s))
print(f'{part + " shingles:":15} macro F1 {macro:.3f}; micro precision {P:.3f} recall {R:.3f} F1 {F:.3f} (tp={TP} fp={FP} fn={FN})')
PY
done
# Span recall (docs/html.md "Token F1"): a reference body the labels allow, for a token-level view
# of what the article loses beyond the labelled strings. On the copied-text page, the lines from the
# first line holding a must-keep string to the last one are article text (less any must-drop string
# among them); the share of that span's 4-token shingles (counted with repeats, as Zyte counts) found
# in the body is the recall. It is a floor for the article's recall: unlabelled furniture inside the
# span (a caption, a "Read more" line) counts as article text, and rendering differences between
# copied text and HTML ("H[2]" against "H2") as losses. Precision against the span means nothing
# (the article goes on before and after it), so none is printed.
for part in all tune held; do
    file="$split/$part.jsonl"
    [ "$part" = all ] && file="$shared/boilerplate/expected.jsonl"
    python3 - "$file" "$out" "$part" "$shared/boilerplate/text" <<'PY'
import json, os, re, sys, unicodedata
from collections import Counter
CJK = '\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af'
TOKEN = re.compile(f'[{CJK}]|[^\\W{CJK}]+')
def norm(t):
    t = unicodedata.normalize('NFC', t or '')
    return re.sub(r'\s+', ' ', re.sub('[\u00ad\u200b\u200c\u200d\u2060\ufeff]', '', t)).strip()
def shingles(t, n=4):
    toks = TOKEN.findall(t.lower())
    if len(toks) < n:
        return Counter([tuple(toks)]) if toks else Counter()
    return Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))
expected, bodies, part, pages = sys.argv[1:]
TP = FN = 0
recalls = []
for line in open(expected, encoding='utf-8'):
    r = json.loads(line)
    page = os.path.join(pages, r['id'] + '.txt')
    if not os.path.exists(page):
        continue
    lines = [norm(l) for l in open(page, encoding='utf-8', errors='replace')]
    keep = [norm(s) for s in r['with'] if norm(s)]
    hits = [i for i, l in enumerate(lines) if any(s in l for s in keep)]
    if not hits:
        continue
    span = '\n'.join(lines[min(hits):max(hits) + 1])
    for s in r['without']:
        if len(norm(s)) > 3:
            span = span.replace(norm(s), '\n')
    ref = Counter()
    for piece in span.split('\n'):
        ref += shingles(piece)
    p = os.path.join(bodies, r['id'] + '.txt')
    body = Counter()
    if os.path.exists(p):
        for para in open(p, encoding='utf-8', errors='replace').read().split('\n'):
            body += shingles(norm(para))
    tp = sum((ref & body).values())
    TP += tp; FN += sum(ref.values()) - tp
    recalls.append(tp / max(1, sum(ref.values())))
print(f'{part + " span:":15} recall macro {sum(recalls) / max(1, len(recalls)):.3f}; micro {TP / max(1, TP + FN):.3f} (tp={TP} fn={FN}, {len(recalls)} pages)')
PY
done
rm -rf "$split"
[ -n "${KEEP:-}" ] || rm -rf "$out"
