#!/usr/bin/env bash
# Reproduces every figure in the README's "Performance" section. Run from the repository root.
# Takes about 25 minutes on 2 cores (10 of them for issue 9's before/after, which builds commit
# 914b57d in a temporary worktree; BEFORE_AFTER=0 leaves it out). Needs only Java 17+ and Maven; data is generated, never committed.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q package -DskipTests
mkdir -p benchmarks/target/results

echo "== 1-3, 6: JMH (read, validation, JSON Schema, one small document), allocation per operation; $(uptime)"
java -jar benchmarks/target/benchmarks.jar -prof gc -rf json -rff benchmarks/target/results/jmh.json "$@" \
  | tee benchmarks/target/results/jmh.txt
java -cp benchmarks/target/benchmarks.jar org.peelkit.benchmarks.DocumentSize 10000

bash benchmarks/run-jsonl.sh
bash benchmarks/run-findings.sh
bash benchmarks/run-cold-start.sh
if [ "${BEFORE_AFTER:-1}" = 1 ]; then bash benchmarks/run-before-after.sh; fi
