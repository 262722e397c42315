#!/usr/bin/env bash
#
# Starts a sirius node from this checkout:
#   1. builds the distribution (mvn install, tests skipped) if it is missing or older than the sources,
#   2. unpacks it into node-home/ the first time (later builds replace bin/, lib/ and system/ and keep
#      etc/ and the chain data in data/),
#   3. runs Karaf in the foreground: an interactive console on a terminal, a plain server otherwise.
#
# Stop it with Ctrl-D or `system:shutdown -f` in the console, or `node-home/bin/stop` from another terminal.
set -euo pipefail
cd "$(dirname "$0")"
top=$(pwd)

java_major() {
    "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}
java_cmd=${JAVA_HOME:+$JAVA_HOME/bin/}java
major=$(java_major "$java_cmd" || true)
if [[ -z "$major" || "$major" -lt 17 || "$major" -ge 25 ]]; then
    for candidate in /usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
        if [[ -x "$candidate/bin/java" ]]; then
            export JAVA_HOME=$candidate
            major=$(java_major "$candidate/bin/java")
            break
        fi
    done
fi
if [[ -z "$major" || "$major" -lt 17 || "$major" -ge 25 ]]; then
    echo "run-node: Karaf 4.4 needs Java 17 or 21 (found: ${major:-none}); set JAVA_HOME to such a JDK" >&2
    exit 1
fi

version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
archive="$top/distribution/target/sirius-node-$version.tar.gz"
node="$top/node-home"

newest_source() {
    find "$top" -path "$top/node-home" -prune -o -path '*/target' -prune -o -path '*/.git' -prune -o \
        -type f \( -name '*.java' -o -name 'pom.xml' -o -name '*.xml' -o -name '*.cfg' -o -name '*.bnd' \
        -o -path '*/assembly/*' \) -newer "$archive" -print -quit
}
if [[ ! -f "$archive" || -n "$(newest_source)" ]]; then
    echo "run-node: building the distribution (tests skipped; 'mvn verify' runs them)..." >&2
    mvn -q -B -Dstyle.color=never -DskipTests install
fi

if [[ ! -d "$node" ]]; then
    echo "run-node: unpacking $archive into node-home/" >&2
    staging=$(mktemp -d "$top/.node-home.XXXXXX")
    tar xzf "$archive" -C "$staging"
    mv "$staging/sirius-node-$version" "$node"
    rmdir "$staging"
    touch "$node/.installed"
elif [[ "$archive" -nt "$node/.installed" ]]; then
    echo "run-node: updating node-home/ to the new build (etc/ and data/ are kept)" >&2
    staging=$(mktemp -d "$top/.node-home.XXXXXX")
    tar xzf "$archive" -C "$staging"
    for part in bin lib system; do
        rm -rf "${node:?}/$part"
        mv "$staging/sirius-node-$version/$part" "$node/$part"
    done
    # configuration files the new build adds, without touching the operator's edits
    cp -rn "$staging/sirius-node-$version/etc/." "$node/etc/"
    # the framework's bundle cache holds the old jars
    rm -rf "$node/data/cache" "$node/data/tmp"
    rm -rf "$staging"
    touch "$node/.installed"
fi

cat >&2 <<MSG
run-node: starting the node in $node
  shell from another terminal:  echo 'sirius:plugin list' | node-home/bin/client -u sirius -p "\$(cat node-home/etc/operator.password)" -b
                           or:  node-home/bin/sirius-client 'sirius:plugin list'
  log:                          node-home/data/log/karaf.log
MSG
if [[ -t 0 && -t 1 ]]; then
    exec "$node/bin/karaf"
else
    exec "$node/bin/karaf" server
fi
