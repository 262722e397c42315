#!/usr/bin/env bash
# Builds the state store benchmarks and runs them: a 30,000-entry block committed into a store of 1,000,000
# accounts (roots and journal fsync included), the root update alone, and random reads.
#
#   benchmarks/run-state.sh                    full run
#   QUICK=1 benchmarks/run-state.sh            fewer, shorter iterations
#   JMH_ARGS="-p entries=100000" benchmarks/run-state.sh   other sizes
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q -pl benchmarks -am install -DskipTests

out=benchmarks/target/jmh
mkdir -p "$out"
cp=benchmarks/target/classes:$(ls benchmarks/target/lib/*.jar | tr '\n' ':')
iterations="-wi 3 -i 10"
if [[ "${QUICK:-}" == "1" ]]; then
  iterations="-wi 2 -i 4 -r 2s -w 2s"
fi
java -cp "$cp" org.openjdk.jmh.Main -jvmArgsAppend -Dorg.slf4j.simpleLogger.defaultLogLevel=warn 'io.sirius.benchmarks.state.StateStoreBenchmark' -t 1 $iterations \
  -rf csv -rff "$out/state.csv" ${JMH_ARGS:-}
