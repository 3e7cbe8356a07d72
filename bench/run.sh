#!/usr/bin/env bash
# The scale benchmark (issue #8): generate a forum at SCALE times the reference size
# through the Store, serve it, and drive each main page with wrk at CONNECTIONS
# connections on this host; then measure the write path with concurrent writers.
#   bench/run.sh                          # reference scale, 64 connections, 10 s per page
#   SCALE=0.05 DURATION=3s bench/run.sh   # smaller and quicker
#   BACKEND=postgres bench/run.sh         # on PostgreSQL (PG_ADMIN_URL, default local)
#   SMOKE=1 bench/run.sh                  # CI: tiny scale, checks it all works; no timings
#   WRITE_RATE=20 bench/run.sh            # replies a second during the "writes" rows
#   DATA=dir bench/run.sh                 # keep the generated forum in dir, reuse it next time
# CONVENE_BIN picks the binary (default: a release build made here).
set -euo pipefail
cd "$(dirname "$0")/.."
SMOKE=${SMOKE:-}
SCALE=${SCALE:-1}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-64}
WRITERS=${WRITERS:-16}
WRITE_SECONDS=${WRITE_SECONDS:-10}
WRITE_RATE=${WRITE_RATE:-20}
PORT=${PORT:-18080}
BACKEND=${BACKEND:-sqlite}
PG_ADMIN_URL=${PG_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}
if [ -n "$SMOKE" ]; then
  SCALE=0.002; DURATION=1s; CONNECTIONS=4; WRITERS=2; WRITE_SECONDS=1
fi
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
command -v curl >/dev/null || { echo "curl is needed: apt-get install curl" >&2; exit 1; }

if [ -z "${CONVENE_BIN:-}" ]; then
  cargo build --release --locked -p convene >&2
  CONVENE_BIN="${CARGO_TARGET_DIR:-$PWD/target}/release/convene"
fi
keep=${DATA:+1}
data=${DATA:-$(mktemp -d)}
mkdir -p "$data"
server=
db=
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; fi
  wait 2>/dev/null || true
  [ -n "$keep" ] || rm -rf "$data"
  if [ -n "$db" ]; then psql "$PG_ADMIN_URL" -qc "DROP DATABASE IF EXISTS $db" >/dev/null || true; fi
}
trap cleanup EXIT

export CONVENE_DATA="$data" CONVENE_LOG=warn
if [ "$BACKEND" = postgres ]; then
  db="convene_bench_$$"
  psql "$PG_ADMIN_URL" -qc "CREATE DATABASE $db" >/dev/null
  export CONVENE_DATABASE_URL="${PG_ADMIN_URL%/*}/$db"
fi

if [ -n "$keep" ] && [ -s "$data/generated.txt" ] && [ "$BACKEND" = sqlite ]; then
  out=$(cat "$data/generated.txt")
  took="(reused)"
else
  start=$(date +%s)
  out=$("$CONVENE_BIN" generate --scale "$SCALE" 2>"$data/generate.log")
  took="$(( $(date +%s) - start )) s"
  echo "$out" >"$data/generated.txt"
fi
get() { sed -n "s/.*$1=\([^ ]*\).*/\1/p" <<<"$out"; }
coalition=$(get coalition); thread=$(get thread); last=$(get last_post)
topic=$(get topic); year=$(get year)
if [ "$BACKEND" = postgres ]; then
  size=$(psql "$CONVENE_DATABASE_URL" -tAc "SELECT pg_size_pretty(pg_database_size(current_database()))")
else
  size=$(du -sh "$data" | cut -f1)
fi
echo "backend: $BACKEND, scale $SCALE: generated in $took; database on disk: $size"

start_server() {
  "$CONVENE_BIN" serve --listen "127.0.0.1:$PORT" --bench-ceiling "$@" 2>>"$data/server.log" &
  server=$!
  for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done
}
stop_server() { kill "$server"; wait "$server" 2>/dev/null || true; server=; }
# A reader with an account, for the signed-in rows.
reader_email="reader-$$@bench.example"
echo 'a long bench password' | "$CONVENE_BIN" user add --email "$reader_email" --name "Bench Reader" \
  --country KE --group academia >/dev/null 2>>"$data/server.log"
start_server

base="http://127.0.0.1:$PORT"
# Sign the reader in as a browser would: the form's token, then the session cookie.
sign_in() {
  local jar="$data/cookies.txt"
  rm -f "$jar"
  local token
  token=$(curl -sf -c "$jar" "$base/en/signin" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -n1)
  curl -sf -o /dev/null -b "$jar" -c "$jar" --data-urlencode "csrf=$token" \
    --data-urlencode "email=$reader_email" --data-urlencode 'password=a long bench password' \
    "$base/en/signin"
  session=$(awk '$6 ~ /convene_session/ {print $6 "=" $7}' "$jar")
  [ -n "$session" ] || { echo "the bench reader could not sign in" >&2; exit 1; }
}
sign_in
# The thread read in French: its posts are in English, so the page falls back.
thread_bytes=$(curl -sf "$base/fr/threads/$thread" | wc -c)
pages=(
  "ceiling ($thread_bytes bytes from memory)|/bench/ceiling?bytes=$thread_bytes"
  "home|/en/"
  "coalition (largest)|/en/coalitions/$coalition"
  "long thread, first page, fr fallback|/fr/threads/$thread"
  "long thread, last page, fr fallback|/fr/threads/$thread?after=$((last - 50))"
  "topic ($topic)|/en/topics/$topic"
  "agenda ($year)|/en/meetings/$year/agenda"
)
for page in "${pages[@]}"; do
  path=${page#*|}
  code=$(curl -s -o /dev/null -w '%{http_code}' "$base$path")
  [ "$code" = 200 ] || { echo "$path answered $code" >&2; exit 1; }
done

# Each page, against the ceiling, in these modes:
#   cached     anonymous readers (from the page cache once rendered)
#   signed-in  a signed-in reader (its own page, from rows shared by all readers)
#   writes     anonymous, while another process replies WRITE_RATE times a second
#   signed-wr  signed in, during the same replies
#   rendered   every request rendered from nothing (--no-page-cache), signed out
measure() {
  local mode=$1
  shift
  for page in "$@"; do
    name=${page%%|*}; path=${page#*|}
    if [ "$mode" = rendered ] && [ -n "$ceiling_rps" ] && [[ $name == ceiling* ]]; then continue; fi
    local cookie=()
    if [[ $mode == signed* ]]; then cookie=(-H "Cookie: $session"); fi
    result=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "${cookie[@]}" "$base$path")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$result")
    p50=$(awk '$1=="50%" {print $2}' <<<"$result")
    p99=$(awk '$1=="99%" {print $2}' <<<"$result")
    [ -n "$ceiling_rps" ] || ceiling_rps=$rps
    ratio=$(awk -v a="$rps" -v b="$ceiling_rps" 'BEGIN { if (b > 0) printf "%.0f%%", 100 * a / b; else print "-" }')
    printf '| %-40s | %-8s | %8s | %8s | %8s | %8s |\n' "$name" "$mode" "$rps" "$p50" "$p99" "$ratio"
  done
}
printf '| %-40s | %-8s | %8s | %8s | %8s | %8s |\n' page mode req/s p50 p99 ceiling
printf '|%s|%s|%s|%s|%s|%s|\n' ------------------------------------------ ---------- ---------- ---------- ---------- ----------
ceiling_rps=
measure cached "${pages[@]}"
measure signed-in "${pages[@]:1}"
# The same pages while another process replies WRITE_RATE times a second through the
# Store: every write expires the page cache, so this is the cache's worst case.
secs=$(( ${DURATION%s} * (${#pages[@]} - 1) * 2 + 2 ))
"${WRITER_BIN:-$CONVENE_BIN}" write-bench --writers 2 --rate "$WRITE_RATE" --seconds "$secs" >"$data/during-writes.txt" 2>>"$data/server.log" &
writer=$!
sleep 0.5
measure writes "${pages[@]:1}"
measure signed-wr "${pages[@]:1}"
wait "$writer"
rss_cached=$(awk '/VmHWM/ {print $2, $3}' "/proc/$server/status")
stop_server
start_server --no-page-cache
sign_in
measure rendered "${pages[@]}"
echo "replies during the 'writes' rows: $(cat "$data/during-writes.txt")"
echo "server peak RSS: $rss_cached (page cache on); $(awk '/VmHWM/ {print $2, $3}' "/proc/$server/status") (off)"
stop_server

echo "write path ($WRITERS writers): $("$CONVENE_BIN" write-bench --writers "$WRITERS" --seconds "$WRITE_SECONDS")"
