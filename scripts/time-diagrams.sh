#!/usr/bin/env bash
# Times PlantUML rendering by hand, with `introspect diagram` end to end (docs/performance.md has the numbers from
# `dotnet run -c Release --project bench/Introspect.Benchmarks -- diagrams`; this is not a test):
#  1. the jar alone: N chain diagrams rendered by one JVM, against one JVM per diagram;
#  2. `introspect diagram` on the sample (chain and timeline, light and dark): no cache, a cold cache, a warm cache.
# Usage: scripts/time-diagrams.sh [N]   (after scripts/install-tools.sh and a build of src/Introspect.Cli)
set -euo pipefail
cd "$(dirname "$0")/.."

count="${1:-10}"
jar="$(ls tools/plantuml/plantuml-*.jar | sort | tail -1)"
cli="src/Introspect.Cli/bin/Debug/net10.0/introspect.dll"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

now() { date +%s.%N; }
elapsed() { echo "$2 - $1" | bc | awk '{ printf "%.2f s", $1 }'; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -1)"
echo "jar: $jar"

# N different diagrams: the sample chain with a distinct comment line each, so nothing is shared.
for i in $(seq 1 "$count"); do
  sed "2i ' copy $i" tests/Introspect.EndToEnd.Tests/Sample/Snapshots/sample-chain.verified.puml > "$work/chain$i.puml"
done

start="$(now)"
java -Djava.awt.headless=true -jar "$jar" -tsvg -nometadata -charset UTF-8 "$work"/chain*.puml
echo "$count diagrams, one JVM: $(elapsed "$start" "$(now)")"

rm -f "$work"/*.svg
start="$(now)"
for file in "$work"/chain*.puml; do
  java -Djava.awt.headless=true -jar "$jar" -tsvg -nometadata -charset UTF-8 "$file"
done
echo "$count diagrams, one JVM each: $(elapsed "$start" "$(now)")"

export XDG_CACHE_HOME="$work/cache"
run() {
  dotnet "$cli" diagram samples/OpsPlatform/OpsPlatform.sln --date 2026-03-01 --theme both -o "$work/out" -v detailed "$@" 2>&1 \
    | grep -E '^(Loaded|Wrote)'
}
echo "introspect diagram on the sample, --no-cache:"; run --no-cache
echo "introspect diagram on the sample, cold cache:"; run
echo "introspect diagram on the sample, warm cache:"; run
