#!/usr/bin/env bash
# Throughput and p99 latency of `POST /api/v1/ask` next to `GET /api/v1/health` on the same
# release-built `helpdesk serve`, on SQLite and (when reachable) PostgreSQL. Not run by CI.
#
#   bash bench/ask.sh                  # both backends, 10 s per route
#   DURATION=30s CONNECTIONS=64 bash bench/ask.sh
#   BENCH_PG=postgres://postgres@127.0.0.1:5432/test bash bench/ask.sh
#   HELPDESK_BIN=/path/to/release/helpdesk bash bench/ask.sh   # skip the build
#
# Prints a Markdown table (the one in docs/readme/admin-api.md comes from here).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-32}"
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
}
local i = 0
request = function()
  i = i + 1
  local body = '{"question":"' .. questions[(i % #questions) + 1] .. '"}'
  return wrk.format("POST", "/api/v1/ask", {["Content-Type"] = "application/json"}, body)
end
LUA

# wrk prints "Requests/sec: N" and, with --latency, "99% X".
run_wrk() {
    local out
    out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@")"
    local rps p99 non2xx
    rps="$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")"
    p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
    non2xx="$(awk '/Non-2xx or 3xx responses:/ {print $5}' <<<"$out")"
    if [ -n "$non2xx" ]; then
        echo "warning: $non2xx non-2xx responses" >&2
    fi
    printf '%s %s\n' "$rps" "$p99"
}

bench_backend() {
    local name="$1" url="$2"
    local port
    port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
    DATABASE_URL="$url" HELPDESK_ADDR="127.0.0.1:$port" HELPDESK_ASK_RATE_LIMIT=0 RUST_LOG=warn \
        "$BIN" serve >"$WORK/server-$name.log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 100); do
        curl -fsS "http://127.0.0.1:$port/api/v1/ready" >/dev/null 2>&1 && break
        sleep 0.2
    done
    # Warm-up.
    wrk -t1 -c4 -d2s "http://127.0.0.1:$port/api/v1/health" >/dev/null
    wrk -t1 -c4 -d2s -s "$WORK/ask.lua" "http://127.0.0.1:$port" >/dev/null
    read -r h_rps h_p99 < <(run_wrk "http://127.0.0.1:$port/api/v1/health")
    read -r a_rps a_p99 < <(run_wrk -s "$WORK/ask.lua" "http://127.0.0.1:$port")
    stop_server
    local ratio
    ratio="$(python3 -c "print(f'{100*float(\"$a_rps\")/float(\"$h_rps\"):.0f}%')")"
    printf '| %s | %s | %s | %s | %s | %s |\n' "$name" "$h_rps" "$h_p99" "$a_rps" "$a_p99" "$ratio"
}

echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION on $(nproc) cores ($(uname -m)); rate limit off"
echo
echo "| backend | health req/s | health p99 | ask req/s | ask p99 | ask / health |"
echo "|---|---|---|---|---|---|"
bench_backend sqlite "sqlite://$WORK/bench.db"
if psql "$BENCH_PG" -qc "SELECT 1" >/dev/null 2>&1; then
    PG_DB="helpdesk_bench_$$"
    psql "$BENCH_PG" -qc "CREATE DATABASE $PG_DB" >/dev/null
    bench_backend postgres "${BENCH_PG%/*}/$PG_DB"
else
    echo "(PostgreSQL at $BENCH_PG not reachable: skipped)" >&2
fi
