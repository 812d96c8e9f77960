#!/usr/bin/env bash
# Start time and idle memory of a release-built `helpdesk serve` (not run by CI; goals from
# issue 12: bundled FAQ ≤ 0.5 s to healthy and ≤ 40 MB RSS idle; 10,000 entries ready ≤ 3 s and
# ≤ 200 MB).
#
#   bash bench/footprint.sh                         # builds the release binary first
#   HELPDESK_BIN=target/release/helpdesk bash bench/footprint.sh
#   BENCH_PG=postgres://postgres@127.0.0.1:5432/test bash bench/footprint.sh   # also PostgreSQL
#
# Each case starts the server, polls /api/v1/health and /api/v1/ready every 10 ms from the
# moment of the spawn, then waits 3 s idle and reads VmRSS (and the peak, VmHWM) from /proc.
# "first start" runs the migrations and seeds the FAQ into a new database; "restart" opens the
# same database again. The 10,000-entry FAQ is generated (varied German and English words),
# loaded with `helpdesk faq import`, and the server builds its index from the database.
# Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/lib.sh

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

now() { date +%s.%N; }

# measure NAME DATABASE_URL: one start; prints a table row.
measure() {
    local name="$1" url="$2" port t0 healthy="" ready="" t
    port="$(free_port)"
    t0="$(now)"
    DATABASE_URL="$url" HELPDESK_ADDR="127.0.0.1:$port" RUST_LOG=warn \
        "$BIN" serve >"$WORK/server.log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 3000); do
        if [ -z "$healthy" ] && curl -fsS -o /dev/null "http://127.0.0.1:$port/api/v1/health" 2>/dev/null; then
            t="$(now)"
            healthy="$(python3 -c "print(f'{$t - $t0:.2f}')")"
        fi
        if [ -n "$healthy" ] && curl -fsS -o /dev/null "http://127.0.0.1:$port/api/v1/ready" 2>/dev/null; then
            t="$(now)"
            ready="$(python3 -c "print(f'{$t - $t0:.2f}')")"
            break
        fi
        if ! kill -0 "$SERVER_PID" 2>/dev/null; then
            echo "helpdesk serve exited:" >&2
            cat "$WORK/server.log" >&2
            exit 1
        fi
        sleep 0.01
    done
    # One answer, so the index is touched as in service; then idle.
    curl -fsS -o /dev/null -X POST "http://127.0.0.1:$port/api/v1/ask" \
        -H 'Content-Type: application/json' -d '{"question":"Wo finde ich den Registrierungscode?"}'
    sleep 3
    local rss hwm
    rss="$(awk '/^VmRSS:/ {printf "%.1f", $2/1024}' "/proc/$SERVER_PID/status")"
    hwm="$(awk '/^VmHWM:/ {printf "%.1f", $2/1024}' "/proc/$SERVER_PID/status")"
    kill -TERM "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
    printf '| %s | %s s | %s s | %s MB | %s MB |\n' "$name" "$healthy" "$ready" "$rss" "$hwm"
}

# A FAQ folder of N generated entries.
generate_faq() {
    python3 - "$1" "$2" <<'PY'
import os, random, sys
out, n = sys.argv[1], int(sys.argv[2])
os.makedirs(out, exist_ok=True)
rng = random.Random(12)
de = ("Berichtsheft Ausbildung Betrieb Wechsel Export Anmeldung Passwort Portal Zugang Rolle "
      "Ausbilder Azubi Vertrag Name Kammer Prüfung Nachweis Eintrag Freigabe Woche Bericht "
      "Abteilung Schule Urlaub Krankheit Fehler Seite Konto Adresse Termin Vorlage Datei "
      "Drucken Signatur Unterschrift Frist Verlängerung Kündigung Zeugnis Stunden").split()
en = ("record book training company change export login password portal access role trainer "
      "apprentice contract name chamber exam proof entry approval week report department "
      "school holiday sickness error page account address date template file print signature "
      "deadline extension termination certificate hours").split()
sections = ["berichtsheft-exportieren", "anmeldung", "funktionen-ssp", "rollenvergabe"]
def words(pool, k):
    return " ".join(rng.choice(pool) for _ in range(k))
for i in range(n):
    q = f"Wie {words(de, 6)} {i}?"
    alts = ",\n".join(f'    "{words(de, 5)} {i}"' for _ in range(3))
    with open(os.path.join(out, f"gen-{i:05d}.md"), "w") as f:
        f.write(f'''+++
id = "gen-{i:05d}"
section = "{sections[i % len(sections)]}"
question = "{q}"
alternatives = [
{alts},
]
tags = ["{rng.choice(de).lower()}", "{rng.choice(de).lower()}"]

[en]
question = "How {words(en, 6)} {i}?"
answer = """
{words(en, 40)}.
"""
+++
{words(de, 60)}.
''')
PY
}

echo "helpdesk serve, $(nproc) cores ($(uname -m)), binary $(du -h "$BIN" | cut -f1)"
echo
echo "| case | healthy after | ready after | idle RSS | peak RSS |"
echo "|---|---|---|---|---|"
measure "SQLite, bundled FAQ, first start" "sqlite://$WORK/bundled.db"
measure "SQLite, bundled FAQ, restart" "sqlite://$WORK/bundled.db"
generate_faq "$WORK/faq10k" 10000
DATABASE_URL="sqlite://$WORK/big.db" "$BIN" faq import "$WORK/faq10k" >/dev/null
measure "SQLite, 10,000 + bundled entries" "sqlite://$WORK/big.db"
if psql "$BENCH_PG" -qc "SELECT 1" >/dev/null 2>&1; then
    PG_DB="helpdesk_footprint_$$"
    psql "$BENCH_PG" -qc "CREATE DATABASE $PG_DB" >/dev/null
    measure "PostgreSQL, bundled FAQ, first start" "${BENCH_PG%/*}/$PG_DB"
    measure "PostgreSQL, bundled FAQ, restart" "${BENCH_PG%/*}/$PG_DB"
else
    echo "(PostgreSQL at $BENCH_PG not reachable: skipped)" >&2
fi
