#!/usr/bin/env bash
# Makes sure a Chromium is available for the Playwright end-to-end tests.
#
# The tests use Debian's /usr/bin/chromium-headless-shell (Chromium's old
# headless mode, which Playwright itself runs headless tests in: lighter than
# the full browser), else /usr/bin/chromium (see playwright.config.ts). The
# full browser is installed too: Lighthouse and the screenshot and PDF scripts
# use it. Playwright's own browser download is never used: it fetches from a
# CDN that this project's machines cannot reach.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
HEADLESS_SHELL=/usr/bin/chromium-headless-shell

if [[ -x "$CHROMIUM" && -x "$HEADLESS_SHELL" ]]; then
  echo "ensure-browser: using $("$HEADLESS_SHELL" --version 2>/dev/null || echo "$HEADLESS_SHELL")"
  exit 0
fi

if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-browser: installing Debian's chromium and chromium-headless-shell packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends chromium chromium-headless-shell fonts-liberation </dev/null
  if [[ ! -x "$HEADLESS_SHELL" ]]; then
    echo "ensure-browser: apt-get finished but $HEADLESS_SHELL is still missing" >&2
    exit 1
  fi
  echo "ensure-browser: installed $("$HEADLESS_SHELL" --version 2>/dev/null || echo "$HEADLESS_SHELL")"
  exit 0
fi

if [[ -x "$CHROMIUM" ]]; then
  echo "ensure-browser: $HEADLESS_SHELL not found and it cannot be installed here; using $CHROMIUM (slower)"
  exit 0
fi

cat >&2 <<MSG
ensure-browser: neither $HEADLESS_SHELL nor $CHROMIUM was found, and they cannot
be installed automatically (needs root and apt-get). Either:
  - install them from your distribution, e.g.
    'sudo apt-get install chromium chromium-headless-shell'; or
  - if your machine can reach Playwright's CDN, run 'npx playwright install chromium'
    yourself: playwright.config.ts falls back to Playwright's bundled browser
    when neither exists.
MSG
exit 0
