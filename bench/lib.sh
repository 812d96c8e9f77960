# Shared start of the bench scripts (sourced, not run): the binary, a work folder, and a cleanup
# that stops the server and drops the PostgreSQL databases a script made (PG_DB, PG_DBS).
#
#   HELPDESK_BIN=path   use an already built binary instead of building a release one
#   BENCH_PG=url        the PostgreSQL server for the PostgreSQL rows

BENCH_PG="${BENCH_PG:-postgres://postgres@127.0.0.1:5432/test}"

# Installs wrk from Debian's packages when it is missing (as root), else says how.
need_wrk() {
    command -v wrk >/dev/null && return 0
    if [ "$(id -u)" = 0 ]; then
        apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
    else
        echo "wrk is not installed (apt-get install wrk)" >&2
        exit 1
    fi
}

BIN="${HELPDESK_BIN:-}"
if [ -z "$BIN" ]; then
    # Niced: the machine is usually shared with other builds.
    nice -n 10 cargo build --quiet --release -p helpdesk
    BIN=target/release/helpdesk
fi
BIN="$(realpath "$BIN")"
WORK="$(mktemp -d)"
SERVER_PID=""
PG_DB=""
PG_DBS=()

stop_server() {
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    SERVER_PID=""
}

cleanup() {
    stop_server
    for db in "$PG_DB" "${PG_DBS[@]}"; do
        [ -n "$db" ] && psql "$BENCH_PG" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1
    done
    rm -rf "$WORK"
}
trap cleanup EXIT
