#!/usr/bin/env bash
# Sets everything up from a clean clone and runs the app (`npm run up`):
# installs dependencies, creates or migrates the database, loads the seed
# reports, builds, and serves on PORT (default 3000).
#
# The database is DATABASE_URL, data/app.db unless set. Re-running is safe:
# migrations already applied and unchanged reports are skipped.
set -euo pipefail
cd "$(dirname "$0")/.."

export NEXT_TELEMETRY_DISABLED=1
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false

echo "==> Installing dependencies"
# `npm install`, not `npm ci`: the lockfile has no entries for other platforms'
# optional native packages (@next/swc-darwin-*, ...), which the registry this
# project uses does not serve, so `npm ci` rejects it as out of sync. `npm
# install` still installs the locked versions, and is quick when node_modules
# is already up to date.
npm install --no-audit --no-fund

echo "==> Generating the Prisma client"
npx prisma generate

echo "==> Applying database migrations"
npx prisma migrate deploy

echo "==> Loading the seed reports"
npx tsx seed/seed.ts

echo "==> Building the app"
npx next build

port="${PORT:-3000}"
# V8 otherwise lets the heap grow towards a quarter of the machine's memory
# before collecting; 192 MB of heap, and 8 MB for each half of the young
# generation instead of 16, keep the server's RSS under 300 MB under load, with
# CPU per request within the noise of side-by-side runs (docs/performance.md).
export NODE_OPTIONS="${NODE_OPTIONS:---max-old-space-size=192 --max-semi-space-size=8}"
# glibc gives each thread that allocates its own malloc arena and rarely hands
# memory back from them; two arenas keep about 12 MB more off the peak.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
# glibc otherwise raises its mmap threshold after each large block freed, and
# with it the free memory it keeps: fixed at 1 MB, blocks that large (brotli's
# tables, the largest pages) go back to the system when freed, and the free top
# of the heap is trimmed. About 65 MB off the peak while every page is rendered
# (bench/results/2026-12-07-floors.md).
export MALLOC_MMAP_THRESHOLD_="${MALLOC_MMAP_THRESHOLD_:-1048576}"
echo "==> Starting on http://localhost:${port}"
exec node scripts/server.mjs -p "$port"
