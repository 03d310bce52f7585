#!/usr/bin/env bash
# `bitext terms` on 1,001,900 aligned pairs: the bible-pentateuch gold pairs repeated 172 times.
# Wall time and peak memory (/usr/bin/time). Usage: bash bench/terms_scale.sh [bitext] [shared]
set -euo pipefail
bitext="${1:-build/tools/bitext}"
shared="${2:-${BITEXT_SHARED:-../shared}}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$shared/eval/sets/bible-pentateuch" > "$work/pairs.tsv" <<'PY'
import sys
d = sys.argv[1]
zh = open(d + '/zh.txt', encoding='utf-8').read().split('\n')
en = open(d + '/en.txt', encoding='utf-8').read().split('\n')
for line in open(d + '/gold.beads'):
    a, b = line.strip().split(':')[:2]
    a = [int(x) for x in a.strip('[]').split(',') if x]
    b = [int(x) for x in b.strip('[]').split(',') if x]
    if a and b:
        print(''.join(zh[i] for i in a) + '\t' + ' '.join(en[j] for j in b))
PY
for _ in $(seq 172); do cat "$work/pairs.tsv"; done > "$work/million.tsv"
echo "pairs: $(wc -l < "$work/million.tsv"), $(( $(wc -c < "$work/million.tsv") / 1000000 )) MB"
/usr/bin/time -f "wall %e s, peak %M KB" "$bitext" terms -q "$work/million.tsv" -o "$work/terms.tsv"
echo "term pairs: $(( $(wc -l < "$work/terms.tsv") - 1 ))"
