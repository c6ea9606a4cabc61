#!/usr/bin/env bash
# Runs every test: unit, contract, persistence on embedded PostgreSQL, HTTP end to end, the
# architecture rules, and the @supabase/storage-js compatibility suite. Sets up what it needs
# (Maven dependencies, the npm packages of compat/) on a fresh machine.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
command -v java >/dev/null || { echo "test.sh: java 17+ is required" >&2; exit 1; }
command -v mvn >/dev/null || { echo "test.sh: maven is required" >&2; exit 1; }
command -v npm >/dev/null || { echo "test.sh: node 20+ and npm are required (compatibility tests)" >&2; exit 1; }
# the webdav driver's tests run a real nginx with its DAV modules (Debian packages), installed here when missing
if ! command -v nginx >/dev/null || [ ! -f /usr/lib/nginx/modules/ngx_http_dav_ext_module.so ]; then
  [ "$(id -u)" = 0 ] || { echo "test.sh: nginx with its DAV modules is missing and installing it needs root:" \
    "apt-get install nginx-light libnginx-mod-http-dav-ext" >&2; exit 1; }
  echo "test.sh: installing nginx-light and libnginx-mod-http-dav-ext (apt-get)" >&2
  apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx-light libnginx-mod-http-dav-ext >/dev/null \
    || { echo "test.sh: apt-get install nginx-light libnginx-mod-http-dav-ext failed" >&2; exit 1; }
  # the package may have started the system service on port 80: stop that one, it is not ours to keep
  if [ -s /run/nginx.pid ]; then nginx -s stop 2>/dev/null || true; fi
fi
(cd compat && npm ci --no-audit --no-fund --loglevel=error)
# the web console's browser tests drive headless Chromium: install Debian's chromium + chromium-driver when missing
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  [ "$(id -u)" = 0 ] || { echo "test.sh: chromium and chromium-driver are missing; as root: apt-get install chromium chromium-driver" >&2; exit 1; }
  echo "test.sh: installing chromium and chromium-driver (apt-get)" >&2
  apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver >/dev/null \
    || { echo "test.sh: apt-get install chromium chromium-driver failed" >&2; exit 1; }
fi
mvn -B verify "$@"
