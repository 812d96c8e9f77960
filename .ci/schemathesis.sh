#!/usr/bin/env bash
# Property-based API check: schemathesis (from PyPI) against the OpenAPI document of a running
# `helpdesk serve` on a fresh SQLite database, with an admin token. Runs every check
# (`--checks all`): no server error, every status, content type, header and body as documented,
# invalid data rejected, valid data accepted, unsupported methods answered 405 with `Allow`,
# authentication not ignored.
# Idempotent: reuses the venv under target/, uses a temp DB and a free port, stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=target/schemathesis-venv
MAX_EXAMPLES="${SCHEMATHESIS_MAX_EXAMPLES:-25}"

if [ ! -x "$VENV/bin/schemathesis" ]; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet --upgrade pip
    "$VENV/bin/pip" install --quiet schemathesis
fi
"$VENV/bin/schemathesis" --version

cargo build --quiet -p helpdesk
BIN=target/debug/helpdesk

WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() {
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
export DATABASE_URL="sqlite://$WORK/helpdesk.db"
export HELPDESK_ADDR="127.0.0.1:$PORT"
export HELPDESK_ASK_RATE_LIMIT=0
export RUST_LOG="${RUST_LOG:-warn}"

ADMIN_TOKEN="$("$BIN" token create --name schemathesis --role admin | tail -n 1)"

"$BIN" serve >"$WORK/server.log" 2>&1 &
SERVER_PID=$!

for _ in $(seq 1 100); do
    if curl -fsS "http://$HELPDESK_ADDR/api/v1/ready" >/dev/null 2>&1; then break; fi
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
        echo "helpdesk serve exited early:" >&2
        cat "$WORK/server.log" >&2
        exit 1
    fi
    sleep 0.2
done
curl -fsS "http://$HELPDESK_ADDR/api/v1/ready" >/dev/null

# A couple of tickets so the ticket routes have something to find.

for i in 1 2; do
    curl -fsS -X POST "http://$HELPDESK_ADDR/api/v1/tickets" \
        -H "Authorization: Bearer $ADMIN_TOKEN" -H 'Content-Type: application/json' \
        -d "{\"kind\":\"name_correction\",\"requester\":{\"id\":\"discord:$i\",\"display_name\":\"Test\"},\"subject\":{\"email\":\"st$i@example.org\",\"name_in_account\":\"A B\",\"name_in_contract\":\"A C B\"}}" \
        >/dev/null
done

status=0
# Run from the temp dir: schemathesis keeps state in ./.schemathesis.
SCHEMATHESIS="$PWD/$VENV/bin/schemathesis"
CONFIG="$PWD/.ci/schemathesis.toml"
(cd "$WORK" && "$SCHEMATHESIS" --config-file "$CONFIG" run "http://$HELPDESK_ADDR/api/v1/openapi.json" \
    --checks all \
    --header "Authorization: Bearer $ADMIN_TOKEN" \
    --max-examples "$MAX_EXAMPLES" \
    --seed 4242 \
    --generation-database none \
    --no-color \
    --workers 2) || status=$?

if grep -q "panicked" "$WORK/server.log"; then
    echo "the server panicked:" >&2
    grep -A5 "panicked" "$WORK/server.log" >&2
    status=1
fi
if [ "$status" -ne 0 ]; then
    echo "--- server log (tail) ---" >&2
    tail -n 50 "$WORK/server.log" >&2
fi
exit "$status"
