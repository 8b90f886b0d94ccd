#!/usr/bin/env bash
# Regenerates the README's pictures of the docs site: docs/images/site-home.png (the home page) and
# docs/images/site-job.png (one job page).
#
#   scripts/screenshots.sh [job-page]
#
# job-page is a page of the generated site relative to its root (e.g. jobs/nightly-report.html); without it, the first
# page under jobs/ other than jobs/index.html, in name order. Steps:
#  1. builds the OpsPlatform sample's site into a temporary folder:
#       dotnet run --project src/Introspect.Cli -- docs samples/OpsPlatform/OpsPlatform.sln --output <tmp>
#  2. serves it on 127.0.0.1 and photographs both pages in headless Chromium, 1280x900, light theme, with
#     tests/Introspect.Screenshots (the StaticSiteServer and BrowserSession the site tests use). It fails instead of
#     saving a page that logs a console error, throws, or misses an asset.
# Needs Chromium (scripts/install-tools.sh installs Debian's; or set CHROMIUM_PATH) and the PlantUML jar.
set -euo pipefail
cd "$(dirname "$0")/.."

job_page="${1:-}"
site="$(mktemp -d)"
trap 'rm -rf "$site"' EXIT

echo "::: building the sample's site into $site"
dotnet run --project src/Introspect.Cli -- docs samples/OpsPlatform/OpsPlatform.sln --output "$site"

if [[ -z "$job_page" ]]; then
  job_page="$(cd "$site" && find jobs -name '*.html' ! -path jobs/index.html 2>/dev/null | LC_ALL=C sort | head -n 1)"
  if [[ -z "$job_page" ]]; then
    echo "error: no job page found under $site/jobs; pass one, e.g. scripts/screenshots.sh jobs/<id>.html" >&2
    exit 1
  fi
fi
if [[ ! -f "$site/$job_page" ]]; then
  echo "error: the site has no page '$job_page'" >&2
  exit 1
fi

echo "::: photographing index.html and $job_page"
mkdir -p docs/images
dotnet run --project tests/Introspect.Screenshots -- "$site" \
  index.html docs/images/site-home.png \
  "$job_page" docs/images/site-job.png
