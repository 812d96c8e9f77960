#!/usr/bin/env bash
# Makes sure the local PostgreSQL (127.0.0.1:5432, user postgres, trust auth, database test)
# is up; this kind of machine has it installed and usually running.
set -euo pipefail
ready() { pg_isready -h 127.0.0.1 -p 5432 -U postgres >/dev/null 2>&1; }
if ! ready; then
    if ! command -v pg_ctlcluster >/dev/null; then
        apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
    fi
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
fi
for _ in $(seq 1 30); do ready && break; sleep 1; done
ready || { echo "PostgreSQL did not come up on 127.0.0.1:5432" >&2; exit 1; }
psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='test'" | grep -q 1 \
    || psql -h 127.0.0.1 -U postgres -c "CREATE DATABASE test"
echo "PostgreSQL ready"
