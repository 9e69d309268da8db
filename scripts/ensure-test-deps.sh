#!/usr/bin/env bash
# Before `npm test`: make sure the dependencies and a Chromium for Playwright are there.
# Playwright cannot download its own browsers on these machines; Debian's package is used.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ]; then
  echo "Installing dependencies (npm ci)…"
  npm ci --no-audit --no-fund
fi

if [ -n "${CHROMIUM_PATH:-}" ] || [ -x /usr/lib/chromium/chromium ] || [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Chromium for the browser tests (apt-get install chromium)…"
  DEBIAN_FRONTEND=noninteractive apt-get update </dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y chromium </dev/null
  exit 0
fi
echo "error: Chromium not found. Install it (Debian/Ubuntu: sudo apt-get install chromium)" >&2
echo "       or set CHROMIUM_PATH to a Chromium or Chrome binary." >&2
exit 1
