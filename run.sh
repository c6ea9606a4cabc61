#!/usr/bin/env bash
# Quick start: build Stowage (tests skipped) when its sources changed, then start it in the foreground
# on http://127.0.0.1:5000 with an embedded PostgreSQL and ./data. Settings: STOWAGE_* environment
# variables (see README). Arguments go to the server: `./run.sh token --user alice` mints a user's JWT.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
stamp=bootstrap/target/stowage/.built
# the package is current when it exists and no pom.xml or source file is newer than its stamp
if [[ ! -x bootstrap/target/stowage/bin/stowage || ! -f $stamp ]] \
    || [[ -n "$(find . -path ./compat -prune -o -path ./bench -prune -o -path '*/target' -prune -o \
        \( -name pom.xml -o -path '*/src/*' \) -type f -newer "$stamp" -print -quit)" ]]; then
  echo "run.sh: building (sources changed since the last package)..." >&2
  started=$(mktemp)   # a source saved during the build is newer than the stamp: built again next time
  mvn -B -q -DskipTests package
  touch -r "$started" "$stamp" && rm -f "$started"
fi
exec bootstrap/target/stowage/bin/stowage "$@"
