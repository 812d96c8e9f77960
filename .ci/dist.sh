#!/usr/bin/env bash
# The shipped binary: a release build split into `target/dist/helpdesk` (no debug sections; the
# one to install) and `target/dist/helpdesk.debug` (the line tables; keep it next to the binary,
# or under /usr/lib/debug/.build-id/, for file:line in backtraces). Not part of .ci/run (a
# release build takes long); run it for a release.
#
#   bash .ci/dist.sh                                   # builds with CARGO_BUILD_JOBS=1, niced
#   HELPDESK_BIN=target/release/helpdesk bash .ci/dist.sh   # split an existing build
#
# The release profile keeps `debug = "line-tables-only"` (Cargo.toml). `objcopy --only-keep-debug`
# copies the DWARF and the symbol table into helpdesk.debug; `objcopy --strip-all
# --add-gnu-debuglink` removes both from the binary and records the debug file's name and CRC.
# Rust's backtraces (std, via gimli) follow that link: with helpdesk.debug beside the binary a
# panic with RUST_BACKTRACE=1 shows function names with file:line. Without the debug file a
# backtrace has addresses only (keeping the symbol table would cost 10 MB and break 40 MB).
# Offline: `addr2line -C -f -i -e helpdesk.debug 0xADDRESS`.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v objcopy >/dev/null; then
    if [ "$(id -u)" = 0 ]; then
        apt-get install -y binutils >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y binutils >/dev/null; }
    else
        echo "objcopy is missing (apt-get install binutils)" >&2
        exit 1
    fi
fi

BIN="${HELPDESK_BIN:-}"
if [ -z "$BIN" ]; then
    CARGO_BUILD_JOBS="${CARGO_BUILD_JOBS:-1}" nice -n 10 cargo build --release --locked -p helpdesk
    BIN=target/release/helpdesk
fi
BIN="$(realpath "$BIN")"
OUT=target/dist
mkdir -p "$OUT"
rm -f "$OUT/helpdesk" "$OUT/helpdesk.debug"
objcopy --only-keep-debug "$BIN" "$OUT/helpdesk.debug"
# Run in $OUT: the link records the debug file's base name.
(cd "$OUT" && objcopy --strip-all --add-gnu-debuglink=helpdesk.debug "$BIN" helpdesk)

size_mb() { python3 -c "import os,sys; print(f'{os.path.getsize(sys.argv[1])/1e6:.1f} MB')" "$1"; }
echo "release build:          $(size_mb "$BIN")  ($BIN)"
echo "shipped binary:         $(size_mb "$OUT/helpdesk")  ($OUT/helpdesk)"
echo "debug file (line tables): $(size_mb "$OUT/helpdesk.debug")  ($OUT/helpdesk.debug)"
readelf --string-dump=.gnu_debuglink "$OUT/helpdesk" | grep -q helpdesk.debug
"$OUT/helpdesk" --version
