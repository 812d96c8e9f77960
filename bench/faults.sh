#!/usr/bin/env bash
# The long versions of the fault tests (real processes; not run by CI, which runs the short ones
# inside `cargo test`):
#   - Discord answering 500 for 10 minutes while two replicas drain the outbox, real backoff
#     (2 s … capped at 1 h is too slow to wait for here, so the cap is 60 s): exactly one
#     message per transition afterwards;
#   - the private PostgreSQL stopped for 10 s under load;
#   - kill -9 of a replica during 1,000 ticket creations (SQLite and PostgreSQL).
#
#   bash bench/faults.sh                 # all three (about 25 minutes: the outage runs once
#                                        # on SQLite and once on PostgreSQL, 10 min each)
#   ONLY=kill bash bench/faults.sh       # one of: outage, dbdown, kill
#   HELPDESK_FAULT_BACKEND=postgres ONLY=outage bash bench/faults.sh   # the outage on one backend
set -euo pipefail
cd "$(dirname "$0")/.."
export HELPDESK_TEST_PG="${HELPDESK_TEST_PG:-postgres://postgres@127.0.0.1:5432/test}"
ONLY="${ONLY:-all}"

run() { printf '\n=== %s (%s)\n' "$1" "$(date -u +%H:%M:%S)"; shift; "$@"; }

if [ "$ONLY" = all ] || [ "$ONLY" = outage ]; then
    run "Discord outage 10 min, two replicas" env \
        HELPDESK_FAULT_OUTAGE_SECS=600 HELPDESK_FAULT_BACKOFF_BASE_MS=1000 HELPDESK_FAULT_BACKOFF_MAX_SECS=60 \
        cargo test -p helpdesk --test replicas -- --nocapture after_a_discord_outage
fi
if [ "$ONLY" = all ] || [ "$ONLY" = dbdown ]; then
    run "PostgreSQL down 10 s under load" env HELPDESK_FAULT_DB_DOWN_SECS=10 \
        cargo test -p helpdesk --test faults -- --nocapture database_down
fi
if [ "$ONLY" = all ] || [ "$ONLY" = kill ]; then
    run "kill -9 during 1,000 ticket creations" env HELPDESK_FAULT_CREATIONS=1000 \
        cargo test -p helpdesk --test faults -- --nocapture kill_9
fi
