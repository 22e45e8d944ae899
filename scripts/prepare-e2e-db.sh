#!/usr/bin/env bash
# Builds a fresh database for the end-to-end tests: removes the old file,
# applies the migrations and loads the seed reports.
#
# Run by Playwright's webServer command (playwright.config.ts) just before
# the server starts, because Playwright starts the web server before globalSetup.
# The file is DATABASE_URL, data/e2e.db unless set.
set -euo pipefail
cd "$(dirname "$0")/.."

export DATABASE_URL="${DATABASE_URL:-data/e2e.db}"
db_file="${DATABASE_URL#file:}"
db_file="${db_file#//}"

echo "prepare-e2e-db: building $db_file" >&2
mkdir -p "$(dirname "$db_file")"
rm -f "$db_file" "$db_file-journal" "$db_file-wal" "$db_file-shm"
# Prisma and the seed print progress on stdout; Playwright shows only the
# web server's stderr, so send everything there.
npx prisma migrate deploy 1>&2
npx tsx seed/seed.ts 1>&2
npx tsx scripts/seed-e2e-people.ts 1>&2
echo "prepare-e2e-db: done" >&2
