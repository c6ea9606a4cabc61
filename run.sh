#!/usr/bin/env bash
# Quick start: build Stowage (tests skipped) and start it in the foreground on http://127.0.0.1:5000
# with an embedded PostgreSQL and ./data. Settings: STOWAGE_* environment variables (see README).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
mvn -B -q -DskipTests package
exec bootstrap/target/stowage/bin/stowage "$@"
