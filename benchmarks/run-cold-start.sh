#!/usr/bin/env bash
# 5. Cold start: `peel validate` on the bundled dataset against the same JVM running an empty main
# from the same jar. Median of 15 runs each. Run from the repository root after `mvn package`.
set -euo pipefail
cd "$(dirname "$0")/.."
out=benchmarks/target/results
mkdir -p "$out"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_ms() {
  for _ in $(seq 15); do
    s=$(date +%s%N); "$@" > /dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 ))
  done | median
}
floor=$(time_ms java -cp examples/target/peel.jar org.peelkit.examples.EmptyMain)
validate=$(time_ms java -jar examples/target/peel.jar validate)
echo "cold start: empty main ${floor} ms, peel validate ${validate} ms, ratio $(awk "BEGIN{printf \"%.2f\", $validate/$floor}")" \
  | tee "$out/cold-start.txt"
