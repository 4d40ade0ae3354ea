#!/usr/bin/env bash
# 4. `peel validate` over JSON Lines with -Xmx64m: throughput, and peak memory at 100,000 and
# 1,000,000 lines (flat memory means the two peaks are close). `peel validate` splits the lines on
# one thread and reads and validates them on every core (bounded batches, findings printed in input
# order). Prints the cores and the machine's load, since the machine may be shared. Run from the
# repository root after `mvn package`.
set -euo pipefail
cd "$(dirname "$0")/.."
out=benchmarks/target/results
mkdir -p "$out"
echo "cores: $(nproc); load before: $(uptime)" | tee -a "$out/jsonl.txt"
for lines in 100000 1000000; do
  file=benchmarks/target/bench-$lines.jsonl
  [ -f "$file" ] || java -cp benchmarks/target/benchmarks.jar org.peelkit.benchmarks.GenerateJsonLines "$file" "$lines"
  bytes=$(stat -c %s "$file")
  start=$(date +%s%N)
  /usr/bin/time -f "%M %U %S" -o "$out/rss-$lines.txt" java -Xmx64m -jar examples/target/peel.jar validate "$file" > "$out/validate-$lines.txt"
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  read -r rss user sys < <(tail -1 "$out/rss-$lines.txt")
  echo "jsonl lines=$lines bytes=$bytes ms=$ms MB/s=$(awk "BEGIN{printf \"%.1f\", $bytes/1e6/($ms/1000)}") cpu_s=$(awk "BEGIN{print $user+$sys}") peakRSS_kB=$rss $(tail -1 "$out/validate-$lines.txt")" \
    | tee -a "$out/jsonl.txt"
done
# the same 1,000,000 lines with the JVM told it has one core (one worker thread), side by side
file=benchmarks/target/bench-1000000.jsonl
bytes=$(stat -c %s "$file")
start=$(date +%s%N)
/usr/bin/time -f "%M %U %S" -o "$out/rss-one-core.txt" java -XX:ActiveProcessorCount=1 -Xmx64m -jar examples/target/peel.jar validate "$file" > "$out/validate-one-core.txt"
end=$(date +%s%N)
ms=$(( (end - start) / 1000000 ))
read -r rss user sys < <(tail -1 "$out/rss-one-core.txt")
echo "jsonl one core lines=1000000 bytes=$bytes ms=$ms MB/s=$(awk "BEGIN{printf \"%.1f\", $bytes/1e6/($ms/1000)}") cpu_s=$(awk "BEGIN{print $user+$sys}") peakRSS_kB=$rss" \
  | tee -a "$out/jsonl.txt"
echo "load after: $(uptime)" | tee -a "$out/jsonl.txt"
