#!/usr/bin/env bash
# The benchmark suite of issue 8. Every figure is reported beside the signature-verify ceiling measured in the same
# run (transfers verified per second on 2 threads), as a ratio to it: absolute numbers depend on the machine and on
# whatever else runs on it, ratios much less.
#
#   benchmarks/run.sh            full run (about 15 minutes: verify ceiling, pipeline, state commit, end to end 60 s
#                                and again below saturation and with java.net.http, 1,000,000-account memory check,
#                                verify ceiling again)
#   QUICK=1 benchmarks/run.sh    short run (about 4 minutes, no memory check)
#
# Needs the modules installed (mvn -o install) and the distribution built (mvn -o install -pl distribution); it
# builds only the benchmarks. Settings: RATE (transfers/s the end-to-end run offers, 6000), E2E_SECONDS (60),
# CLIENT (raw: plain HTTP/1.1 sockets, the default, since java.net.http costs the 2-core machine several hundred
# microseconds of CPU per request; jdk: java.net.http, which the full run also measures for 20 s), ACCOUNTS (1000000),
# MEMORY=0 to skip the memory check, ARCHIVE (another distribution tar.gz).
# Figures go to benchmarks/target/run/*.properties; the last line is
#   RESULT verify_ceiling=<tx/s> pipeline_tps=<tx/s> e2e_tps=<tx/s> e2e_p99_ms=<ms> rss_mb=<MB>
set -euo pipefail
cd "$(dirname "$0")/.."

quick=${QUICK:-0}
out=benchmarks/target/run
mkdir -p "$out"
rm -f "$out"/*.properties

java_cmd=${JAVA_HOME:+$JAVA_HOME/bin/}java
mvn -o -q install -pl benchmarks -DskipTests
# a copy of the class path, so that a rebuild during the run does not change (or break) what runs
rm -rf "$out/cp" && mkdir -p "$out/cp" && cp -r benchmarks/target/classes benchmarks/target/lib "$out/cp/"
cp=$out/cp/classes:$(ls "$out"/cp/lib/*.jar | tr '\n' ':')
run_java() {
    "$java_cmd" -Xmx3g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$cp" "$@"
}

archive=${ARCHIVE:-$(ls distribution/target/sirius-node-*.tar.gz 2>/dev/null | head -1 || true)}
if [[ -z "$archive" || ! -f "$archive" ]]; then
    echo "run.sh: no distribution archive; build it with: mvn -o install -pl distribution" >&2
    exit 1
fi
# a copy, so that a rebuild of the distribution during the run does not change what is measured
cp "$archive" "$out/node.tar.gz"

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== signature-verify ceiling (2 threads)"
run_java -Dthreads=2 -Dseconds="$([[ $quick == 1 ]] && echo 3 || echo 5)" -Dout="$out/ceiling1.properties" \
    io.sirius.benchmarks.VerifyCeiling

echo "== pipeline (in process: pool, blocks, durable commits on the real stores)"
if [[ $quick == 1 ]]; then
    pipeline="-Dtransfers=30000 -Dwarmup=10000 -DblockRepeats=2"
else
    pipeline="-Dtransfers=100000 -Dwarmup=20000 -DblockRepeats=4"
fi
run_java -Xmx4g $pipeline -Dout="$out/pipeline.properties" io.sirius.benchmarks.pipeline.PipelineBenchmark

echo "== state store: its share of a 10,000-transfer block"
run_java -Dfill="$([[ $quick == 1 ]] && echo 3 || echo 10)" -Dblocks="$([[ $quick == 1 ]] && echo 3 || echo 8)" \
    -Dout="$out/state.properties" io.sirius.benchmarks.state.BlockCommitBenchmark

echo "== end to end: the shipped node, transfers announced over REST, confirmations on the websocket"
run_java -Darchive="$out/node.tar.gz" -Dwork="$out/e2e" -Drate="${RATE:-6000}" -Dclient="${CLIENT:-raw}" \
    -Dwarmup="$([[ $quick == 1 ]] && echo 5 || echo 10)" -Dseconds="${E2E_SECONDS:-$([[ $quick == 1 ]] && echo 15 || echo 60)}" \
    -Dout="$out/e2e.properties" io.sirius.benchmarks.e2e.LoadGenerator

if [[ $quick != 1 ]]; then
    sustainable=$(sed -n 's/^e2e_tps=//p' "$out/e2e.properties" | awk '{ printf "%.0f", $1 * 0.8 }')
    echo "== end to end again at ${sustainable} transfers/s (80% of what the node confirmed), 30 s: latency below saturation"
    run_java -Darchive="$out/node.tar.gz" -Dwork="$out/e2e-80" -Drate="$sustainable" -Dclient="${CLIENT:-raw}" -Dwarmup=10 \
        -Dseconds=30 -Dout="$out/e2e-80.properties" io.sirius.benchmarks.e2e.LoadGenerator

    echo "== end to end again, announcing with java.net.http (20 s): what the client costs the shared machine"
    run_java -Darchive="$out/node.tar.gz" -Dwork="$out/e2e-jdk" -Drate="${RATE:-6000}" -Dclient=jdk -Dwarmup=10 \
        -Dseconds=20 -Dout="$out/e2e-jdk.properties" io.sirius.benchmarks.e2e.LoadGenerator
fi

if [[ $quick != 1 && ${MEMORY:-1} == 1 ]]; then
    echo "== memory: the node with ${ACCOUNTS:-1000000} funded accounts"
    run_java -Darchive="$out/node.tar.gz" -Dwork="$out/memory" -Daccounts="${ACCOUNTS:-1000000}" \
        -Dout="$out/memory.properties" io.sirius.benchmarks.e2e.MemoryCheck
fi

echo "== signature-verify ceiling again"
run_java -Dthreads=2 -Dseconds="$([[ $quick == 1 ]] && echo 3 || echo 5)" -Dout="$out/ceiling2.properties" \
    io.sirius.benchmarks.VerifyCeiling

# ---- summary ----
value() { # file key
    sed -n "s/^$2=//p" "$out/$1.properties" 2>/dev/null | head -1
}
c1=$(value ceiling1 verify_ceiling)
c2=$(value ceiling2 verify_ceiling)
ceiling=$(awk -v a="$c1" -v b="$c2" 'BEGIN { print (a > b ? a : b) }')
ratio() {
    awk -v v="$1" -v c="$ceiling" 'BEGIN { if (v == "" || c == 0) print "-"; else printf "%.2f", v / c }'
}
row() { # label value unit [ratio]
    printf "  %-52s %12s %-6s %s\n" "$1" "${2:--}" "$3" "${4:-}"
}
pipeline_tps=$(value pipeline pipeline_tps)
e2e_tps=$(value e2e e2e_tps)
echo
echo "== figures (verify ceiling ${c1} and ${c2} tx/s at the start and the end; ratios to the higher)"
row "verify ceiling, 2 threads" "$ceiling" "tx/s" "1.00"
row "pipeline, confirmed (target >= 0.50 of the ceiling)" "$pipeline_tps" "tx/s" "$(ratio "$pipeline_tps")"
row "  CPU per confirmed transfer, all threads" "$(value pipeline pipeline_cpu_us_per_tx)" "us" \
    "(verify alone: $(awk -v c="$ceiling" 'BEGIN { printf "%.0f", 2e6 / c }') us)"
row "  the pool taking transfers (parse, verify, stateful)" "$(value pipeline block_submit_tps)" "tx/s" \
    "$(ratio "$(value pipeline block_submit_tps)")"
row "10,000-transfer block harvested, durable (< 500)" "$(value pipeline block_commit_ms)" "ms" \
    "($(value pipeline block_commit_cpu_ms) ms CPU)"
row "10,000-transfer block received, durable" "$(value pipeline block_received_ms)" "ms" \
    "($(value pipeline block_received_cpu_ms) ms CPU)"
row "  state store's share (BlockCommitBenchmark)" "$(value state state_commit_ms)" "ms" \
    "($(value state state_commit_cpu_ms) ms CPU)"
row "end to end, confirmed over the window (>= 5,000)" "$e2e_tps" "tx/s" "$(ratio "$e2e_tps")"
row "  offered (announced)" "$(value e2e e2e_offered_tps)" "tx/s" "$(ratio "$(value e2e e2e_offered_tps)")"
row "  announce to confirm p50" "$(value e2e e2e_p50_ms)" "ms"
row "  announce to confirm p99 (< 2 block times)" "$(value e2e e2e_p99_ms)" "ms" \
    "(blocks every $(value e2e e2e_block_interval_ms) ms)"
row "  node CPU / generator CPU" "$(value e2e e2e_node_cores)" "cores" "/ $(value e2e e2e_generator_cores) cores"
row "  node CPU per confirmed transfer" "$(value e2e e2e_node_cpu_us_per_tx)" "us"
row "  node RSS, highest (anonymous / mapped files)" "$(value e2e rss_mb)" "MB" \
    "($(value e2e rss_anon_mb) / $(value e2e rss_file_mb))"
if [[ -f "$out/e2e-80.properties" ]]; then
    row "  at 80% of that: confirmed, p99" "$(value e2e-80 e2e_tps)" "tx/s" \
        "p99 $(value e2e-80 e2e_p99_ms) ms, blocks every $(value e2e-80 e2e_block_interval_ms) ms"
fi
if [[ -f "$out/e2e-jdk.properties" ]]; then
    row "  with java.net.http: confirmed / offered" "$(value e2e-jdk e2e_tps)" "tx/s" \
        "/ $(value e2e-jdk e2e_offered_tps) tx/s; generator $(value e2e-jdk e2e_generator_cores) cores"
fi
row "devnet start (bin/start) to first block (< 10 s)" "$(value e2e start_to_first_block_ms)" "ms"
if [[ -f "$out/memory.properties" ]]; then
    row "1,000,000 accounts: node opens, first block" "$(value memory mem_first_block_ms)" "ms"
    row "  idle: RSS / Java heap after full GC (< 1 GB)" "$(value memory mem_idle_rss_mb)" "MB" \
        "/ $(value memory mem_idle_heap_mb) MB"
    row "  under load: RSS / Java heap after full GC" "$(value memory mem_loaded_rss_mb)" "MB" \
        "/ $(value memory mem_loaded_heap_mb) MB"
fi
num() { # a figure for the RESULT line: 0 if missing, -1 if infinite (a transfer never confirmed)
    local v=${1:-0}
    [[ $v == Infinity ]] && v=-1
    echo "$v"
}
echo
printf "RESULT verify_ceiling=%.0f pipeline_tps=%.0f e2e_tps=%.0f e2e_p99_ms=%.0f rss_mb=%.0f\n" "$(num "$ceiling")" \
    "$(num "$pipeline_tps")" "$(num "$e2e_tps")" "$(num "$(value e2e e2e_p99_ms)")" "$(num "$(value e2e rss_mb)")"
