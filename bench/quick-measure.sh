#!/usr/bin/env bash
# Measures upload/download throughput of the packaged server (1 MiB and 100 MiB objects, durable
# filesystem volume) and the server's peak heap during a 1 GiB upload and download.
# Usage: bench/quick-measure.sh   (after `mvn -B -DskipTests package`; starts its own server on loopback)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d /tmp/stowage-measure.XXXXXX)"
port="${PORT:-5077}"
base="http://127.0.0.1:$port"
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

STOWAGE_PORT=$port STOWAGE_DATA_DIR="$work/data" STOWAGE_MAX_FILE_SIZE=2GB STOWAGE_JAVA_OPTS="${JAVA_OPTS:--Xmx256m}" \
  "$root/bootstrap/target/stowage/bin/stowage" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do grep -q "service_role key:" "$work/server.log" && break; sleep 0.5; done
key="$(grep "service_role key:" "$work/server.log" | awk '{print $3}')"
[ -n "$key" ] || { cat "$work/server.log"; exit 1; }
java_pid="$(pgrep -P "$server_pid" java || echo "$server_pid")"
auth=(-H "Authorization: Bearer $key")
curl -sf "${auth[@]}" -H 'content-type: application/json' -d '{"id":"measure"}' "$base/storage/v1/bucket" >/dev/null

head -c $((1024 * 1024)) /dev/urandom >"$work/1m"
head -c $((100 * 1024 * 1024)) /dev/urandom >"$work/100m"

rate() { # label bytes count seconds
  awk -v l="$1" -v b="$2" -v n="$3" -v s="$4" 'BEGIN { printf "%-28s %8.1f MiB/s  (%d x %d bytes in %.2fs)\n", l, b*n/1048576/s, n, b, s }'
}
timed() { local t0 t1; t0=$(date +%s.%N); "$@"; t1=$(date +%s.%N); echo "$t1 - $t0" | bc; }

n=200
up1=$(timed bash -c "for i in \$(seq 1 $n); do curl -sf -o /dev/null ${auth[*]@Q} -H 'content-type: application/octet-stream' --data-binary @$work/1m $base/storage/v1/object/measure/1m/\$i; done")
down1=$(timed bash -c "for i in \$(seq 1 $n); do curl -sf -o /dev/null ${auth[*]@Q} $base/storage/v1/object/measure/1m/\$i; done")
up100=$(timed bash -c "for i in 1 2 3; do curl -sf -o /dev/null ${auth[*]@Q} -H 'content-type: application/octet-stream' --data-binary @$work/100m $base/storage/v1/object/measure/100m/\$i; done")
down100=$(timed bash -c "for i in 1 2 3; do curl -sf -o /dev/null ${auth[*]@Q} $base/storage/v1/object/measure/100m/\$i; done")
echo "== throughput (one connection, curl, loopback, fsync on every upload)"
rate "upload 1 MiB" $((1024 * 1024)) $n "$up1"
rate "download 1 MiB" $((1024 * 1024)) $n "$down1"
rate "upload 100 MiB" $((100 * 1024 * 1024)) 3 "$up100"
rate "download 100 MiB" $((100 * 1024 * 1024)) 3 "$down100"

# peak heap: sample the used heap (jstat, KiB) every 100 ms during a 1 GiB upload and download
sample() { while kill -0 "$java_pid" 2>/dev/null; do jstat -gc "$java_pid" 2>/dev/null | awk 'NR==2 {print ($3+$4+$6+$8)/1024}'; sleep 0.1; done; }
sample >"$work/heap.txt" &
sampler=$!
head -c $((1024 * 1024 * 1024)) /dev/zero | curl -sf -o /dev/null "${auth[@]}" -H 'content-type: application/octet-stream' -X POST \
  -T - "$base/storage/v1/object/measure/1g"
size=$(curl -sf -o /dev/null -w '%{size_download}' "${auth[@]}" "$base/storage/v1/object/measure/1g")
[ "$size" = $((1024 * 1024 * 1024)) ] || { echo "1 GiB round trip returned $size bytes" >&2; exit 1; }
kill "$sampler" 2>/dev/null || true
echo "== heap during a 1 GiB upload + download (max heap ${JAVA_OPTS:--Xmx256m})"
sort -n "$work/heap.txt" | tail -1 | awk '{printf "peak used heap: %.1f MiB\n", $1}'
