#!/usr/bin/env bash
# The scale benchmark (issue #8): generate a forum at SCALE times the reference size
# through the Store, serve it, and drive each main page with wrk at CONNECTIONS
# connections on this host; then measure the write path with concurrent writers.
#   bench/run.sh                          # reference scale, 64 connections, 10 s per page
#   SCALE=0.05 DURATION=3s bench/run.sh   # smaller and quicker
#   BACKEND=postgres bench/run.sh         # on PostgreSQL (PG_ADMIN_URL, default local)
#   SMOKE=1 bench/run.sh                  # CI: tiny scale, checks it all works; no timings
#   WRITE_RATE=20 bench/run.sh            # form replies a second during the "writes" rows
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
# Signed-in accounts that reply through the form; each may post 30 times in 10 minutes.
FORM_WRITERS=${FORM_WRITERS:-1000}
PORT=${PORT:-18080}
BARE_PORT=${BARE_PORT:-$((PORT + 1))}
BACKEND=${BACKEND:-sqlite}
PG_ADMIN_URL=${PG_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}
if [ -n "$SMOKE" ]; then
  SCALE=0.002; DURATION=1s; CONNECTIONS=4; WRITERS=2; WRITE_SECONDS=1; FORM_WRITERS=100
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
bare=
db=
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; fi
  if [ -n "$bare" ]; then kill "$bare" 2>/dev/null || true; fi
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
# Writers with sessions of their own, for the replies through the form.
"$CONVENE_BIN" bench-writers --count "$FORM_WRITERS" >"$data/writers.txt" 2>>"$data/server.log"
start_server
# The bare ceiling: the same fixed page from a server with no middleware at all.
"$CONVENE_BIN" bench-bare --listen "127.0.0.1:$BARE_PORT" 2>>"$data/server.log" &
bare=$!
for _ in $(seq 1 100); do curl -sf -o /dev/null "http://127.0.0.1:$BARE_PORT/bench/ceiling?bytes=1" && break; sleep 0.1; done

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
  "bare ceiling (no middleware)|http://127.0.0.1:$BARE_PORT/bench/ceiling?bytes=$thread_bytes"
  "ceiling ($thread_bytes bytes from memory)|/bench/ceiling?bytes=$thread_bytes"
  "home|/en/"
  "coalition (largest)|/en/coalitions/$coalition"
  "long thread, first page, fr fallback|/fr/threads/$thread"
  "long thread, last page, fr fallback|/fr/threads/$thread?after=$((last - 50))"
  "topic ($topic)|/en/topics/$topic"
  "agenda ($year)|/en/meetings/$year/agenda"
)
url() { if [[ $1 == http* ]]; then echo "$1"; else echo "$base$1"; fi; }
for page in "${pages[@]}"; do
  path=${page#*|}
  code=$(curl -s -o /dev/null -w '%{http_code}' "$(url "$path")")
  [ "$code" = 200 ] || { echo "$path answered $code" >&2; exit 1; }
done

# Each page, against both ceilings, in these modes:
#   cached     anonymous readers (from the page cache once rendered)
#   signed-in  a signed-in reader (its own page, from rows shared by all readers)
#   writes     anonymous, while signed-in writers reply through the form WRITE_RATE
#              times a second
#   signed-wr  signed in, during the same replies
#   rendered   every request rendered from nothing (--no-page-cache), signed out
#   cold       the same, one request at a time: p50 is what rendering a page costs
# The "bare" column is the share of the bare ceiling, "mw" of the ceiling through the
# middleware every page goes through.
measure() {
  local mode=$1
  shift
  local conns=$CONNECTIONS threads=2
  if [ "$mode" = cold ]; then conns=1; threads=1; fi
  for page in "$@"; do
    name=${page%%|*}; path=${page#*|}
    local cookie=()
    if [[ $mode == signed* ]]; then cookie=(-H "Cookie: $session"); fi
    result=$(wrk -t"$threads" -c"$conns" -d"$DURATION" --latency "${cookie[@]}" "$(url "$path")")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$result")
    p50=$(awk '$1=="50%" {print $2}' <<<"$result")
    p99=$(awk '$1=="99%" {print $2}' <<<"$result")
    case $name in
      bare*) bare_rps=$rps ;;
      ceiling*) mw_rps=$rps ;;
    esac
    share() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.0f%%", 100 * a / b; else print "-" }'; }
    printf '| %-40s | %-9s | %8s | %8s | %8s | %6s | %6s |\n' "$name" "$mode" "$rps" "$p50" "$p99" \
      "$(share "$rps" "$bare_rps")" "$(share "$rps" "$mw_rps")"
  done
  peaks+=("$mode $(awk '/VmHWM/ {print $2, $3}' "/proc/$server/status")")
}
# Replies through the web form by the bench writers: wrk with bench/reply.lua.
# form_replies SECONDS CONNECTIONS PAUSE_MS prints wrk's report.
form_replies() {
  local threads=$(( $2 < 2 ? 1 : 2 ))
  wrk -t"$threads" -c"$2" -d"$1s" --latency -s bench/reply.lua "$base" -- "$data/writers.txt" "$threads" "$3"
}
# A refused reply (429, 403, a 5xx) makes the run worthless: stop there.
replies_ok() {
  if grep -q 'Non-2xx or 3xx' "$1"; then
    echo "some replies through the form were refused:" >&2; cat "$1" >&2; exit 1
  fi
}
bare_rps=; mw_rps=; peaks=()
printf '| %-40s | %-9s | %8s | %8s | %8s | %6s | %6s |\n' page mode req/s p50 p99 bare mw
printf '|%s|%s|%s|%s|%s|%s|%s|\n' ------------------------------------------ ----------- ---------- ---------- ---------- -------- --------
measure cached "${pages[@]}"
measure signed-in "${pages[@]:2}"
# The same pages while signed-in writers reply through the form WRITE_RATE times a
# second (four connections, each pausing between replies, minus a typical answer's
# time): every reply expires the page cache, so this is the cache's worst case.
secs=$(( ${DURATION%s} * (${#pages[@]} - 2) * 2 + 2 ))
pause=$(( 4000 / WRITE_RATE > 20 ? 4000 / WRITE_RATE - 10 : 4000 / WRITE_RATE ))
form_replies "$secs" 4 "$pause" >"$data/during-writes.txt" &
writer=$!
sleep 0.5
measure writes "${pages[@]:2}"
measure signed-wr "${pages[@]:2}"
wait "$writer"
replies_ok "$data/during-writes.txt"
during=$(awk '/Requests\/sec/ {print $2}' "$data/during-writes.txt")
stop_server
start_server --no-page-cache
sign_in
measure rendered "${pages[@]:2}"
measure cold "${pages[@]:2}"
stop_server
echo "replies through the form during the 'writes' rows: $during a second"
echo "server peak RSS after each mode (cumulative; the server restarts before 'rendered'): ${peaks[*]}"

# The write path through HTTP: every bench writer replying as fast as the server answers.
start_server
form_replies "$WRITE_SECONDS" "$WRITERS" 0 >"$data/form-writes.txt"
replies_ok "$data/form-writes.txt"
wr() { awk -v k="$1" '$1 == k {print $2}' "$data/form-writes.txt"; }
echo "write path through the form ($WRITERS connections): $(wr Requests/sec:) posts/s, p50 $(wr 50%), p99 $(wr 99%); server peak RSS $(awk '/VmHWM/ {print $2, $3}' "/proc/$server/status")"
stop_server

echo "write path through the Store ($WRITERS writers): $("$CONVENE_BIN" write-bench --writers "$WRITERS" --seconds "$WRITE_SECONDS")"
