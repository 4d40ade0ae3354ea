#!/usr/bin/env bash
# Reproduces every figure in the README's "Performance" section. Run from the repository root.
# Takes about 10 minutes on 2 cores. Needs only Java 17+ and Maven; data is generated, never committed.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q package -DskipTests
mkdir -p benchmarks/target/results

echo "== 1-3: JMH (read, validation, JSON Schema)"
java -jar benchmarks/target/benchmarks.jar -rf json -rff benchmarks/target/results/jmh.json "$@" \
  | tee benchmarks/target/results/jmh.txt
java -cp benchmarks/target/benchmarks.jar org.peelkit.benchmarks.DocumentSize 10000

bash benchmarks/run-jsonl.sh
bash benchmarks/run-findings.sh
bash benchmarks/run-cold-start.sh
