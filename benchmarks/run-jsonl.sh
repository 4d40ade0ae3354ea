#!/usr/bin/env bash
# 4. `peel validate` over JSON Lines with -Xmx64m: throughput, and peak memory at 100,000 and
# 1,000,000 lines (flat memory means the two peaks are close). Run from the repository root after
# `mvn package`.
set -euo pipefail
cd "$(dirname "$0")/.."
out=benchmarks/target/results
mkdir -p "$out"
for lines in 100000 1000000; do
  file=benchmarks/target/bench-$lines.jsonl
  [ -f "$file" ] || java -cp benchmarks/target/benchmarks.jar org.peelkit.benchmarks.GenerateJsonLines "$file" "$lines"
  bytes=$(stat -c %s "$file")
  start=$(date +%s%N)
  /usr/bin/time -f "%M" -o "$out/rss-$lines.txt" java -Xmx64m -jar examples/target/peel.jar validate "$file" > "$out/validate-$lines.txt"
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  rss=$(cat "$out/rss-$lines.txt")
  echo "jsonl lines=$lines bytes=$bytes ms=$ms MB/s=$(awk "BEGIN{printf \"%.1f\", $bytes/1e6/($ms/1000)}") peakRSS_kB=$rss $(tail -1 "$out/validate-$lines.txt")" \
    | tee -a "$out/jsonl.txt"
done
