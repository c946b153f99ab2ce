#!/usr/bin/env bash
# Installs what the browser tests (tests/web/test_browser.py) need on a fresh Debian machine; run as root.
# Debian's chromium (driven by the `playwright` Python package through its executable path; no browser download)
# and a font so pages render text. Idempotent: does nothing when chromium is already there.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi dejavu; then
  echo "ci_web_deps: chromium and fonts already installed"
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "ci_web_deps: run as root (apt-get install chromium fonts-dejavu-core)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
chromium --version || true
