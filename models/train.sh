#!/usr/bin/env bash
# Retrains the default fastText models (models/en.bin, models/zh.bin) from the bundled demo
# corpus: subword skipgram, one thread, fixed seed (deterministic), dim 32, bucket 10000.
# They are used by `bitext terms --fasttext cluster|feature --models models` when the input is
# too small (under 300 pairs) to train vectors of its own. Run from the repository root after
# building:  bash models/train.sh [path/to/bitext]
set -euo pipefail
bitext="${1:-build/tools/bitext}"
"$bitext" terms --quiet --fasttext cluster --save-models models \
  --zh corpus/demo/res-demo.zh.txt --en corpus/demo/res-demo.en.txt -o /dev/null
ls -l models/en.bin models/zh.bin
