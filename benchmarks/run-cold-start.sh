#!/usr/bin/env bash
# 5. Cold start, measured side by side in one run (median of 15 runs each, interleaved so that
# machine noise falls on every command alike). The floor is the same JVM running an empty main from
# the same jar. The breakdown adds one layer at a time:
#   JVM (empty main) -> picocli (peel --version) -> the model (peel catalogue)
#   -> Jackson (peel convert, reads and writes JSON) -> the rules (peel validate: clean data never
#   starts Hibernate Validator) -> Hibernate Validator (peel validate of a document with a malformed id).
# Each is run through the launcher (examples/target/peel: class-data sharing and short-lived flags)
# and as plain `java -jar`. Run from the repository root after `mvn package`.
set -euo pipefail
cd "$(dirname "$0")/.."
out=benchmarks/target/results
mkdir -p "$out"
runs=${RUNS:-15}
jar=examples/target/peel.jar
launcher=examples/target/peel
data=examples/src/main/resources/org/peelkit/examples/metropolitan.json
flags="-XX:SharedArchiveFile=examples/target/peel.jsa -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData"
names=(
  "empty main, java -cp"
  "empty main, launcher flags"
  "peel --version, java -jar"
  "peel --version, launcher"
  "peel catalogue, java -jar"
  "peel catalogue, launcher"
  "peel convert --to json, java -jar"
  "peel convert --to json, launcher"
  "peel validate, java -jar"
  "peel validate, launcher"
  "validate malformed id, java -jar"
  "validate malformed id, launcher"
)
commands=(
  "java -cp $jar org.peelkit.examples.EmptyMain"
  "java $flags -cp $jar org.peelkit.examples.EmptyMain"
  "java -jar $jar --version"
  "$launcher --version"
  "java -jar $jar catalogue"
  "$launcher catalogue"
  "java -jar $jar convert $data --to json"
  "$launcher convert $data --to json"
  "java -jar $jar validate"
  "$launcher validate"
  "java -jar $jar validate MALFORMED"
  "$launcher validate MALFORMED"
)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
malformed="$tmp/malformed.json"
echo '{"peel": "1", "force": "Metropolitan Police", "cycle": "2016", "judgments": []}' > "$malformed"
commands=("${commands[@]/MALFORMED/$malformed}")
for _ in $(seq "$runs"); do
  for i in "${!commands[@]}"; do
    s=$(date +%s%N); ${commands[$i]} > /dev/null 2>&1 || true; e=$(date +%s%N)
    echo $(( (e - s) / 1000000 )) >> "$tmp/$i"
  done
done
median() { sort -n "$1" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
floor=$(median "$tmp/0")
{
  echo "cold start, median of $runs runs, ms (ratio to the empty main with java -cp, ${floor} ms); $(uptime)"
  for i in "${!commands[@]}"; do
    m=$(median "$tmp/$i")
    printf '%-36s %6d ms  %5.2f x\n' "${names[$i]}" "$m" "$(awk "BEGIN{print $m/$floor}")"
  done
} | tee "$out/cold-start.txt"
