#!/usr/bin/env bash
# Browser tests: Debian's chromium (apt) driven by playwright-core (npm, lockfile committed),
# axe-core for accessibility, node's built-in test runner. The suite builds and starts real
# `helpdesk serve` processes on temp SQLite databases and, with HELPDESK_TEST_PG set, on fresh
# PostgreSQL databases (see tests/browser/README.md).
# Idempotent: installs chromium and node only when missing, `npm ci` only when the lockfile
# changed; `--install-only` stops after installing.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null || need+=(chromium)
command -v node >/dev/null || need+=(nodejs)
command -v npm >/dev/null || need+=(npm)
# Fonts for umlauts and the 👍/👎 emoji in screenshots.
for f in fonts-dejavu-core fonts-noto-color-emoji; do dpkg -s "$f" >/dev/null 2>&1 || need+=("$f"); done
if [ "${#need[@]}" -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
chromium --version

cd tests/browser
stamp=node_modules/.lock-sha
sha="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$sha" ]; then
    npm ci --no-audit --no-fund --loglevel=error
    echo "$sha" >"$stamp"
fi
[ "${1:-}" = "--install-only" ] && exit 0

cd ../..
cargo build --quiet -p helpdesk
export HELPDESK_BIN="$PWD/target/debug/helpdesk"
export CHROMIUM="${CHROMIUM:-$(command -v chromium)}"
mkdir -p target/screenshots
cd tests/browser
node --test --test-concurrency=1 specs/
