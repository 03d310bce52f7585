#!/usr/bin/env bash
# `bitext align --jsonl-stream` over 1,107 documents (the 123 WMT19/NTREX news documents of
# ../shared/corpus/ntrex, each 9 times with distinct ids): one process, then GNU parallel --pipe
# with one process per core. Prints documents/s, lines/s and checks the outputs agree.
# Usage: bash bench/stream_parallel.sh [build/tools/bitext] [../shared]
set -euo pipefail
bitext="${1:-build/tools/bitext}"
shared="${2:-${BITEXT_SHARED:-../shared}}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$shared/corpus/ntrex" > "$work/docs.jsonl" <<'PY'
import json, sys
d = sys.argv[1]
en = open(d + '/newstest2019-src.eng.txt', encoding='utf-8').read().replace('\r', '').split('\n')
zh = open(d + '/newstest2019-ref.zho-CN.txt', encoding='utf-8').read().replace('\r', '').split('\n')
ids = [l.rstrip('\n').split('\t')[0] for l in open(d + '/DOCUMENT_IDS.tsv', encoding='utf-8')]
docs = {}
for i, doc in enumerate(ids[:len(en)]):
    docs.setdefault(doc, []).append(i)
for copy in range(9):
    for doc, lines in docs.items():
        print(json.dumps({'id': '%s#%d' % (doc, copy),
                          'zh': '\n\n'.join(zh[i] for i in lines),
                          'en': '\n\n'.join(en[i] for i in lines)}, ensure_ascii=False))
PY
n=$(wc -l < "$work/docs.jsonl")
lines=$(python3 -c "import json,sys; print(sum(j['zh'].count('\n\n')+j['en'].count('\n\n')+2 for j in map(json.loads, open(sys.argv[1]))))" "$work/docs.jsonl")
echo "documents: $n, segments: $lines, $(( $(wc -c < "$work/docs.jsonl") / 1000 )) kB of JSON"
start=$(date +%s%N)
"$bitext" align --jsonl-stream --threads 1 < "$work/docs.jsonl" > "$work/one.jsonl"
one=$(( $(date +%s%N) - start ))
cores=$(nproc)
start=$(date +%s%N)
parallel --pipe -N 40 -j "$cores" --keep-order "$bitext" align --jsonl-stream --threads 1 \
  < "$work/docs.jsonl" > "$work/par.jsonl"
par=$(( $(date +%s%N) - start ))
cmp -s "$work/one.jsonl" "$work/par.jsonl" && same=yes || same=NO
awk -v n="$n" -v l="$lines" -v a="$one" -v b="$par" -v c="$cores" -v s="$same" 'BEGIN { a /= 1e9; b /= 1e9
  printf "one process:        %6.1f s  %6.1f documents/s  %7.0f segments/s\n", a, n/a, l/a
  printf "parallel -j %d:      %6.1f s  %6.1f documents/s  %7.0f segments/s  (speed-up %.2f)\n", c, b, n/b, l/b, a/b
  printf "outputs identical:  %s\n", s }'
