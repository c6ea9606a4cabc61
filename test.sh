#!/usr/bin/env bash
# Runs every test: unit, contract, persistence on embedded PostgreSQL, HTTP end to end, the
# architecture rules, and the @supabase/storage-js compatibility suite. Sets up what it needs
# (Maven dependencies, the npm packages of compat/) on a fresh machine.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
command -v java >/dev/null || { echo "test.sh: java 17+ is required" >&2; exit 1; }
command -v mvn >/dev/null || { echo "test.sh: maven is required" >&2; exit 1; }
command -v npm >/dev/null || { echo "test.sh: node 20+ and npm are required (compatibility tests)" >&2; exit 1; }
(cd compat && npm ci --no-audit --no-fund --loglevel=error)
mvn -B verify "$@"
