#!/usr/bin/env bash
# The Debian packages the tests need beyond Python and npm: Chromium for the browser tests and
# Pango for WeasyPrint's PDF letters. Installs them when missing (as root); otherwise says how.
set -euo pipefail
if [ -x /usr/bin/chromium ] && ldconfig -p | grep -q libpangoft2-1.0; then
    exit 0
fi
PACKAGES="chromium libpango-1.0-0 libpangoft2-1.0-0"
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
    echo "Missing system packages: run  sudo apt-get install -y $PACKAGES" >&2
    exit 1
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $PACKAGES >/dev/null
