#!/bin/sh
# Install headless Chromium and its driver for the browser tests (tests/test_web_browser.py),
# from Debian's packages, when they are missing. Needs root (as on CI) or sudo.
set -eu
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver
