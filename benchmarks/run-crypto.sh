#!/usr/bin/env bash
# Builds the crypto benchmarks and runs them with 1 and 2 threads, then prints our SHA3 verify as a
# ratio of BouncyCastle's (SHA-512) verify. The target is a ratio of at least 0.90.
#
#   benchmarks/run-crypto.sh            full run (about 5 minutes per thread count)
#   QUICK=1 benchmarks/run-crypto.sh    shorter iterations, for a first look
#   JMH_ARGS="-p ..." benchmarks/run-crypto.sh   extra JMH options
#
# Throughput depends on the machine and on whatever else runs on it: compare ratios, not absolute numbers.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q -pl benchmarks -am install -DskipTests

out=benchmarks/target/jmh
mkdir -p "$out"
cp=benchmarks/target/classes:$(ls benchmarks/target/lib/*.jar | tr '\n' ':')
iterations="-wi 3 -w 2s -i 5 -r 2s"
if [[ "${QUICK:-}" == "1" ]]; then
  iterations="-wi 2 -w 1s -i 3 -r 1s"
fi

for threads in 1 2; do
  java -cp "$cp" org.openjdk.jmh.Main 'io.sirius.benchmarks.CryptoBenchmark' \
    -t "$threads" $iterations -rf csv -rff "$out/crypto-t$threads.csv" ${JMH_ARGS:-}
done

echo
echo "== ops/s, and our SHA3 verify as a ratio of BouncyCastle's verify =="
for threads in 1 2; do
  awk -F, -v t="$threads" '
    NR > 1 {
      gsub(/"/, "", $1); name = $1; sub(/.*\./, "", name); score[name] = $5
      printf "  t=%s  %-24s %12.0f ops/s\n", t, name, $5
    }
    END {
      if (score["bcVerify"] > 0) {
        printf "  t=%s  ratio oursSha3Verify / bcVerify = %.2f (cold key: %.2f)\n", t,
          score["oursSha3Verify"] / score["bcVerify"], 2 * score["oursSha3VerifyColdKey"] / score["bcVerify"]
      }
    }' "$out/crypto-t$threads.csv"
done
