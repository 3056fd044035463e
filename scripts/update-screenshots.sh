#!/bin/sh
# Take the web UI's screenshots with the browser tests and copy them to docs/screenshots/,
# where the README shows them:  sh scripts/update-screenshots.sh
set -eu
cd "$(dirname "$0")/.."
out="build/test-output/screenshots"
rm -rf "$out"
FACTLINE_SCREENSHOTS="$out" .venv/bin/python -m pytest -q tests/test_web_browser.py
mkdir -p docs/screenshots
cp "$out"/*.png docs/screenshots/
ls -l docs/screenshots/
