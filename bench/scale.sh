#!/usr/bin/env bash
# Long threads and large coalitions: generates a coalition of MEMBERS members and a thread
# of POSTS posts through the Store (SQLite, the default), serves them from a release
# build, and measures each page with wrk at CONNECTIONS connections on this host.
#   bench/scale.sh                    # 5,000 members, 10,000 posts, 64 connections
#   MEMBERS=500 POSTS=1000 DURATION=2s bench/scale.sh   # quick
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
MEMBERS=${MEMBERS:-5000}
POSTS=${POSTS:-10000}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-64}
PORT=${PORT:-18080}

cargo build --release --locked -p convene >&2
bin="${CARGO_TARGET_DIR:-$PWD/target}/release/convene"
data=$(mktemp -d)
server=
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$data"; }
trap cleanup EXIT

start=$(date +%s)
out=$(CONVENE_LOG=warn "$bin" --data "$data" generate --members "$MEMBERS" --posts "$POSTS" 2>/dev/null)
echo "generated $MEMBERS members and $POSTS posts in $(( $(date +%s) - start )) s ($out)"
coalition=$(sed -n 's/.*coalition=\([^ ]*\).*/\1/p' <<<"$out")
thread=$(sed -n 's/.*thread=\([0-9]*\).*/\1/p' <<<"$out")
last=$(sed -n 's/.*last_post=\([0-9]*\).*/\1/p' <<<"$out")
echo "database: $(du -sh "$data" | cut -f1)"

"$bin" --data "$data" --log-format json serve --listen "127.0.0.1:$PORT" 2>"$data/server.log" &
server=$!
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.2; done

base="http://127.0.0.1:$PORT/en"
printf '%-34s %10s %9s %9s\n' page req/s p50 p99
for page in \
  "thread, first page|/threads/$thread" \
  "thread, last page|/threads/$thread?after=$((last - 50))" \
  "coalition of $MEMBERS|/coalitions/$coalition" \
  "home|/"; do
  name=${page%%|*}; path=${page#*|}
  result=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$base$path")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$result")
  p50=$(awk '$1=="50%" {print $2}' <<<"$result")
  p99=$(awk '$1=="99%" {print $2}' <<<"$result")
  printf '%-34s %10s %9s %9s\n' "$name" "$rps" "$p50" "$p99"
done
echo "server peak RSS: $(awk '/VmHWM/ {print $2, $3}' "/proc/$server/status")"
