#!/usr/bin/env bash
# Lighthouse's back/forward-cache audit on every main page (`npm run check:bfcache`).
#
# Needs a build (npx next build). Starts the production server on
# LIGHTHOUSE_PORT (default 3520) over a fresh copy of the e2e database, runs
# Lighthouse (from npm, mobile, Debian's Chromium) on each page with only the
# bf-cache audit, prints one line per page, and exits 1 if any page fails.
set -euo pipefail
cd "$(dirname "$0")/.."

port="${LIGHTHOUSE_PORT:-3520}"
export DATABASE_URL="${DATABASE_URL:-data/lighthouse.db}" NEXT_TELEMETRY_DISABLED=1
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
out="$(mktemp -d)"

bash scripts/prepare-e2e-db.sh
node scripts/server.mjs -p "$port" -H 127.0.0.1 >"$out/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; rm -rf "$out"' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/api/health" >/dev/null && break
  sleep 0.5
done

failed=0
for page in / /authorities/barnet "/compare?a=barnet&b=dudley" "/recommendations?deadline=3" "/search?q=CAMHS" /themes "/themes/consent?authority=dudley" /import /about; do
  npx --yes lighthouse@13.5.0 "http://127.0.0.1:$port$page" --only-audits=bf-cache --output=json --output-path="$out/report.json" \
    --quiet --chrome-flags="--headless=new --no-sandbox --disable-gpu" >/dev/null 2>"$out/lighthouse.log" || { cat "$out/lighthouse.log" >&2; exit 1; }
  node -e '
    const audit = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).audits["bf-cache"];
    const reasons = (audit.details?.items ?? []).map((i) => i.reason).join("; ");
    console.log(`${audit.score === 1 ? "PASS" : "FAIL"} ${process.argv[2]}${reasons ? ` (${reasons})` : ""}`);
    process.exit(audit.score === 1 ? 0 : 1);
  ' "$out/report.json" "$page" || failed=1
done
exit "$failed"
