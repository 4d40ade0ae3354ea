#!/usr/bin/env bash
# Issue 9's check: the JMH read and validation benchmarks before the restructuring (commit 914b57d)
# and now, side by side in one run on the same machine, with the load printed beside each.
# Builds the old commit in a temporary git worktree. Run from the repository root.
set -euo pipefail
cd "$(dirname "$0")/.."
out=benchmarks/target/results
mkdir -p "$out"
before=${BEFORE_DIR:-$(mktemp -d)/peel-before}
[ -f "$before/benchmarks/target/benchmarks.jar" ] || {
  git worktree add --force "$before" 914b57d >/dev/null
  (cd "$before" && mvn -B -ntp -q package -DskipTests)
}
[ -f benchmarks/target/benchmarks.jar ] || mvn -B -ntp -q package -DskipTests
for round in ${ROUNDS:-1}; do
  for side in before after; do
    jar=benchmarks/target/benchmarks.jar
    [ "$side" = before ] && jar=$before/benchmarks/target/benchmarks.jar
    echo "== $side ($(uptime))"
    java -jar "$jar" 'ReadBenchmark|ValidationBenchmark' -prof gc "$@" \
      | grep -E '^(Benchmark|[A-Za-z]+Benchmark\.[A-Za-z]+(:gc.alloc.rate.norm)? )'
  done
done | tee "$out/before-after.txt"
