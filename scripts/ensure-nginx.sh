#!/usr/bin/env bash
# Makes sure Debian's nginx is installed for the end-to-end test of
# deploy/nginx.conf (e2e/nginx.spec.ts). The test starts its own nginx, with
# its own configuration, on a port of its own; this only installs the binary.
set -euo pipefail

NGINX=/usr/sbin/nginx

if [[ -x "$NGINX" ]]; then
  echo "ensure-nginx: using $("$NGINX" -v 2>&1)"
  exit 0
fi

if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-nginx: $NGINX not found; installing Debian's nginx package"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  # policy-rc.d stops the package starting its own service on port 80 during the install.
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  apt-get install -y -q --no-install-recommends nginx </dev/null
  [[ -x "$NGINX" ]] || { echo "ensure-nginx: apt-get finished but $NGINX is still missing" >&2; exit 1; }
  echo "ensure-nginx: installed $("$NGINX" -v 2>&1)"
  exit 0
fi

echo "ensure-nginx: $NGINX not found and it cannot be installed automatically (needs root and apt-get): 'sudo apt-get install nginx'. e2e/nginx.spec.ts fails without it." >&2
exit 1
