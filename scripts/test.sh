#!/usr/bin/env bash
# The project's test command (`npm test`): installs dependencies, generates the
# Prisma client, type-checks, lints and checks the format, runs the unit tests,
# builds the app and runs the Playwright end-to-end tests against the
# production server.
#
# Works from a clean clone without a terminal (CI runs it as root with CI=true).
set -euo pipefail
cd "$(dirname "$0")/.."

export NEXT_TELEMETRY_DISABLED=1
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false

# Each step's time is printed as it starts and summed up at the end, with the
# unit and end-to-end runs' own summaries (which files and tests took longest)
# printed above it by their reporters: together, where a run's minutes went.
started=$SECONDS
step_name=""
step_started=$SECONDS
timings=()
step() {
  if [[ -n $step_name ]]; then timings+=("$(printf '%5ss  %s' $((SECONDS - step_started)) "$step_name")"); fi
  step_name=$*
  step_started=$SECONDS
  echo
  echo "==> [$((SECONDS - started))s] $*"
}

step "Installing dependencies"
# `npm install`, not `npm ci`: the lockfile has no entries for other platforms'
# optional native packages (@next/swc-darwin-*, ...), which the registry this
# project uses does not serve, so `npm ci` rejects it as out of sync. `npm
# install` still installs the locked versions, and is quick when node_modules
# is already up to date.
npm install --no-audit --no-fund

step "Generating the Prisma client"
npx prisma generate

# `next typegen` writes next-env.d.ts and .next/types without a full build, so
# type errors are reported before the slower steps run. The type-check and the
# linters are each one single-threaded process: run side by side, they take the
# time of the longer (about 30 s saved on 2 cores); each one's output is printed
# whole when both are done.
step "Type-checking, linting (ESLint and knip) and checking the format"
npx next typegen
logs=$(mktemp -d)
npm run --silent typecheck >"$logs/typecheck" 2>&1 &
typecheck_pid=$!
npm run --silent lint >"$logs/lint" 2>&1 &
lint_pid=$!
typecheck_status=0 lint_status=0
wait $typecheck_pid || typecheck_status=$?
wait $lint_pid || lint_status=$?
echo "--- type-check (exit $typecheck_status)"; cat "$logs/typecheck"
echo "--- lint (exit $lint_status)"; cat "$logs/lint"
rm -rf "$logs"
if ((typecheck_status || lint_status)); then exit 1; fi

step "Running unit tests"
npx vitest run

step "Checking for a browser"
bash scripts/ensure-browser.sh

# e2e/nginx.spec.ts runs deploy/nginx.conf in front of the app.
step "Checking for nginx"
bash scripts/ensure-nginx.sh

# Type-checked above: the build need not check again (next.config.js).
step "Building the app"
NEXT_BUILD_AFTER_TYPECHECK=1 npx next build

# Playwright's web server command builds the e2e database (data/e2e.db) with
# scripts/prepare-e2e-db.sh, then runs the production server (scripts/server.mjs) on port 3100.
step "Running end-to-end tests"
npx playwright test

# A quick run of the benchmark (npm run bench is the full one) on the build
# just tested, so that it cannot rot. It fails only if something errors, not
# on a missed target: timings on a shared CI machine are not a pass mark.
step "Benchmark smoke test"
npm run --silent bench:smoke

step "All tests passed in $((SECONDS - started))s"
printf '%s\n' "${timings[@]}"
