#!/usr/bin/env bash
# Issue 10 item 8: `peel validate` of 200,000 bad JSON Lines (two findings each: an unknown field and
# an unknown grade) under -Xmx64m, beside the same run on 200,000 valid lines of the same shape.
# Findings are streamed, so peak memory does not grow with their number: the same bad lines five
# times over (1,000,000 lines, 2,000,000 findings) give the growth ratio. bad/valid adds, once, what
# only bad data loads (Hibernate Validator's classes, compiled code of the error paths) and the
# heap the JVM grows into up to -Xmx64m. In text and JSON output.
# Prints the machine's load too (the figures are only comparable on a quiet machine). Run from the
# repository root after `mvn package`.
set -euo pipefail
cd "$(dirname "$0")/.."
out=benchmarks/target/results
mkdir -p "$out"
lines=${LINES:-200000}
valid='{"force":"kent","cycle":"2016","partial":true,"judgments":[{"question":"efficiency","grade":"good"}]}'
bad='{"force":"kent","cycle":"2016","partial":true,"judgments":[{"question":"efficiency","grade":"satisfactory"}],"colour":1}'
awk -v n="$lines" -v l="$valid" 'BEGIN { for (i = 0; i < n; i++) print l }' > benchmarks/target/findings-valid.jsonl
awk -v n="$lines" -v l="$bad" 'BEGIN { for (i = 0; i < n; i++) print l }' > benchmarks/target/findings-bad.jsonl
awk -v n="$((lines * 5))" -v l="$bad" 'BEGIN { for (i = 0; i < n; i++) print l }' > benchmarks/target/findings-fivefold.jsonl
echo "load: $(uptime)" | tee "$out/findings.txt"
for format in text json; do
  for kind in valid bad fivefold; do
    file=benchmarks/target/findings-$kind.jsonl
    status=0
    /usr/bin/time -f "%M" -o "$out/rss-findings-$kind-$format.txt" \
      java -Xmx64m -jar examples/target/peel.jar validate --format "$format" "$file" > "$out/findings-$kind-$format.out" || status=$?
    rss=$(tail -1 "$out/rss-findings-$kind-$format.txt")
    echo "$format $kind lines=$(wc -l < "$file") bytes=$(stat -c %s "$file") exit=$status outputLines=$(wc -l < "$out/findings-$kind-$format.out") outputBytes=$(stat -c %s "$out/findings-$kind-$format.out") peakRSS_kB=$rss"
  done
done | tee -a "$out/findings.txt"
awk '/ valid /{for(i=1;i<=NF;i++) if($i ~ /^peakRSS_kB=/){split($i,a,"="); v[$1]=a[2]}}
     / fivefold /{for(i=1;i<=NF;i++) if($i ~ /^peakRSS_kB=/){split($i,a,"="); t[$1]=a[2]}}
     / bad /{for(i=1;i<=NF;i++) if($i ~ /^peakRSS_kB=/){split($i,a,"="); b[$1]=a[2]}}
     END {for (f in v) printf "%s: peak RSS, bad lines 1,000,000/200,000 = %.3f (target within 10%%); bad/valid = %.3f\n", f, t[f]/b[f], b[f]/v[f]}' "$out/findings.txt" \
  | tee -a "$out/findings.txt"
