#!/usr/bin/env bash
# Web pages: p50 (and p90) time to first byte on the loopback for the chat page and for the IT
# ticket queue with 1,000 tickets, and the weight of every page (HTML plus the stylesheet and
# scripts it loads), on SQLite and (when reachable) PostgreSQL. Not run by CI.
#
#   bash bench/web.sh                          # release build, both backends
#   SAMPLES=500 bash bench/web.sh
#   HELPDESK_BIN=target/debug/helpdesk bash bench/web.sh   # skip the build (debug: slower)
#   BENCH_PG=postgres://postgres@127.0.0.1:5432/test bash bench/web.sh
#
# TTFB is curl's `time_starttransfer` per request (one keep-alive connection per page, after
# a warm-up), so it includes the request's round trip on the loopback. The tickets are filed
# through the API (`POST /api/v1/tickets`, one curl process for all). Prints Markdown tables
# (the ones in docs/web.md come from here). Exits non-zero when a page is over 100 KB.
set -euo pipefail
cd "$(dirname "$0")/.."

SAMPLES="${SAMPLES:-300}"
TICKETS="${TICKETS:-1000}"
LIMIT_BYTES=$((100 * 1024))

source bench/lib.sh

# p50 and p90 in ms of `n` requests of one URL over one connection (curl reuses it when the
# URL is given n times). Arguments: URL, then extra curl options (cookies).
ttfb() {
    local url="$1"
    shift
    local args=()
    # `-o` applies to one URL only: give it to each, so only the timings reach stdout.
    for _ in $(seq 1 "$SAMPLES"); do args+=(-o /dev/null "$url"); done
    # Warm-up: the first requests fill caches and the connection pool.
    curl -s "$@" -o /dev/null "$url" -o /dev/null "$url" -o /dev/null "$url"
    curl -s "$@" -w '%{time_starttransfer}\n' "${args[@]}" |
        python3 -c '
import sys
v = sorted(float(x) * 1000 for x in sys.stdin if x.strip())
p = lambda q: v[min(len(v) - 1, int(q * len(v)))]
print(f"{p(0.5):.2f} {p(0.9):.2f}")'
}

# Bytes of a page plus every local stylesheet and script it links (each counted once).
weight() {
    local url="$1" base="$2"
    shift 2
    local html total
    html="$(curl -s "$@" "$url")"
    total="$(printf '%s' "$html" | wc -c)"
    for asset in $(printf '%s' "$html" | grep -oE '(href|src)="/static/[^"]+"' | sed -E 's/^(href|src)="//; s/"$//; s/&amp;/\&/g' | sort -u); do
        total=$((total + $(curl -s "$base$asset" | wc -c)))
    done
    echo "$total"
}

bench_backend() {
    local name="$1" url="$2"
    local port base
    port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
    base="http://127.0.0.1:$port"
    DATABASE_URL="$url" "$BIN" migrate >/dev/null 2>&1
    local admin it editor
    admin="$(DATABASE_URL="$url" "$BIN" token create --name bench-admin --role admin 2>/dev/null | tail -n1 | tr -d '[:space:]')"
    it="$(DATABASE_URL="$url" "$BIN" token create --name bench-it --role it_staff 2>/dev/null | tail -n1 | tr -d '[:space:]')"
    editor="$(DATABASE_URL="$url" "$BIN" token create --name bench-editor --role faq_editor 2>/dev/null | tail -n1 | tr -d '[:space:]')"
    DATABASE_URL="$url" HELPDESK_ADDR="127.0.0.1:$port" HELPDESK_ASK_RATE_LIMIT=0 RUST_LOG=warn \
        "$BIN" serve >"$WORK/server-$name.log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 150); do
        curl -fsS "$base/api/v1/ready" >/dev/null 2>&1 && break
        sleep 0.2
    done

    # 1,000 tickets (half name corrections, half deletions), one curl process.
    local cfg="$WORK/tickets-$name.curl"
    : >"$cfg"
    for i in $(seq 1 "$TICKETS"); do
        if [ $((i % 2)) = 0 ]; then
            body="{\"kind\":\"name_correction\",\"requester\":{\"id\":\"discord:$i\",\"display_name\":\"Azubi $i\"},\"subject\":{\"email\":\"azubi$i@example.org\",\"name_in_account\":\"Alex Mustre\",\"name_in_contract\":\"Alex Muster\"}}"
        else
            body="{\"kind\":\"deletion\",\"requester\":{\"id\":\"discord:$i\",\"display_name\":\"Azubi $i\"},\"subject\":{\"email\":\"azubi$i@example.org\",\"full_name\":\"Alex Muster\"},\"reason\":\"left_company\"}"
        fi
        printf 'next\nurl = "%s/api/v1/tickets"\nrequest = "POST"\nheader = "authorization: Bearer %s"\nheader = "content-type: application/json"\ndata = %s\noutput = "/dev/null"\nwrite-out = "%%{http_code}\\n"\n' \
            "$base" "$admin" "$(python3 -c 'import json,sys; print(json.dumps(sys.argv[1]))' "$body")" >>"$cfg"
    done
    sed -i '1d' "$cfg"
    local created
    created="$(curl -s -K "$cfg" | grep -c '^201$' || true)"
    if [ "$created" != "$TICKETS" ]; then
        echo "only $created of $TICKETS tickets were filed" >&2
        exit 1
    fi

    # Console sessions (sign-in form with its CSRF cookie and field).
    sign_in() {
        local jar="$1" token="$2" page csrf
        page="$(curl -s -c "$jar" -b "$jar" "$base/admin/login")"
        csrf="$(printf '%s' "$page" | grep -oE 'name="csrf" value="[^"]+"' | head -n1 | sed -E 's/.*value="//; s/"$//')"
        curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "csrf=$csrf" --data-urlencode "token=$token" "$base/admin/login"
    }
    sign_in "$WORK/it-$name.jar" "$it"
    sign_in "$WORK/ed-$name.jar" "$editor"
    local itc=(-b "$WORK/it-$name.jar") edc=(-b "$WORK/ed-$name.jar")
    local rows
    rows="$(curl -s "${itc[@]}" "$base/admin/tickets" | grep -c '^<td><a href="/admin/tickets/' || true)"
    # A question with an answer (the chat's result page) and a filed web ticket's status page.
    local chat_csrf
    chat_csrf="$(curl -s -c "$WORK/chat-$name.jar" "$base/" | grep -oE 'name="csrf" value="[^"]+"' | head -n1 | sed -E 's/.*value="//; s/"$//')"
    curl -s -o "$WORK/answer-$name.html" -b "$WORK/chat-$name.jar" --data-urlencode "csrf=$chat_csrf" \
        --data-urlencode "q=Wo finde ich den Registrierungscode?" "$base/ask"
    local entry
    entry="$(curl -s "${edc[@]}" "$base/admin/faq" | grep -oE 'href="/admin/faq/[a-z0-9-]+"' | grep -v '/new"' | head -n1 | sed -E 's/.*\/admin\/faq\///; s/"$//')"

    read -r chat_p50 chat_p90 < <(ttfb "$base/")
    read -r queue_p50 queue_p90 < <(ttfb "$base/admin/tickets" "${itc[@]}")
    printf '| %s | %s ms | %s ms | %s ms | %s ms | %s |\n' "$name" "$chat_p50" "$chat_p90" "$queue_p50" "$queue_p90" "$rows" >>"$WORK/ttfb.md"

    if [ "$name" = sqlite ]; then
        {
            page_row() {
                local label="$1" u="$2"
                shift 2
                local w
                w="$(weight "$u" "$base" "$@")"
                printf '| %s | %s | %.1f KB |\n' "$label" "${u#"$base"}" "$(python3 -c "print($w/1024)")"
                if [ "$w" -gt "$LIMIT_BYTES" ]; then echo "OVER: $label $w bytes" >>"$WORK/over"; fi
            }
            page_row "chat" "$base/"
            page_row "chat (English)" "$base/?lang=en"
            page_row "name correction form" "$base/tickets/new?kind=name_correction"
            page_row "deletion form" "$base/tickets/new?kind=deletion"
            page_row "console sign-in" "$base/admin/login"
            page_row "ticket queue (1,000 tickets)" "$base/admin/tickets" "${itc[@]}"
            page_row "ticket queue, all states" "$base/admin/tickets?state=all" "${itc[@]}"
            page_row "ticket page" "$base/admin/tickets/1" "${itc[@]}"
            page_row "audit check" "$base/admin/audit" "${itc[@]}"
            page_row "FAQ list" "$base/admin/faq" "${edc[@]}"
            page_row "FAQ editor" "$base/admin/faq/$entry" "${edc[@]}"
            page_row "new FAQ entry" "$base/admin/faq/new" "${edc[@]}"
            page_row "revision history" "$base/admin/faq/$entry/revisions" "${edc[@]}"
            page_row "unanswered questions" "$base/admin/questions" "${edc[@]}"
            # The answer page (a POST result): its HTML plus the same assets as the chat.
            local aw
            aw="$(wc -c <"$WORK/answer-$name.html")"
            for asset in $(grep -oE '(href|src)="/static/[^"]+"' "$WORK/answer-$name.html" | sed -E 's/^(href|src)="//; s/"$//' | sort -u); do
                aw=$((aw + $(curl -s "$base$asset" | wc -c)))
            done
            printf '| %s | %s | %.1f KB |\n' "chat with an answer (no JavaScript)" "POST /ask" "$(python3 -c "print($aw/1024)")"
            if [ "$aw" -gt "$LIMIT_BYTES" ]; then echo "OVER: answer $aw bytes" >>"$WORK/over"; fi
        } >"$WORK/weights.md"
    fi
    stop_server
}

: >"$WORK/ttfb.md"
bench_backend sqlite "sqlite://$WORK/bench.db"
if psql "$BENCH_PG" -qc "SELECT 1" >/dev/null 2>&1; then
    PG_DB="helpdesk_webbench_$$"
    psql "$BENCH_PG" -qc "CREATE DATABASE $PG_DB" >/dev/null
    bench_backend postgres "${BENCH_PG%/*}/$PG_DB"
else
    echo "(PostgreSQL at $BENCH_PG not reachable: skipped)" >&2
fi

echo "TTFB on the loopback, $SAMPLES requests per page over one connection, $(nproc) cores ($(uname -m)), binary $BIN"
echo
echo "| backend | chat \`/\` p50 | chat p90 | queue with $TICKETS tickets p50 | queue p90 | rows shown |"
echo "|---|---|---|---|---|---|"
cat "$WORK/ttfb.md"
echo
echo "Page weights (HTML + stylesheet + scripts, uncompressed; limit 100 KB)"
echo
echo "| page | path | weight |"
echo "|---|---|---|"
cat "$WORK/weights.md"
if [ -s "$WORK/over" ]; then
    cat "$WORK/over" >&2
    exit 1
fi
