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
# A machine image can arrive with an interrupted dpkg run ("dpkg was interrupted, you must manually run
# 'dpkg --configure -a'"); finishing it first is harmless when nothing is pending.
dpkg --configure -a >/dev/null 2>&1 || true
install_browser() {
  apt-get update -qq && apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
}
# One retry covers a transient mirror or lock failure. If the browser still cannot be installed, the rest of the
# suite must still run: the browser tests then skip with their reason instead of the whole test command failing.
if ! install_browser && ! { sleep 5; dpkg --configure -a >/dev/null 2>&1; install_browser; }; then
  echo "ci_web_deps: could not install chromium with apt-get; the browser tests will be skipped" >&2
  exit 0
fi
chromium --version || true
