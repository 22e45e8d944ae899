#!/usr/bin/env bash
# Makes sure a Chromium is available for the Playwright end-to-end tests.
#
# The tests use Debian's /usr/bin/chromium when it exists (see
# playwright.config.ts). Playwright's own browser download is never used: it
# fetches from a CDN that this project's machines cannot reach.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [[ -x "$CHROMIUM" ]]; then
  echo "ensure-browser: using $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
  exit 0
fi

if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-browser: $CHROMIUM not found; installing Debian's chromium package"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends chromium fonts-liberation </dev/null
  if [[ ! -x "$CHROMIUM" ]]; then
    echo "ensure-browser: apt-get finished but $CHROMIUM is still missing" >&2
    exit 1
  fi
  echo "ensure-browser: installed $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
  exit 0
fi

cat >&2 <<MSG
ensure-browser: $CHROMIUM not found and it cannot be installed automatically
(needs root and apt-get). Either:
  - install Chromium from your distribution, e.g. 'sudo apt-get install chromium'; or
  - if your machine can reach Playwright's CDN, run 'npx playwright install chromium'
    yourself: playwright.config.ts falls back to Playwright's bundled browser
    when $CHROMIUM does not exist.
MSG
exit 0
