#!/usr/bin/env bash
# Load on a release-built `helpdesk serve` with wrk (installed from Debian when missing; not run
# by CI): `POST /api/v1/ask` with varied questions and `POST /api/v1/tickets` (every request a
# new ticket: distinct subjects and requesters), at 16 and 64 concurrent connections, on SQLite
# and (when reachable) PostgreSQL. Prints throughput, p50, p99 and errors (non-2xx statuses and
# socket errors) as a Markdown table.
#
#   bash bench/load.sh                                   # builds the release binary first
#   HELPDESK_BIN=target/release/helpdesk DURATION=20s bash bench/load.sh
#   BENCH_PG=postgres://postgres@127.0.0.1:5432/test bash bench/load.sh
#
# The per-client limit is off (all requests come from one address), except in the row
# "shared /ask limit on": PostgreSQL with a limit too high to refuse anything, which measures
# what the shared counter (one upsert per request) costs (SKIP_SHARED=1 leaves it out).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-10s}"
THREADS="${THREADS:-2}"

source bench/lib.sh
need_wrk

cat >"$WORK/ask.lua" <<'LUA'
local questions = {
  "Mein Name stimmt nicht mit dem Ausbildungsvertrag überein",
  "Wo finde ich den Registrierungscode?",
  "Can I take my record book with me when I change companies?",
  "Die Seite zeigt nur Hallo an",
  "Wie lege ich einen Azubi an?",
  "Kann mein Hamster das Berichtsheft schreiben?",
  "identnumer nich gefunden",
  "Where do I get a registration code for the digital record book?",
  "Wie viele Urlaubstage habe ich als Azubi?",
  "Mein Ausbilder sieht meine Berichte nicht",
  "How do I remove an apprentice who left the company?",
  "Export als PDF geht nicht, was tun?",
}
local i = 0
request = function()
  i = i + 1
  local q = questions[(i % #questions) + 1]
  -- A varying tail, so no two consecutive questions are the same text.
  local body = '{"question":"' .. q .. ' (' .. (i % 97) .. ')"}'
  return wrk.format("POST", "/api/v1/ask", {["Content-Type"] = "application/json"}, body)
end
LUA

cat >"$WORK/tickets.lua" <<'LUA'
local token = os.getenv("BENCH_TOKEN")
-- Unique across runs too (a second ticket for the same account would be a 409).
local run = tonumber(os.getenv("BENCH_RUN"))
local counter = 0
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
request = function()
  counter = counter + 1
  local n = string.format("%d", run * 10000000000 + tid * 1000000000 + counter)
  local body = '{"kind":"name_correction","requester":{"id":"discord:' .. n ..
    '","display_name":"Azubi"},"subject":{"email":"bench-' .. n ..
    '@example.org","name_in_account":"Max Muster","name_in_contract":"Max Mustermann"}}'
  return wrk.format("POST", "/api/v1/tickets", {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. token,
  }, body)
end
LUA

# run_wrk CONNECTIONS ARGS…: prints "req/s p50 p99 errors".
run_wrk() {
    local c="$1"
    shift
    local out
    out="$(wrk -t"$THREADS" -c"$c" -d"$DURATION" --latency "$@")"
    local rps p50 p99 non2xx socket
    rps="$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' <<<"$out")"
    p50="$(awk '$1 == "50.000%" || $1 == "50%" {print $2; exit}' <<<"$out")"
    p99="$(awk '$1 == "99.000%" || $1 == "99%" {print $2; exit}' <<<"$out")"
    non2xx="$(awk '/Non-2xx or 3xx responses:/ {print $5}' <<<"$out")"
    socket="$(awk '/Socket errors:/ {gsub(",", ""); print $4 + $6 + $8 + $10}' <<<"$out")"
    printf '%s %s %s %s\n' "$rps" "$p50" "$p99" "$(( ${non2xx:-0} + ${socket:-0} ))"
}

RUNS=0
start_server() {
    local url="$1" limit="$2" port
    port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
    DATABASE_URL="$url" HELPDESK_ADDR="127.0.0.1:$port" HELPDESK_ASK_RATE_LIMIT="$limit" RUST_LOG=warn \
        "$BIN" serve >>"$WORK/server.log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 300); do
        curl -fsS -o /dev/null "http://127.0.0.1:$port/api/v1/ready" 2>/dev/null && break
        sleep 0.1
    done
    BASE="http://127.0.0.1:$port"
}

# bench_backend NAME URL ROUTES LIMIT
bench_backend() {
    local name="$1" url="$2" routes="$3" limit="$4"
    BENCH_TOKEN="$(DATABASE_URL="$url" "$BIN" token create --name bench --role admin | tail -n 1)"
    export BENCH_TOKEN
    start_server "$url" "$limit"
    wrk -t1 -c4 -d2s -s "$WORK/ask.lua" "$BASE" >/dev/null
    for c in 16 64; do
        local rps p50 p99 errors
        read -r rps p50 p99 errors < <(run_wrk "$c" -s "$WORK/ask.lua" "$BASE")
        printf '| %s | ask | %s | %s | %s | %s | %s |\n' "$name" "$c" "$rps" "$p50" "$p99" "$errors"
        if [ "$routes" = both ]; then
            BENCH_RUN="$((++RUNS))"
            export BENCH_RUN
            read -r rps p50 p99 errors < <(run_wrk "$c" -s "$WORK/tickets.lua" "$BASE")
            printf '| %s | create ticket | %s | %s | %s | %s | %s |\n' "$name" "$c" "$rps" "$p50" "$p99" "$errors"
        fi
    done
    stop_server
}

echo "wrk -t$THREADS -d$DURATION, $(nproc) cores ($(uname -m)), client and server on one machine"
echo
echo "| backend | route | connections | req/s | p50 | p99 | errors |"
echo "|---|---|---|---|---|---|---|"
bench_backend SQLite "sqlite://$WORK/bench.db" both 0
if psql "$BENCH_PG" -qc "SELECT 1" >/dev/null 2>&1; then
    for variant in plain limited; do
        db="helpdesk_load_${variant}_$$"
        PG_DBS+=("$db")
        psql "$BENCH_PG" -qc "CREATE DATABASE $db" >/dev/null
        if [ "$variant" = limited ] && [ -n "${SKIP_SHARED:-}" ]; then
            continue
        fi
        if [ "$variant" = plain ]; then
            bench_backend PostgreSQL "${BENCH_PG%/*}/$db" both 0
        else
            bench_backend "PostgreSQL, shared /ask limit on" "${BENCH_PG%/*}/$db" ask 100000000
        fi
    done
else
    echo "(PostgreSQL at $BENCH_PG not reachable: skipped)" >&2
fi
if grep -q "panicked" "$WORK/server.log"; then
    echo "the server panicked:" >&2
    grep -A5 panicked "$WORK/server.log" >&2
    exit 1
fi
