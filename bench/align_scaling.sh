#!/usr/bin/env bash
# Timed command-line runs of `bitext align --unit line` on bible-pentateuch and on the Bible
# repeated to about 10k, 50k and 100k Chinese lines: wall time and peak memory (/usr/bin/time).
# Usage: bash bench/align_scaling.sh [build/tools/bitext] [../shared]
set -euo pipefail
bitext="${1:-build/tools/bitext}"
shared="${2:-${BITEXT_SHARED:-../shared}}"
set_dir="$shared/eval/sets/bible-pentateuch"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run() {  # label zh en
  local zh_lines en_lines bytes
  zh_lines=$(wc -l < "$2"); en_lines=$(wc -l < "$3"); bytes=$(( $(wc -c < "$2") + $(wc -c < "$3") ))
  /usr/bin/time -f "%e %M" -o "$work/time" "$bitext" align -q --unit line --format beads "$2" "$3" -o "$work/out.beads"
  read -r seconds kb < "$work/time"
  awk -v l="$1" -v z="$zh_lines" -v e="$en_lines" -v s="$seconds" -v k="$kb" -v b="$bytes" \
    'BEGIN { printf "%-18s %7d x %7d lines  %6.2f s  %7.0f lines/s  %5.2f MB/s  %6.0f MB peak\n", l, z, e, s, (z+e)/s, b/1e6/s, k/1024 }'
}
run "bible-pentateuch" "$set_dir/zh.txt" "$set_dir/en.txt"
for copies in 1 6 13; do
  : > "$work/zh.txt"; : > "$work/en.txt"
  for _ in $(seq "$copies"); do cat "$set_dir/zh.txt" >> "$work/zh.txt"; cat "$set_dir/en.txt" >> "$work/en.txt"; done
  run "bible x$copies" "$work/zh.txt" "$work/en.txt"
done
